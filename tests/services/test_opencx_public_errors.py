"""The OpenCX client against the sandbox's `public-error-shape` scenario, over real HTTP.

OpenCX's public API answers errors as `{"statusCode", "message", "error"}` with no machine code
(docs/backend-api.md, "Errors"). Every route's failures are run against it: the admin must get
the right Problem kind, and OpenCX's own words (as the message where nothing better exists, and
always in Details). A 403 means a limited API key for a key, and "not an admin" for a browser
sign-in.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

import httpx
import pytest
from keyrings.alt.file import PlaintextKeyring
from services_helpers import SandboxBrowser, Sleeps

from hubspot_setup.flow.problems import Problem, ProblemError, ProblemKind
from hubspot_setup.sandbox.server import RunningSandbox
from hubspot_setup.services.browser_flow import BrowserFlow
from hubspot_setup.services.http import make_http_client
from hubspot_setup.services.opencx import OpenCXClient, SessionAuth
from hubspot_setup.services.opencx_port import OpenCXService
from hubspot_setup.services.retry import RetryPolicy
from hubspot_setup.services.secrets import KeyringSecretStore

Start = Callable[..., RunningSandbox]
Call = Callable[[OpenCXClient], Awaitable[object]]

# One call per route of the contract, as the client makes it (ids that do not exist where a
# route needs one: the failures below all happen before an id is looked up, or are "not found").
ROUTES: dict[str, Call] = {
    "GET /v1/me": lambda c: c.me(),
    "GET integration": lambda c: c.integration(),
    "POST oauth/installs": lambda c: c.start_install("http://127.0.0.1:9/callback", "st"),
    "POST installs/{id}/complete": lambda c: c.complete_install("ins_nope", "result"),
    "POST disconnect": lambda c: c.disconnect(),
    "GET teammates": lambda c: c.teammates_page(),
    "GET sender": lambda c: c.sender(),
    "PUT sender": lambda c: c.set_sender("3001"),
    "GET legacy": lambda c: c.legacy_info(),
    "PUT legacy/credentials": lambda c: c.save_legacy_credentials("pat-na1-nope", "7001"),
    "GET autopilot": lambda c: c.autopilot(),
    "PUT autopilot/{channel}": lambda c: c.set_autopilot("email", True),
    "GET signatures": lambda c: c.signatures(),
    "POST signatures": lambda c: c.create_signature("open.cx", "<p>Ada</p>"),
    "PUT signatures/{id}": lambda c: c.update_signature("sig_nope", "open.cx", "<p>Ada</p>"),
    "DELETE signatures/{id}": lambda c: c.delete_signature("sig_nope"),
    "GET inboxes": lambda c: c.inboxes(),
    "GET portal-report": lambda c: c.portal_report(),
    "POST test-runs": lambda c: c.start_test_run("email"),
    "GET test-runs/{id}": lambda c: c.test_run("run_nope"),
    "POST test-runs/{id}/handoff": lambda c: c.request_handoff("run_nope"),
    "GET test-runs/{id}/events": lambda c: c.poll_events("run_nope", 0),
}
GUARDED = [name for name in ROUTES if name != "GET /v1/me"]
AUTOPILOT = {"GET autopilot": "autopilot:read", "PUT autopilot/{channel}": "autopilot:write"}


@pytest.fixture
def public_scenario(tmp_path: Path) -> Callable[..., str]:
    """`public-error-shape` plus extra lines under `[opencx]` and other sections."""

    def write(*opencx: str, extra: tuple[str, ...] = ()) -> str:
        lines = ['name = "variant"', 'description = "A variant."', "[opencx]"]
        lines += ['error_shape = "public"', *opencx, *extra]
        path = tmp_path / "variant.toml"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return str(path)

    return write


@pytest.fixture
async def http() -> AsyncIterator[httpx.AsyncClient]:
    async with make_http_client(proxies={}) as client:
        yield client


def _client(
    sandbox: RunningSandbox, http: httpx.AsyncClient, key: str | None = None
) -> OpenCXClient:
    auth = SessionAuth.from_api_key(key or sandbox.api_key)
    return OpenCXClient(sandbox.opencx_url, http, auth=auth, retry=RetryPolicy(sleep=Sleeps()))


async def _problem(call: Awaitable[object]) -> Problem:
    with pytest.raises(ProblemError) as raised:
        await call
    problem = raised.value.problem
    assert problem.title
    assert problem.fix
    assert problem.details is not None
    return problem


def _says(problem: Problem, words: str) -> None:
    """OpenCX's words reached the admin: always in Details."""
    assert problem.details is not None
    assert f"server message: {words}" in problem.details


# --- every route ------------------------------------------------------------------------------


@pytest.mark.parametrize("route", list(ROUTES))
async def test_an_unknown_key_is_signed_out_on_every_route(
    sandbox_factory: Start, http: httpx.AsyncClient, route: str
) -> None:
    sandbox = sandbox_factory("public-error-shape")
    problem = await _problem(ROUTES[route](_client(sandbox, http, "ocx_live_unknown_key_123")))
    assert problem.kind is ProblemKind.SIGNED_OUT
    _says(problem, "This sign-in is not known. Sign in again.")


