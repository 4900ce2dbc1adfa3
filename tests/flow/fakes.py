"""In-memory fakes of the flow's ports, for controller tests: fast, no network, no keyring.

Each fake keeps what a real backend would (the teammates, the connection, the settings) in
plain attributes a test can change between calls, as someone in HubSpot or the OpenCX
dashboard would, and counts the reads that a cache could hide (`reads`). Failures are staged
with `fail_next`: the named call raises that Problem once.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import AsyncIterator, Mapping, Sequence
from dataclasses import dataclass, field

from hubspot_setup.flow.answers import (
    AuthKind,
    CheckState,
    Connection,
    OpenCXAccount,
    Portal,
    Role,
    SignatureRule,
    Teammate,
)
from hubspot_setup.flow.controller import SetupController
from hubspot_setup.flow.guide import WORKFLOW_ACTIONS, Channel, CheckId
from hubspot_setup.flow.portal_report import PortalFacts
from hubspot_setup.flow.ports import (
    AttemptListener,
    CheckEvent,
    Inbox,
    IntegrationFacts,
    LegacyWebhook,
    RunSnapshot,
    TokenFacts,
)
from hubspot_setup.flow.problems import Problem, ProblemError
from hubspot_setup.flow.state import WizardState
from hubspot_setup.flow.steps import Method

PORTAL = Portal(id=1020304, domain="acme.test")
OTHER_PORTAL = Portal(id=5060708, domain="other.test")
API_KEY = "ocx_live_fake-key"
PRIVATE_APP_TOKEN = "pat-na1-00000000-0000-4000-8000-000000000001"
ALL_WORKFLOW_ACTIONS = dict.fromkeys((action.id for action in WORKFLOW_ACTIONS), True)


def teammate(number: int, *, name: str = "") -> Teammate:
    return Teammate(
        owner_id=str(3000 + number),
        user_id=9000 + number,
        email=f"person{number}@acme.test",
        name=name or f"Person {number}",
    )


def account(role: Role = Role.ADMIN, organization: str = "org-1") -> OpenCXAccount:
    return OpenCXAccount(
        user_email="admin@acme.test",
        organization_id=organization,
        organization_name="Acme",
        role=role,
        auth_kind=AuthKind.API_KEY,
        credential_ref=f"opencx-session:{organization}",
    )


class _Staged:
    """Counts calls and raises a staged Problem once."""

    def __init__(self) -> None:
        self.reads: Counter[str] = Counter()
        self._failures: dict[str, Problem] = {}

    def fail_next(self, call: str, problem: Problem) -> None:
        self._failures[call] = problem

    def _call(self, name: str) -> None:
        self.reads[name] += 1
        problem = self._failures.pop(name, None)
        if problem is not None:
            raise ProblemError(problem)


@dataclass
class FakeOpenCX(_Staged):
    """The OpenCX backend, as the OpenCX port shows it."""

    account: OpenCXAccount = field(default_factory=account)
    teammates_now: list[Teammate] = field(default_factory=lambda: [teammate(1), teammate(2)])
    connection: Connection | None = None
    sender: Teammate | None = None
    default_user_id: str | None = None
    workflow_actions: dict[str, bool] = field(default_factory=dict)
    autopilot_now: dict[Channel, bool] = field(
        default_factory=lambda: dict.fromkeys(Channel, False)
    )
    signatures_now: list[SignatureRule] = field(default_factory=list)
    inboxes_now: list[Inbox] = field(default_factory=list)
    # The events a test run sends, in order (`follow_test` yields those after `after`).
    run_events: list[CheckEvent] = field(default_factory=list)
    handoffs: list[str] = field(default_factory=list)
    approve_portal: Portal = PORTAL

    def __post_init__(self) -> None:
        _Staged.__init__(self)

    def facts(self) -> IntegrationFacts:
        return IntegrationFacts(
            connection=self.connection,
            sender=self.sender,
            default_user_id=self.default_user_id,
            workflow_actions_installed=dict(self.workflow_actions),
        )

    # -- sign-in ------------------------------------------------------------------------

    async def sign_in_with_browser(self, on_attempt: AttemptListener) -> OpenCXAccount:
        self._call("sign_in_with_browser")
        return self.account.model_copy(update={"auth_kind": AuthKind.BROWSER})

    async def sign_in_with_api_key(self, api_key: str) -> OpenCXAccount:
        self._call("sign_in_with_api_key")
        return self.account

    async def resume_session(self, account: OpenCXAccount) -> OpenCXAccount | None:
        self._call("resume_session")
        return self.account if account.organization_id == self.account.organization_id else None

    async def sign_out(self, account: OpenCXAccount) -> None:
        self._call("sign_out")

    def submit_pasted_address(self, address: str) -> None:
        self._call("submit_pasted_address")

    def cancel_browser(self) -> None:
        self._call("cancel_browser")

    # -- the integration ----------------------------------------------------------------

    async def integration(self) -> IntegrationFacts:
        self._call("integration")
        return self.facts()

    async def connect_hubspot(self, on_attempt: AttemptListener) -> IntegrationFacts:
        self._call("connect_hubspot")
        self.connection = Connection(method=Method.OAUTH, portal=self.approve_portal)
        self.workflow_actions = dict(ALL_WORKFLOW_ACTIONS)
        return self.facts()

    async def confirm_portal_change(self) -> IntegrationFacts:
        self._call("confirm_portal_change")
        return self.facts()

    def drop_portal_change(self) -> None:
        self._call("drop_portal_change")

    async def disconnect(self) -> None:
        self._call("disconnect")
        self.connection = None
        self.sender = None
        self.default_user_id = None
        self.workflow_actions = {}

    # -- the sender ---------------------------------------------------------------------

    async def teammates(self) -> Sequence[Teammate]:
        self._call("teammates")
        return tuple(self.teammates_now)

    async def set_sender(self, teammate: Teammate) -> Teammate:
        self._call("set_sender")
        self.sender = teammate
        return teammate

    # -- the legacy path ----------------------------------------------------------------

    async def legacy_webhook(self) -> LegacyWebhook:
        self._call("legacy_webhook")
        return LegacyWebhook(webhook_url="https://hooks.opencx.test/h/fake", required_scopes=())

    async def save_legacy_credentials(
        self, private_app_token: str, default_user_id: str
    ) -> IntegrationFacts:
        self._call("save_legacy_credentials")
        self.connection = Connection(method=Method.LEGACY, portal=PORTAL)
        self.default_user_id = default_user_id
        return self.facts()

    # -- Autopilot and signatures ---------------------------------------------------------

    async def autopilot(self) -> Mapping[Channel, bool]:
        self._call("autopilot")
        return dict(self.autopilot_now)

    async def set_autopilot(self, channel: Channel, enabled: bool) -> bool:
        self._call("set_autopilot")
        self.autopilot_now[channel] = enabled
        return enabled

    async def signatures(self) -> Sequence[SignatureRule]:
        self._call("signatures")
        return tuple(self.signatures_now)

    async def save_signature(self, rule: SignatureRule) -> SignatureRule:
        self._call("save_signature")
        saved = rule.model_copy(update={"id": rule.id or f"sig-{len(self.signatures_now) + 1}"})
        self.signatures_now = [r for r in self.signatures_now if r.id != saved.id] + [saved]
        return saved

    async def delete_signature(self, rule_id: str) -> None:
        self._call("delete_signature")
        self.signatures_now = [r for r in self.signatures_now if r.id != rule_id]

    # -- the live test ------------------------------------------------------------------

    async def inboxes(self) -> Sequence[Inbox]:
        self._call("inboxes")
        return tuple(self.inboxes_now)

    async def portal_report(self) -> PortalFacts:
        self._call("portal_report")
        return PortalFacts()

    async def start_test(self, channel: Channel) -> str:
        self._call("start_test")
        return "run-1"

    async def follow_test(self, run_id: str, after: int = 0) -> AsyncIterator[CheckEvent]:
        self._call("follow_test")
        for event in self.run_events[after:]:
            yield event

    async def request_handoff(self, run_id: str) -> None:
        self._call("request_handoff")
        self.handoffs.append(run_id)

    async def watch_again(self, run_id: str) -> RunSnapshot:
        self._call("watch_again")
        return RunSnapshot(last_seq=len(self.run_events), checks=())


@dataclass
class FakeHubSpot(_Staged):
    """HubSpot, as the legacy path's private app token sees it."""

    granted_scopes: tuple[str, ...] = ()
    owners_now: list[Teammate] = field(default_factory=lambda: [teammate(1), teammate(2)])

    def __post_init__(self) -> None:
        _Staged.__init__(self)

    async def private_app_token_facts(self, private_app_token: str) -> TokenFacts:
        self._call("private_app_token_facts")
        return TokenFacts(portal_id=PORTAL.id, granted_scopes=self.granted_scopes)

    async def owners(self, private_app_token: str) -> Sequence[Teammate]:
        self._call("owners")
        return tuple(self.owners_now)


