"""Fault matrix: every backend call under timeout, 5xx, 429, refused and malformed JSON.

A fault-injecting transport sits in front of the real sandbox and spoils each call once.
Transient faults end in a successful retry; malformed JSON ends in a clear "unexpected
answer" problem. Either way the sandbox's write counts prove that no write happened twice,
even when the sandbox had already done the work before the answer was lost. Every path runs
with the log at DEBUG: afterwards neither the log nor any problem's text holds a secret
(the API key, the private app token, the webhook URL, codes, states, results), raw or
encoded.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httpx
import pytest
from keyring.backends import null
from services_helpers import (
    FAULTS,
    Fault,
    FaultInjector,
    SandboxBrowser,
    Sleeps,
    sandbox_state,
    write_counts,
)

from fixtures.secrets import leaks
from hubspot_setup.flow.problems import ProblemError, ProblemKind
from hubspot_setup.sandbox.server import RunningSandbox
from hubspot_setup.services.browser_flow import BrowserFlow
from hubspot_setup.services.http import make_http_client
from hubspot_setup.services.hubspot import HubSpotClient
from hubspot_setup.services.logs import LOG_FILE, close_logging, setup_logging
from hubspot_setup.services.opencx import OpenCXClient, SessionAuth
from hubspot_setup.services.opencx_port import OpenCXService
from hubspot_setup.services.retry import RetryPolicy
from hubspot_setup.services.secrets import KeyringSecretStore

HS = "/v1/integrations/hubspot"
# Every write the sequence below makes, once each.
EXPECTED_WRITES = {
    f"PUT {HS}/legacy/credentials": 1,
    f"PUT {HS}/sender": 1,
    "PUT /v1/autopilot/{channel}": 1,
    f"POST {HS}/signatures": 1,
    f"PUT {HS}/signatures/{{rule_id}}": 1,
    f"DELETE {HS}/signatures/{{rule_id}}": 1,
    "POST /v1/test-runs": 1,
    "POST /v1/test-runs/{run_id}/handoff": 1,
    f"POST {HS}/disconnect": 1,
    f"POST {HS}/oauth/installs": 1,
}


class Matrix:
    def __init__(
        self,
        sandbox: RunningSandbox,
        injector: FaultInjector,
        opencx: OpenCXClient,
        hubspot: HubSpotClient,
        fault: Fault,
    ) -> None:
        self.sandbox = sandbox
        self.injector = injector
        self.opencx = opencx
        self.hubspot = hubspot
        self.fault = fault
        self.calls: list[str] = []
        self.problems: list[str] = []  # the text of every problem raised

    async def spoiled(
        self,
        method: str,
        suffix: str,
        call: Callable[[], Awaitable[Any]],
        *,
        has_body: bool = True,
    ) -> Any | None:
        """Run `call` with its request spoiled once; None when it failed as it should."""
        self.injector.spoil(method, suffix, self.fault)
        self.calls.append(f"{method} {suffix}")
        try:
            if self.fault != "malformed" or not has_body:
                return await call()
            with pytest.raises(ProblemError) as caught:
                await call()
            self.problems.append(problem_text(caught.value))
            assert caught.value.problem.kind is ProblemKind.UNEXPECTED
            assert caught.value.problem.details
            return None
        finally:
            assert self.injector.plan[(method, suffix)] == [], "the fault was not applied"


def problem_text(error: ProblemError) -> str:
    """Everything a person or a log could see of a problem."""
    return f"{error}\n{error.problem!r}\n{error.args!r}"


def no_secret_written(
    secrets: dict[str, str], log: Path, problems: list[str], *, http_logged: bool = True
) -> None:
    texts = {"log": log.read_bytes(), "problems": "\n".join(problems).encode()}
    assert texts["log"]  # the log really was written, at DEBUG
    assert not http_logged or b"HTTP Request" in texts["log"]
    assert leaks(secrets, texts) == []


@pytest.fixture
def debug_log(tmp_path: Path) -> Iterator[Path]:
    handler = setup_logging(tmp_path / "logs", level=logging.DEBUG)
    yield tmp_path / "logs" / LOG_FILE
    close_logging(handler)


@pytest.fixture(params=FAULTS)
async def matrix(
    request: pytest.FixtureRequest, sandbox_factory: Callable[..., RunningSandbox]
) -> AsyncIterator[tuple[Matrix, Sleeps]]:
    sandbox = sandbox_factory("default")
    injector = FaultInjector()
    sleeps = Sleeps()
    retry = RetryPolicy(sleep=sleeps)
    http = make_http_client(transport=injector, proxies={})
    opencx = OpenCXClient(
        sandbox.opencx_url, http, auth=SessionAuth.from_api_key(sandbox.api_key), retry=retry
    )
    hubspot = HubSpotClient(sandbox.hubspot_api_url, http, retry=retry)
    yield Matrix(sandbox, injector, opencx, hubspot, request.param), sleeps
    await http.aclose()


async def test_every_call_under_every_fault(matrix: tuple[Matrix, Sleeps], debug_log: Path) -> None:
    m, sleeps = matrix
    o, h, token = m.opencx, m.hubspot, m.sandbox.legacy_private_app_token
    plain = m.fault != "malformed"

    await m.spoiled("GET", "/v1/me", o.me)
    await m.spoiled("GET", f"{HS}/legacy", o.legacy_info)
    await m.spoiled("POST", "/access-token-info", lambda: h.access_token_info(token))
    await m.spoiled("GET", "/crm/v3/owners", lambda: h.owners(token))
    await m.spoiled("GET", "/account-info/v3/details", lambda: h.account_details(token))
    owners = await h.owners(token)
    user_id = str(next(owner.user_id for owner in owners if owner.user_id))
    await m.spoiled("PUT", "/legacy/credentials", lambda: o.save_legacy_credentials(token, user_id))
    await m.spoiled("GET", HS, o.integration)
    assert (await o.integration()).status == "connected"
    await m.spoiled("GET", f"{HS}/teammates", o.all_teammates)
    teammates = await o.all_teammates()
    await m.spoiled("PUT", f"{HS}/sender", lambda: o.set_sender(teammates[0].owner_id))
    await m.spoiled("GET", f"{HS}/sender", o.sender)
    await m.spoiled("GET", "/v1/autopilot", o.autopilot)
    await m.spoiled("PUT", "/v1/autopilot/web", lambda: o.set_autopilot("web", False))
    created = await m.spoiled(
        "POST", f"{HS}/signatures", lambda: o.create_signature("open.cx", "<p>Ada</p>")
    )
    rule_id = created.id if plain else (await o.signatures()).results[0].id
    await m.spoiled(
        "PUT", f"/signatures/{rule_id}", lambda: o.update_signature(rule_id, "open.cx", "<p>A</p>")
    )
    await m.spoiled("GET", f"{HS}/signatures", o.signatures)
    # A 204 has no body to read, so a spoiled body cannot matter to the delete.
    await m.spoiled(
        "DELETE", f"/signatures/{rule_id}", lambda: o.delete_signature(rule_id), has_body=False
    )
    assert (await o.signatures()).results == []
    await m.spoiled("GET", f"{HS}/inboxes", o.inboxes)
    run = await m.spoiled("POST", "/v1/test-runs", lambda: o.start_test_run("email"))
    runs = sandbox_state(m.sandbox)["test_runs"]
    assert isinstance(runs, list)
    assert len(runs) == 1
    run_id = run.id if plain else str(runs[0]["id"])
    await m.spoiled("GET", f"/v1/test-runs/{run_id}", lambda: o.test_run(run_id))
    await m.spoiled("POST", "/handoff", lambda: o.request_handoff(run_id))
    await m.spoiled("POST", f"{HS}/disconnect", o.disconnect)
    assert (await o.integration()).status == "not_connected"
    await m.spoiled(
        "POST", "/oauth/installs", lambda: o.start_install("http://127.0.0.1:9/cb", "s" * 43)
    )

    counts = write_counts(m.sandbox)
    opencx_writes = {k: v for k, v in counts.items() if k.split(" ")[1].startswith("/v1/")}
    assert opencx_writes == EXPECTED_WRITES, "a write happened twice (or not at all)"
    if plain:
        assert len(sleeps) == len(m.calls)  # exactly one retry per spoiled call
    else:
        assert sleeps == []  # a malformed answer is not retried
    secrets = {
        "API key": m.sandbox.api_key,
        "private app token": token,
        "webhook URL": (await o.legacy_info()).webhook_url,
    }
    no_secret_written(secrets, debug_log, m.problems)


async def test_a_write_without_idempotency_would_have_doubled(
    sandbox_factory: Callable[..., RunningSandbox],
) -> None:
    """The control experiment: the same lost answer, retried WITHOUT the key, does the
    work twice. This is what the matrix above proves cannot happen."""
    sandbox = sandbox_factory("default")
    injector = FaultInjector()
    injector.spoil("PUT", "/v1/autopilot/web", "timeout")
    async with httpx.AsyncClient(transport=injector) as http:
        url = f"{sandbox.opencx_url}/v1/autopilot/web"
        headers = {"Authorization": f"Bearer {sandbox.api_key}"}
        with pytest.raises(httpx.ReadTimeout):
            await http.put(url, json={"enabled": False}, headers=headers)
        (await http.put(url, json={"enabled": False}, headers=headers)).raise_for_status()
    assert write_counts(sandbox)["PUT /v1/autopilot/{channel}"] == 2


@pytest.fixture
async def browser_legs(
    sandbox_factory: Callable[..., RunningSandbox],
) -> AsyncIterator[tuple[RunningSandbox, FaultInjector, OpenCXService, SandboxBrowser]]:
    sandbox = sandbox_factory("default")
    injector = FaultInjector()
    browser = SandboxBrowser()
    http = make_http_client(transport=injector, proxies={})
    client = OpenCXClient(
        sandbox.opencx_url,
        http,
        auth=SessionAuth.from_api_key(sandbox.api_key),
        retry=RetryPolicy(sleep=Sleeps()),
    )
    store = KeyringSecretStore(null.Keyring())  # memory only: this test is about the wire
    service = OpenCXService(client, store, BrowserFlow(open_browser=browser, timeout_s=20))
    yield sandbox, injector, service, browser
    await browser.finished()
    await http.aclose()


@pytest.mark.parametrize("fault", FAULTS)
async def test_completing_the_install_under_every_fault(
    browser_legs: tuple[RunningSandbox, FaultInjector, OpenCXService, SandboxBrowser],
    fault: Fault,
    debug_log: Path,
) -> None:
    """The install result is single use: only the idempotent replay makes a retry work."""
    sandbox, injector, service, browser = browser_legs
    injector.spoil("POST", "/complete", fault)
    problems: list[str] = []
    if fault == "malformed":
        with pytest.raises(ProblemError) as caught:
            await service.connect_hubspot(lambda attempt: None)
        problems.append(problem_text(caught.value))
        assert caught.value.problem.kind is ProblemKind.UNEXPECTED
    else:
        facts = await service.connect_hubspot(lambda attempt: None)
        assert facts.connection is not None
    assert injector.plan[("POST", "/complete")] == []
    assert (await service.integration()).connection is not None
    assert write_counts(sandbox)[f"POST {HS}/oauth/installs/{{install_id}}/complete"] == 1
    secrets = {"API key": sandbox.api_key, **callback_secrets(await browser.finished())}
    no_secret_written(secrets, debug_log, problems)


@pytest.mark.parametrize("fault", FAULTS)
async def test_the_sign_in_code_exchange_under_every_fault_ends_clearly(
    browser_legs: tuple[RunningSandbox, FaultInjector, OpenCXService, SandboxBrowser],
    fault: Fault,
    debug_log: Path,
) -> None:
    """Codes are single use, so the exchange is never repeated: each fault is a clear
    problem the admin can act on (sign in again), and nothing is half signed in."""
    sandbox, injector, service, browser = browser_legs
    injector.spoil("POST", "/oauth/token", fault)
    with pytest.raises(ProblemError) as caught:
        await service.sign_in_with_browser(lambda attempt: None)
    expected = {
        "timeout": ProblemKind.TIMED_OUT,
        "5xx": ProblemKind.SERVER_FAULT,
        "429": ProblemKind.RATE_LIMITED,
        "refused": ProblemKind.OFFLINE,
        "malformed": ProblemKind.UNEXPECTED,
    }
    assert caught.value.problem.kind is expected[fault]
    assert write_counts(sandbox)["POST /oauth/token"] <= 1
    secrets = {"API key": sandbox.api_key, **callback_secrets(await browser.finished())}
    no_secret_written(secrets, debug_log, [problem_text(caught.value)])


def callback_secrets(visited: list[str]) -> dict[str, str]:
    """The code, state and result each browser callback carried."""
    found = {
        f"{key} {number}": value
        for number, url in enumerate(visited)
        for key, value in parse_qsl(urlsplit(url).query)
        if key in {"code", "state", "result"}
    }
    assert found, "no callback reached the assistant"
    return found


class EchoingServer(httpx.AsyncBaseTransport):
    """A server (or a proxy before it) whose refusals repeat what it was sent: the bearer
    credential and the body, in each error shape the clients read."""

    def __init__(self, status: int, shape: str) -> None:
        self.status = status
        self.shape = shape

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        credential = request.headers.get("authorization", "").removeprefix("Bearer ")
        said = f"{credential} was refused for {(await request.aread()).decode()}"
        bodies: dict[str, Any] = {
            "envelope": {
                "error": {
                    "code": "invalid_token",
                    "message": said,
                    "details": {"fields": {"private_app_token": said}},
                }
            },
            "public": {"statusCode": self.status, "message": [said, said], "error": "Refused"},
            "hubspot": {"status": "error", "message": said, "category": "VALIDATION_ERROR"},
            "oauth": {"error": "invalid_request", "error_description": said},
        }
        return httpx.Response(self.status, json=bodies[self.shape], request=request)


@pytest.mark.parametrize("status", [400, 401, 403, 409, 422, 500])
@pytest.mark.parametrize("shape", ["envelope", "public", "hubspot", "oauth"])
async def test_a_server_repeating_a_secret_cannot_put_it_in_a_problem(
    status: int, shape: str, debug_log: Path
) -> None:
    """Secrets with no recognisable shape, known only by value from the moment they were
    handed to the clients, do not come back in the problem an admin sees, nor in the log."""
    secrets = {
        "API key": "Kx" + uuid.uuid4().hex + "!/+=",
        "private app token": "Tz" + uuid.uuid4().hex,
        "verifier": "Vq" + uuid.uuid4().hex,
    }
    problems: list[str] = []
    async with httpx.AsyncClient(transport=EchoingServer(status, shape)) as http:
        retry = RetryPolicy(sleep=Sleeps())
        auth = SessionAuth.from_api_key(secrets["API key"])
        opencx = OpenCXClient("http://opencx.test", http, auth=auth, retry=retry)
        hubspot = HubSpotClient("http://hubspot.test", http, retry=retry)
        calls: list[Callable[[], Awaitable[Any]]] = [
            lambda: opencx.save_legacy_credentials(secrets["private app token"], "7"),
            lambda: opencx.exchange_code("c0de-c0de", secrets["verifier"], "http://127.0.0.1/"),
            lambda: hubspot.access_token_info(secrets["private app token"]),
        ]
        for call in calls:
            with pytest.raises(ProblemError) as caught:
                await call()
            logging.getLogger("hubspot_setup.test").warning("failed: %s", caught.value.problem)
            problems.append(problem_text(caught.value))
    assert any("was refused" in text for text in problems)  # the server's words do arrive
    no_secret_written(secrets, debug_log, problems, http_logged=False)