@pytest.mark.parametrize("route", GUARDED)
async def test_a_limited_key_is_named_on_every_route(
    sandbox_factory: Start,
    http: httpx.AsyncClient,
    public_scenario: Callable[..., str],
    route: str,
) -> None:
    sandbox = sandbox_factory(public_scenario("api_key_scopes = []"))
    client = _client(sandbox, http)
    await client.me()  # the key itself is valid
    problem = await _problem(ROUTES[route](client))
    assert problem.kind is ProblemKind.LIMITED_KEY
    assert "owner or admin" not in problem.title + problem.message
    assert "Settings → Access" in problem.fix
    assert "full access" in problem.fix
    scope = AUTOPILOT.get(route)
    if scope:
        assert problem.missing_scopes == (scope,)
        assert f"“{scope}”" in problem.message
        _says(problem, f"Missing scope: {scope}")
    else:
        assert problem.missing_scopes == ()
        assert "full access" in problem.message


@pytest.mark.parametrize("route", GUARDED)
async def test_maintenance_is_a_server_fault_on_every_route(
    sandbox_factory: Start,
    http: httpx.AsyncClient,
    public_scenario: Callable[..., str],
    route: str,
) -> None:
    sandbox = sandbox_factory(public_scenario(extra=("[failures]", "opencx_maintenance = true")))
    client = _client(sandbox, http)
    problem = await _problem(ROUTES[route](client))
    assert problem.kind is ProblemKind.SERVER_FAULT
    _says(problem, "OpenCX is down for maintenance. Try again in a few minutes.")


async def test_a_browser_sign_in_of_a_member_is_still_not_an_admin(
    sandbox_factory: Start,
    http: httpx.AsyncClient,
    public_scenario: Callable[..., str],
    file_keyring: PlaintextKeyring,
) -> None:
    """For a browser sign-in a 403 keeps its meaning: the person's role, not a key."""
    sandbox = sandbox_factory(public_scenario('role = "member"'))
    client = OpenCXClient(sandbox.opencx_url, http, retry=RetryPolicy(sleep=Sleeps()))
    browser = SandboxBrowser()
    service = OpenCXService(
        client,
        KeyringSecretStore(file_keyring, allow_insecure_backend=True),
        BrowserFlow(open_browser=browser, timeout_s=20),
    )
    await service.sign_in_with_browser(lambda attempt: None)
    await browser.finished()
    assert client.auth is not None
    assert not client.auth.is_api_key
    kinds = {}
    for route in GUARDED:
        kinds[route] = (await _problem(ROUTES[route](client))).kind
    assert set(kinds.values()) == {ProblemKind.NOT_ADMIN}, kinds


# --- each kind of failure, where a route can produce it ----------------------------------------


async def _connected_legacy(client: OpenCXClient, sandbox: RunningSandbox) -> None:
    await client.save_legacy_credentials(sandbox.legacy_private_app_token, "7001")


NOT_FOUND: dict[str, tuple[Call, str]] = {
    "complete": (
        lambda c: c.complete_install("ins_nope", "r"),
        "There is no such HubSpot install.",
    ),
    "update signature": (
        lambda c: c.update_signature("sig_nope", "open.cx", "<p>x</p>"),
        "There is no such signature rule.",
    ),
    "delete signature": (
        lambda c: c.delete_signature("sig_nope"),
        "There is no such signature rule.",
    ),
    "autopilot channel": (
        lambda c: c.set_autopilot("fax", True),
        "There is no Autopilot channel called 'fax'.",
    ),
    "test run": (lambda c: c.test_run("run_nope"), "There is no such test run."),
    "handoff": (lambda c: c.request_handoff("run_nope"), "There is no such test run."),
    "events": (lambda c: c.poll_events("run_nope", 0), "There is no such test run."),
}


@pytest.mark.parametrize("case", list(NOT_FOUND))
async def test_not_found_shows_opencx_words(
    sandbox_factory: Start, http: httpx.AsyncClient, case: str
) -> None:
    call, words = NOT_FOUND[case]
    problem = await _problem(call(_client(sandbox_factory("public-error-shape"), http)))
    assert problem.kind is ProblemKind.UNEXPECTED
    assert problem.message == words
    _says(problem, words)


NOT_CONNECTED: dict[str, Call] = {
    "disconnect": lambda c: c.disconnect(),
    "teammates": lambda c: c.teammates_page(),
    "set sender": lambda c: c.set_sender("3001"),
    "inboxes": lambda c: c.inboxes(),
    "test run": lambda c: c.start_test_run("email"),
}


