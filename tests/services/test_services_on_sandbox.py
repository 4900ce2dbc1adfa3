"""The real clients and ports against the real sandbox: one test per scenario.

Each scenario of the sandbox issue gives the right typed result or the right Problem.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass

import httpx
import pytest
from keyrings.alt.file import PlaintextKeyring
from services_helpers import SandboxBrowser, Sleeps, write_counts

from hubspot_setup.flow.answers import AuthKind, CheckState, Role, SignatureRule
from hubspot_setup.flow.guide import LEGACY_REQUIRED_SCOPES, Channel, CheckId
from hubspot_setup.flow.problems import ProblemError, ProblemKind
from hubspot_setup.flow.steps import Method
from hubspot_setup.sandbox.server import RunningSandbox
from hubspot_setup.services.browser_flow import BrowserFlow
from hubspot_setup.services.http import make_http_client
from hubspot_setup.services.hubspot import HubSpotClient
from hubspot_setup.services.hubspot_port import HubSpotService
from hubspot_setup.services.opencx import OpenCXClient, SessionAuth
from hubspot_setup.services.opencx_port import OpenCXService
from hubspot_setup.services.retry import RetryPolicy
from hubspot_setup.services.secrets import KeyringSecretStore

Start = Callable[..., RunningSandbox]


@dataclass
class Stack:
    sandbox: RunningSandbox
    http: httpx.AsyncClient
    opencx: OpenCXClient
    hubspot: HubSpotClient
    service: OpenCXService
    hubspot_service: HubSpotService
    browser: SandboxBrowser
    secrets: KeyringSecretStore
    sleeps: Sleeps

    @property
    def token(self) -> str:
        return self.sandbox.legacy_private_app_token

    async def connect_legacy(self) -> None:
        owners = await self.hubspot_service.owners(self.token)
        user_id = next(o.user_id for o in owners if o.user_id is not None)
        await self.service.save_legacy_credentials(self.token, str(user_id))

    async def send_customer_message(self) -> None:
        answer = await self.http.post(self.sandbox.customer_url, json={"channel": "email"})
        assert answer.status_code < 300, answer.text


@pytest.fixture
async def make_stack(
    sandbox_factory: Start, file_keyring: PlaintextKeyring
) -> AsyncIterator[Callable[..., Stack]]:
    clients: list[httpx.AsyncClient] = []
    browsers: list[SandboxBrowser] = []

    def build(scenario: str = "default", *, api_key: bool = True) -> Stack:
        sandbox = sandbox_factory(scenario)
        sleeps = Sleeps()
        retry = RetryPolicy(sleep=sleeps)
        http = make_http_client(proxies={})
        clients.append(http)
        auth = SessionAuth.from_api_key(sandbox.api_key) if api_key else None
        opencx = OpenCXClient(sandbox.opencx_url, http, auth=auth, retry=retry)
        hubspot = HubSpotClient(sandbox.hubspot_api_url, http, retry=retry)
        browser = SandboxBrowser()
        browsers.append(browser)
        secrets = KeyringSecretStore(file_keyring, allow_insecure_backend=True)
        service = OpenCXService(opencx, secrets, BrowserFlow(open_browser=browser, timeout_s=20))
        return Stack(
            sandbox,
            http,
            opencx,
            hubspot,
            service,
            HubSpotService(hubspot),
            browser,
            secrets,
            sleeps,
        )

    yield build
    for browser in browsers:  # no "browser" thread outlives the test
        await browser.finished()
    for http in clients:
        await http.aclose()


async def test_default_healthy_portal(make_stack: Callable[..., Stack]) -> None:
    stack = make_stack("default")
    me = await stack.opencx.me()
    assert (me.role, me.user.email) == ("admin", "ada@acme.test")
    facts = await stack.service.integration()
    assert facts.connection is None
    webhook = await stack.service.legacy_webhook()
    assert webhook.required_scopes == LEGACY_REQUIRED_SCOPES
    assert webhook.webhook_url.startswith(stack.sandbox.opencx_url)
    assert await stack.service.autopilot() == dict.fromkeys(Channel, True)
    token = await stack.hubspot_service.private_app_token_facts(stack.token)
    assert token.portal_id == 1020304
    assert set(LEGACY_REQUIRED_SCOPES) <= set(token.granted_scopes)
    assert len(await stack.hubspot_service.owners(stack.token)) == 6
    with pytest.raises(ProblemError) as caught:
        await stack.service.teammates()
    assert caught.value.problem.kind is ProblemKind.CONFLICT  # not connected yet


async def test_oauth_path_end_to_end(make_stack: Callable[..., Stack]) -> None:
    stack = make_stack("default", api_key=False)
    account = await stack.service.sign_in_with_browser(lambda attempt: None)
    assert (account.role, account.auth_kind) == (Role.ADMIN, AuthKind.BROWSER)
    session = stack.secrets.get(account.credential_ref)
    assert session is not None
    assert "refresh_token" in session
    facts = await stack.service.connect_hubspot(lambda attempt: None)
    assert facts.connection is not None
    assert facts.connection.method is Method.OAUTH
    assert facts.connection.portal.id == 1020304
    assert all(facts.workflow_actions_installed.values())
    assert len(await stack.browser.finished()) == 2

    teammates = await stack.service.teammates()
    assert len(teammates) == 6
    sender = await stack.service.set_sender(teammates[1])
    assert sender.owner_id == teammates[1].owner_id
    assert (await stack.service.integration()).sender == sender

    rule = await stack.service.save_signature(SignatureRule(pattern="open.cx", html="<p>Ada</p>"))
    assert rule.id
    edited = await stack.service.save_signature(
        SignatureRule(pattern="open.cx", html="<p>Ada L.</p>", id=rule.id)
    )
    assert edited.id == rule.id
    assert [r.html for r in await stack.service.signatures()] == ["<p>Ada L.</p>"]
    with pytest.raises(ProblemError) as caught:
        await stack.service.save_signature(SignatureRule(pattern="open.cx", html="<p>x</p>"))
    assert caught.value.problem.kind is ProblemKind.CONFLICT
    await stack.service.delete_signature(rule.id)
    assert await stack.service.signatures() == []

    inboxes = await stack.service.inboxes()
    assert any("Email" in channel for inbox in inboxes for channel in inbox.channels)

    run_id = await stack.service.start_test(Channel.EMAIL)
    await stack.send_customer_message()
    seen: dict[CheckId, CheckState] = {}
    async for event in stack.service.follow_test(run_id):
        seen[event.check] = event.state
        if event.check is CheckId.OPENCX_SESSION and event.state is CheckState.PASSED:
            await stack.service.request_handoff(run_id)
    assert seen == dict.fromkeys(CheckId, CheckState.PASSED)

    await stack.service.disconnect()
    assert (await stack.service.integration()).connection is None
    await stack.service.sign_out(account)
    assert stack.secrets.get(account.credential_ref) is None
    assert write_counts(stack.sandbox)["POST /oauth/revoke"] == 1


async def test_opencx_member_is_not_admin(make_stack: Callable[..., Stack]) -> None:
    stack = make_stack("opencx-member")
    account = await stack.service.sign_in_with_api_key(stack.sandbox.api_key)
    assert account.role is Role.MEMBER
    assert not account.is_admin
    with pytest.raises(ProblemError) as caught:
        await stack.service.integration()
    assert caught.value.problem.kind is ProblemKind.NOT_ADMIN
    assert "owner or admin" in caught.value.problem.title


async def test_already_connected_is_manage_mode(make_stack: Callable[..., Stack]) -> None:
    stack = make_stack("already-connected")
    facts = await stack.service.integration()
    assert facts.connection is not None
    assert facts.connection.method is Method.OAUTH
    assert facts.sender is not None
    assert facts.sender.owner_id == "3001"
    with pytest.raises(ProblemError) as caught:
        await stack.opencx.start_install("http://127.0.0.1:9/callback", "s" * 43)
    assert caught.value.problem.kind is ProblemKind.CONFLICT
    assert caught.value.problem.title == "HubSpot is already connected"


async def test_many_teammates_come_in_pages(make_stack: Callable[..., Stack]) -> None:
    stack = make_stack("many-teammates")
    owners = await stack.hubspot_service.owners(stack.token)
    assert len(owners) == 1200
    assert len({o.owner_id for o in owners}) == 1200
    await stack.connect_legacy()
    teammates = await stack.service.teammates()
    assert len(teammates) == 1200
    # The service only fetches: the one copy is the controller's (its Reload reads again).
    assert await stack.service.teammates() is not teammates


async def test_owners_rate_limited_twice_then_answered(make_stack: Callable[..., Stack]) -> None:
    stack = make_stack("owners-rate-limited")
    owners = await stack.hubspot_service.owners(stack.token)
    assert len(owners) == 6
    assert stack.sleeps == [1.0, 1.0]  # HubSpot's Retry-After, twice


async def test_owners_rate_limited_through_opencx(make_stack: Callable[..., Stack]) -> None:
    stack = make_stack("owners-rate-limited")
    await stack.connect_legacy()  # reads owners directly first (two 429s used up there)
    assert stack.sleeps == [1.0, 1.0]
    assert len(await stack.service.teammates()) == 6


async def test_session_expires_and_is_refreshed(make_stack: Callable[..., Stack]) -> None:
    stack = make_stack("session-expires", api_key=False)
    account = await stack.service.sign_in_with_browser(lambda attempt: None)
    first = stack.secrets.get(account.credential_ref)
    for _ in range(5):  # the sandbox expires the access token after 3 calls
        await stack.service.integration()
    counts = write_counts(stack.sandbox)
    assert counts["POST /oauth/token"] >= 2  # the code exchange plus at least one refresh
    refreshed = stack.secrets.get(account.credential_ref)
    assert refreshed is not None
    assert refreshed != first  # the rotated tokens were kept in the keyring


async def test_saved_session_resumes_and_a_revoked_one_does_not(
    make_stack: Callable[..., Stack],
) -> None:
    stack = make_stack("default", api_key=False)
    account = await stack.service.sign_in_with_browser(lambda attempt: None)
    again = OpenCXService(
        OpenCXClient(stack.sandbox.opencx_url, stack.http), stack.secrets, BrowserFlow()
    )
    assert await again.resume_session(account) == account
    await stack.service.sign_out(account)  # revokes and forgets
    stack.secrets.put(account.credential_ref, SessionAuth("revoked", "revoked").to_secret())
    assert await again.resume_session(account) is None
    assert stack.secrets.get(account.credential_ref) is None


async def test_token_missing_scope(make_stack: Callable[..., Stack]) -> None:
    stack = make_stack("token-missing-scope")
    facts = await stack.hubspot_service.private_app_token_facts(stack.token)
    assert "conversations.write" not in facts.granted_scopes
    with pytest.raises(ProblemError) as caught:
        await stack.connect_legacy()
    problem = caught.value.problem
    assert problem.kind is ProblemKind.MISSING_SCOPES
    assert problem.missing_scopes == ("conversations.write",)
    assert "conversations.write" in problem.message
    assert stack.token not in repr(problem)


async def test_invalid_private_app_token(make_stack: Callable[..., Stack]) -> None:
    stack = make_stack("default")
    wrong = "pat-na1-00000000-0000-4000-8000-000000000000"
    with pytest.raises(ProblemError) as caught:
        await stack.hubspot_service.private_app_token_facts(wrong)
    assert caught.value.problem.kind is ProblemKind.INVALID_INPUT
    assert caught.value.problem.field == "private_app_token"
    with pytest.raises(ProblemError) as caught:
        await stack.service.save_legacy_credentials(wrong, "7001")
    assert caught.value.problem.kind is ProblemKind.INVALID_INPUT
    assert wrong not in repr(caught.value.problem)


@pytest.mark.parametrize(
    ("scenario", "kind"),
    [
        ("hubspot-not-admin", ProblemKind.NOT_PORTAL_ADMIN),
        ("no-service-hub", ProblemKind.APP_NOT_AVAILABLE),
    ],
)
async def test_install_refused_by_hubspot(
    make_stack: Callable[..., Stack], scenario: str, kind: ProblemKind
) -> None:
    stack = make_stack(scenario)
    with pytest.raises(ProblemError) as caught:
        await stack.service.connect_hubspot(lambda attempt: None)
    assert caught.value.problem.kind is kind
    await stack.browser.finished()
    assert (await stack.service.integration()).connection is None


@pytest.mark.parametrize(
    ("scenario", "stalled"),
    [("webhook-fails", CheckId.OPENCX_SESSION), ("ai-reply-fails", CheckId.AI_REPLY_POSTED)],
)
async def test_a_failing_check_stalls_with_an_explanation(
    make_stack: Callable[..., Stack], scenario: str, stalled: CheckId
) -> None:
    stack = make_stack(scenario)
    await stack.connect_legacy()
    run_id = await stack.service.start_test(Channel.EMAIL)
    await stack.send_customer_message()
    async for event in stack.service.follow_test(run_id):
        if event.state is CheckState.STALLED:
            assert event.check is stalled
            assert event.explanation
            break
    else:
        pytest.fail("no check stalled")


async def test_autopilot_email_off(make_stack: Callable[..., Stack]) -> None:
    stack = make_stack("autopilot-email-off")
    channels = await stack.service.autopilot()
    assert channels[Channel.EMAIL] is False
    assert await stack.service.set_autopilot(Channel.EMAIL, True) is True
    assert (await stack.service.autopilot())[Channel.EMAIL] is True
    assert write_counts(stack.sandbox)["PUT /v1/autopilot/{channel}"] == 1


async def test_slow_network_still_answers(make_stack: Callable[..., Stack]) -> None:
    stack = make_stack("slow-network")
    assert (await stack.opencx.me()).role == "admin"
    assert stack.sleeps == []
