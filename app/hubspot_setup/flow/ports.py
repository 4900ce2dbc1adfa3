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
from hubspot_setup.flow.guide import Channel, CheckId
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
    webhook_url: str
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


@dataclass(frozen=True)
class CheckEvent:
    check: CheckId
    state: CheckState
    at: datetime | None = None
    link: str | None = None
    explanation: str | None = None  # likely cause and fix when the check stalls


class OpenCXPort(Protocol):
    async def sign_in_with_browser(self, on_attempt: AttemptListener) -> OpenCXAccount: ...
    async def sign_in_with_api_key(self, api_key: str) -> OpenCXAccount: ...
    async def resume_session(self, account: OpenCXAccount) -> OpenCXAccount | None: ...
    async def sign_out(self, account: OpenCXAccount) -> None: ...
    def submit_pasted_address(self, address: str) -> None: ...
    def cancel_browser(self) -> None: ...

    async def integration(self) -> IntegrationFacts: ...
    async def connect_hubspot(self, on_attempt: AttemptListener) -> IntegrationFacts: ...
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
    async def start_test(self, channel: Channel) -> str: ...
    def follow_test(self, run_id: str) -> AsyncIterator[CheckEvent]: ...
    async def request_handoff(self, run_id: str) -> None: ...


class HubSpotPort(Protocol):
    async def private_app_token_facts(self, private_app_token: str) -> TokenFacts: ...
    async def owners(self, private_app_token: str) -> Sequence[Teammate]: ...


class SecretStore(Protocol):
    def put(self, name: str, secret: str) -> None: ...
    def get(self, name: str) -> str | None: ...
    def delete(self, name: str) -> None: ...


class ProgressStore(Protocol):
    def save(self, state: WizardState) -> None: ...