@pytest.mark.parametrize("case", list(NOT_CONNECTED))
async def test_a_conflict_shows_opencx_words(
    sandbox_factory: Start, http: httpx.AsyncClient, case: str
) -> None:
    problem = await _problem(
        NOT_CONNECTED[case](_client(sandbox_factory("public-error-shape"), http))
    )
    assert problem.kind is ProblemKind.CONFLICT
    assert problem.message == "No HubSpot portal is connected yet."


async def test_conflicts_once_connected(sandbox_factory: Start, http: httpx.AsyncClient) -> None:
    sandbox = sandbox_factory("public-error-shape")
    client = _client(sandbox, http)
    await _connected_legacy(client, sandbox)
    again = await _problem(_connected_legacy(client, sandbox))
    assert again.kind is ProblemKind.CONFLICT
    assert again.message == "A HubSpot portal is already connected. Disconnect it first."
    await client.create_signature("open.cx", "<p>Ada</p>")
    twice = await _problem(client.create_signature("Open.CX", "<p>Ada</p>"))
    assert twice.kind is ProblemKind.CONFLICT
    assert twice.message == "There is already a signature for open.cx. Edit that one instead."


VALIDATION: dict[str, tuple[Call, str]] = {
    "pattern": (
        lambda c: c.create_signature("http://open.cx", "<p>x</p>"),
        "pattern: Leave out http:// or https://.",
    ),
    "html": (
        lambda c: c.create_signature("open.cx", "<script>x()</script>"),
        "html: Nothing is left of the signature once unsafe content is removed.",
    ),
    "confirmation": (lambda c: c.disconnect("no"), "Type DELETE to confirm the disconnect."),
    "return address": (
        lambda c: c.start_install("https://evil.example/callback", "st"),
        "return_to: Value error, Must be a loopback http address",
    ),
    "private app token": (
        lambda c: c.save_legacy_credentials("pat-na1-wrong", "7001"),
        "HubSpot does not accept this private app token.",
    ),
}


@pytest.mark.parametrize("case", list(VALIDATION))
async def test_validation_shows_opencx_words(
    sandbox_factory: Start, http: httpx.AsyncClient, case: str
) -> None:
    call, words = VALIDATION[case]
    problem = await _problem(call(_client(sandbox_factory("public-error-shape"), http)))
    assert problem.kind is ProblemKind.INVALID_INPUT
    assert problem.message.startswith(words)
    _says(problem, words)


async def test_an_unknown_sender_and_missing_scopes_show_opencx_words(
    sandbox_factory: Start, http: httpx.AsyncClient, public_scenario: Callable[..., str]
) -> None:
    sandbox = sandbox_factory("public-error-shape")
    client = _client(sandbox, http)
    await _connected_legacy(client, sandbox)
    sender = await _problem(client.set_sender("999999"))
    assert sender.kind is ProblemKind.INVALID_INPUT
    assert sender.message == "owner_id: This teammate is not in the HubSpot portal."
    lacking = sandbox_factory(
        public_scenario(extra=("[hubspot]", 'legacy_token_scopes = ["oauth", "tickets"]'))
    )
    refused = await _problem(_connected_legacy(_client(lacking, http), lacking))
    assert refused.kind is ProblemKind.INVALID_INPUT
    assert "conversations.write" in refused.message


async def test_rate_limited_and_an_expired_approval(
    sandbox_factory: Start, http: httpx.AsyncClient, public_scenario: Callable[..., str]
) -> None:
    sandbox = sandbox_factory(public_scenario(extra=("[hubspot]", "owners_rate_limited_times = 9")))
    client = _client(sandbox, http)
    await _connected_legacy(client, sandbox)
    limited = await _problem(client.teammates_page())
    assert limited.kind is ProblemKind.RATE_LIMITED
    _says(limited, "HubSpot is busy. Try again in a moment.")
    await client.disconnect()
    started = await client.start_install("http://127.0.0.1:9/callback", "st")
    stale = await _problem(client.complete_install(started.install_id, "not-the-result"))
    assert stale.kind is ProblemKind.UNEXPECTED
    assert stale.message.startswith("This HubSpot approval is unknown, expired or was already used")


async def test_an_expired_browser_session_is_refreshed_without_a_code(
    sandbox_factory: Start,
    http: httpx.AsyncClient,
    public_scenario: Callable[..., str],
    file_keyring: PlaintextKeyring,
) -> None:
    """The public 401 names no `session_expired`: a browser sign-in still refreshes once."""
    sandbox = sandbox_factory(public_scenario("access_token_expires_after_calls = 2"))
    client = OpenCXClient(sandbox.opencx_url, http, retry=RetryPolicy(sleep=Sleeps()))
    browser = SandboxBrowser()
    service = OpenCXService(
        client,
        KeyringSecretStore(file_keyring, allow_insecure_backend=True),
        BrowserFlow(open_browser=browser, timeout_s=20),
    )
    await service.sign_in_with_browser(lambda attempt: None)
    await browser.finished()
    first = client.auth
    for _ in range(4):
        await client.integration()
    assert client.auth is not first  # refreshed on the public 401
