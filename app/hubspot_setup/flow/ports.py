"""What the flow's controller needs from the outside world, as Protocols.

`hubspot_setup.services` implements them over HTTP, the keyring and the filesystem; the
flow stays free of all three. Every method raises `ProblemError` when it fails.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Protocol

from hubspot_setup.flow.answers import (
    CheckState,
    Connection,
    OpenCXAccount,
    SignatureRule,
    Teammate,
)
from hubspot_setup.flow.checklist_causes import Cause
from hubspot_setup.flow.guide import Channel, CheckId
from hubspot_setup.flow.portal_report import PortalFacts
from hubspot_setup.flow.state import WizardState


class AttemptPhase(StrEnum):
    STARTING = "starting"
    WAITING = "waiting"  # the browser is open, waiting for the admin
    FINISHING = "finishing"  # the result arrived; redeeming it with the backend
    DONE = "done"
    FAILED = "failed"
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class BrowserAttempt:
    """What the sign-in and connect pages show while the system browser is in use."""

    phase: AttemptPhase
    url: str | None = None  # the address the browser was asked to open (Copy / Open again)
    seconds_left: int | None = None
    having_trouble: bool = False  # show the "paste the final address" fallback
    message: str = ""


AttemptListener = Callable[[BrowserAttempt], None]


@dataclass(frozen=True)
class IntegrationFacts:
    """The backend's view of the HubSpot integration."""

    connection: Connection | None
    sender: Teammate | None = None
    default_user_id: str | None = None
    workflow_actions_installed: Mapping[str, bool] = field(default_factory=dict)


@dataclass(frozen=True)
class LegacyWebhook:
    # Signed and organisation-specific, like a password: shown with Copy, never logged.
    webhook_url: str = field(repr=False)
    required_scopes: tuple[str, ...]


@dataclass(frozen=True)
class TokenFacts:
    """What HubSpot says about a private app token (never the token itself)."""

    portal_id: int
    granted_scopes: tuple[str, ...]


@dataclass(frozen=True)
class Inbox:
    name: str
    channels: tuple[str, ...]  # plain descriptions: "Chat widget on acme.test", "help@acme.test"
    channel_types: tuple[str, ...] = ()  # the contract's types: "email", "chat", ...
    routing_known: bool = False  # whether the backend can tell the inbox's routing
    assigns_to: Teammate | None = None  # whom routing gives new conversations (None: nobody)


@dataclass(frozen=True)
class CheckEvent:
    check: CheckId
    state: CheckState
    at: datetime | None = None
    link: str | None = None
    explanation: str | None = None  # the backend's plain words when the check stalls
    cause: Cause | None = None  # why it stalled or was skipped
    details: Mapping[str, str] = field(default_factory=dict)  # assignee, topic, sender ...


@dataclass(frozen=True)
class RunSnapshot:
    """A test run as it is now: every check, and the number of the latest event."""

    last_seq: int
    checks: tuple[CheckEvent, ...]


class OpenCXPort(Protocol):
    async def sign_in_with_browser(self, on_attempt: AttemptListener) -> OpenCXAccount: ...
    async def sign_in_with_api_key(self, api_key: str) -> OpenCXAccount: ...
    async def resume_session(self, account: OpenCXAccount) -> OpenCXAccount | None: ...
    async def sign_out(self, account: OpenCXAccount) -> None: ...
    def submit_pasted_address(self, address: str) -> None: ...
    def cancel_browser(self) -> None: ...

    async def integration(self) -> IntegrationFacts: ...
    async def connect_hubspot(self, on_attempt: AttemptListener) -> IntegrationFacts: ...
    # After `connect_hubspot` raised `reconnect.PortalChangeNeeded`: the admin's answer.
    async def confirm_portal_change(self) -> IntegrationFacts: ...
    def drop_portal_change(self) -> None: ...
    async def disconnect(self) -> None: ...

    async def teammates(self) -> Sequence[Teammate]: ...
    async def set_sender(self, teammate: Teammate) -> Teammate: ...

    async def legacy_webhook(self) -> LegacyWebhook: ...
    async def save_legacy_credentials(
        self, private_app_token: str, default_user_id: str
    ) -> IntegrationFacts: ...

    async def autopilot(self) -> Mapping[Channel, bool]: ...
    async def set_autopilot(self, channel: Channel, enabled: bool) -> bool: ...

    async def signatures(self) -> Sequence[SignatureRule]: ...
    async def save_signature(self, rule: SignatureRule) -> SignatureRule: ...
    async def delete_signature(self, rule_id: str) -> None: ...

    async def inboxes(self) -> Sequence[Inbox]: ...
    async def portal_report(self) -> PortalFacts: ...
    async def start_test(self, channel: Channel) -> str: ...
    def follow_test(self, run_id: str, after: int = 0) -> AsyncIterator[CheckEvent]: ...
    async def request_handoff(self, run_id: str) -> None: ...
    async def watch_again(self, run_id: str) -> RunSnapshot: ...


class HubSpotPort(Protocol):
    async def private_app_token_facts(self, private_app_token: str) -> TokenFacts: ...
    async def owners(self, private_app_token: str) -> Sequence[Teammate]: ...


class SecretStore(Protocol):
    """The keychain, called directly: for commands, which may wait on it."""

    def put(self, name: str, secret: str) -> None: ...
    def get(self, name: str) -> str | None: ...
    def delete(self, name: str) -> None: ...


class Keychain(Protocol):
    """The keychain as the controller uses it: each call is awaited, because the OS may take
    its time (an unlock prompt, a slow home folder) and the window must not wait with it."""

    async def put(self, name: str, secret: str) -> None: ...
    async def get(self, name: str) -> str | None: ...
    async def delete(self, name: str) -> None: ...


class ProgressStore(Protocol):
    def save(self, state: WizardState) -> None:
        """Keep `state` as the point to resume from; it may reach the disk a moment later."""
        ...

    async def flush(self) -> None:
        """Return once every state given to `save` is on disk."""
        ...