@dataclass
class FakeSecrets:
    """The keychain, as a dict."""

    entries: dict[str, str] = field(default_factory=dict)

    async def put(self, name: str, secret: str) -> None:
        self.entries[name] = secret

    async def get(self, name: str) -> str | None:
        return self.entries.get(name)

    async def delete(self, name: str) -> None:
        self.entries.pop(name, None)


@dataclass
class FakeProgress:
    """Saved progress: every state saved, newest last; `flushes` counts the waits for disk."""

    saved: list[WizardState] = field(default_factory=list)
    flushes: int = 0

    def save(self, state: WizardState) -> None:
        self.saved.append(state)

    async def flush(self) -> None:
        self.flushes += 1


@dataclass
class Fakes:
    """A controller over fresh fakes, and the fakes to look at or change."""

    opencx: FakeOpenCX = field(default_factory=FakeOpenCX)
    hubspot: FakeHubSpot = field(default_factory=FakeHubSpot)
    secrets: FakeSecrets = field(default_factory=FakeSecrets)
    progress: FakeProgress = field(default_factory=FakeProgress)
    controller: SetupController = field(init=False)

    def __post_init__(self) -> None:
        self.controller = SetupController(self.opencx, self.hubspot, self.secrets, self.progress)

    async def connect_oauth(self) -> None:
        await self.controller.sign_in_with_api_key(API_KEY)
        await self.controller.choose_method(Method.OAUTH)
        await self.controller.connect_hubspot(lambda attempt: None)

    async def check_legacy_token(self) -> None:
        """Signed in, on the legacy path, with the private app token checked."""
        await self.controller.sign_in_with_api_key(API_KEY)
        await self.controller.choose_method(Method.LEGACY)
        await self.controller.check_private_app_token(PRIVATE_APP_TOKEN)


def passed(check: CheckId) -> CheckEvent:
    return CheckEvent(check=check, state=CheckState.PASSED)
