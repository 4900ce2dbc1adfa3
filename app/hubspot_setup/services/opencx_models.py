"""The OpenCX wire contract (docs/backend-api.md) as pydantic models.

Responses ignore fields they do not know, so the backend can add fields without breaking
the assistant; request bodies are built from the typed arguments of `OpenCXClient`. A body
that does not fit its model becomes an "unexpected answer" problem, never a crash.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal, TypeVar

import httpx
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from hubspot_setup.services.errors import OPENCX, unexpected_body
from hubspot_setup.services.logs import remember_secret


class _Response(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class TokenSet(_Response):
    access_token: str = Field(repr=False)
    refresh_token: str | None = Field(default=None, repr=False)
    token_type: str = "Bearer"  # noqa: S105 (a token kind, not a secret)
    expires_in: int | None = None

    def model_post_init(self, context: Any, /) -> None:
        remember_secret(self.access_token, self.refresh_token)  # secrets from arrival


class MeUser(_Response):
    id: str
    email: str
    name: str = ""


class MeOrganization(_Response):
    id: str
    name: str


class Me(_Response):
    user: MeUser
    organization: MeOrganization
    role: Literal["owner", "admin", "member"]


class TeammateModel(_Response):
    owner_id: str
    user_id: int | None = None
    email: str = ""
    first_name: str | None = None
    last_name: str | None = None

    @property
    def name(self) -> str:
        return " ".join(part for part in (self.first_name, self.last_name) if part)


class PortalModel(_Response):
    id: int
    domain: str = ""
    ui_domain: str = "app.hubspot.com"
    account_type: str | None = None  # standard, sandbox, developer_test, app_developer
    data_hosting_location: str | None = None  # na1, eu1, ...


class Integration(_Response):
    status: Literal["not_connected", "connected", "reconnect_required"]
    reconnect_reason: str | None = None
    method: Literal["oauth", "legacy"] | None = None
    portal: PortalModel | None = None
    connected_at: datetime | None = None
    sender: TeammateModel | None = None
    default_user_id: str | None = None
    workflow_actions: dict[str, bool] = Field(default_factory=dict)


class InstallStarted(_Response):
    install_id: str
    authorize_url: str
    expires_at: datetime | None = None


class PortalMismatchDetails(_Response):
    """`409 portal_mismatch`: the portal connected now and the one the admin approved."""

    connected_portal: PortalModel
    approved_portal: PortalModel


class Disconnected(_Response):
    status: str
    legacy_note: str | None = None


class NextPage(_Response):
    after: str


class Paging(_Response):
    next: NextPage | None = None


class TeammatePage(_Response):
    results: list[TeammateModel]
    paging: Paging | None = None


class SenderAnswer(_Response):
    sender: TeammateModel | None = None


class WebhookSubscriptionModel(_Response):
    object: str
    event: str


class LegacyInfo(_Response):
    # Signed and organisation-specific: OpenCX says to treat it like a password.
    webhook_url: str = Field(repr=False)
    required_scopes: list[str]
    subscriptions: list[WebhookSubscriptionModel] = Field(default_factory=list)

    def model_post_init(self, context: Any, /) -> None:
        remember_secret(self.webhook_url)


class AutopilotChannels(_Response):
    channels: dict[str, bool]


class AutopilotChannel(_Response):
    channel: str
    enabled: bool


class SignatureRuleModel(_Response):
    id: str
    pattern: str
    html: str
    updated_at: datetime | None = None


class SignatureList(_Response):
    results: list[SignatureRuleModel]


class InboxChannelModel(_Response):
    type: str
    name: str


class InboxRoutingModel(_Response):
    assigns_to: TeammateModel | None = None  # None: new conversations are not assigned


class InboxModel(_Response):
    id: str
    name: str
    channels: list[InboxChannelModel] = Field(default_factory=list)
    routing: InboxRoutingModel | None = None  # None: the backend cannot tell


class InboxList(_Response):
    results: list[InboxModel]


class PortalScopesModel(_Response):
    required: list[str] = Field(default_factory=list)
    optional: list[str] = Field(default_factory=list)
    granted: list[str] | None = None


class PortalChannelModel(_Response):
    type: str
    name: str = ""
    active: bool = True


class PortalInboxModel(_Response):
    id: str
    name: str
    type: str = "inbox"  # inbox or help_desk
    channels: list[PortalChannelModel] = Field(default_factory=list)


class PortalReportModel(_Response):
    scopes: PortalScopesModel = Field(default_factory=PortalScopesModel)
    inboxes: list[PortalInboxModel] | None = None
    unread: dict[str, str] = Field(default_factory=dict)


CheckIdText = Literal[
    "conversation_in_hubspot",
    "opencx_session",
    "ai_reply_posted",
    "handoff_triggered",
    "handoff_note",
    "handoff_ticket",
]


class CheckModel(_Response):
    id: CheckIdText
    state: Literal["pending", "passed", "failed", "skipped"]
    at: datetime | None = None
    link: str | None = None
    cause: str | None = None  # a machine id; one this version does not know is kept as text
    details: dict[str, str] = Field(default_factory=dict)
    explanation: str | None = None


class TestRun(_Response):
    __test__ = False  # not a pytest test class

    id: str
    channel: str
    status: Literal["waiting", "running", "passed", "failed"]
    created_at: datetime | None = None
    last_seq: int = 0
    checks: list[CheckModel] = Field(default_factory=list)

    @property
    def finished(self) -> bool:
        return self.status in ("passed", "failed")


class RunEvent(_Response):
    seq: int
    check: CheckModel


class EventPage(_Response):
    events: list[RunEvent]
    done: bool


M = TypeVar("M", bound=BaseModel)


def parse_response(model: type[M], response: httpx.Response) -> M:
    """The response body as `model`, or an UNEXPECTED problem (never a crash)."""
    return parse_text(model, response.content, response)


def parse_text(model: type[M], text: str | bytes, response: httpx.Response) -> M:
    """`text` (a body, or one server-sent event's data) as `model`."""
    try:
        return model.model_validate_json(text)
    except ValidationError as exc:
        raise unexpected_body(response, OPENCX, _validation_summary(exc)) from None


def _validation_summary(exc: ValidationError) -> str:
    # Locations and error types only: the input values may be anything, even a token.
    parts = [
        f"{'.'.join(str(p) for p in error['loc']) or 'body'}: {error['type']}"
        for error in exc.errors()[:3]
    ]
    return "invalid body (" + ", ".join(parts) + ")"
