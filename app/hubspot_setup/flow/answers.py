"""Everything the admin has answered or the backend has told us, as pydantic models.

No secret is ever part of these models: a secret (the OpenCX session, a private app token)
is referenced by the name of its keyring entry. A validator refuses token-shaped strings,
so a secret cannot slip into saved progress, an answers file or a diagnostics bundle.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from hubspot_setup.flow.checklist_causes import Cause
from hubspot_setup.flow.guide import Channel, CheckId
from hubspot_setup.flow.portal_report import PortalFacts, PortalType
from hubspot_setup.flow.steps import Method
from hubspot_setup.flow.tokens import looks_like_secret
from hubspot_setup.flow.words import QT_TRANSLATE_NOOP, Phrase, translate


def _contains_secret(value: object) -> bool:
    if isinstance(value, str):
        return looks_like_secret(value)
    if isinstance(value, dict):
        return any(_contains_secret(k) or _contains_secret(v) for k, v in value.items())
    if isinstance(value, list | tuple):
        return any(_contains_secret(item) for item in value)
    if isinstance(value, BaseModel):
        return _contains_secret(value.model_dump())
    return False


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, use_enum_values=False)

    @model_validator(mode="before")
    @classmethod
    def _no_secrets(cls, data: Any) -> Any:
        if _contains_secret(data):
            raise ValueError(
                "A secret (a private app token, an OpenCX API key or a sign-in token) was "
                "found in the answers. Secrets belong in the system keychain; answers refer "
                "to them by keyring entry name."
            )
        return data


class Prerequisite(StrEnum):
    SERVICE_HUB = "service_hub"
    HUBSPOT_ADMIN = "hubspot_admin"
    OPENCX_ADMIN = "opencx_admin"


# Each prerequisite's (title, why) for the checklist.
PREREQUISITE_TEXT: dict[Prerequisite, tuple[Phrase, Phrase]] = {
    Prerequisite.SERVICE_HUB: (
        QT_TRANSLATE_NOOP("flow.answers", "HubSpot account with Service Hub Starter or above"),
        QT_TRANSLATE_NOOP(
            "flow.answers", "The integration uses HubSpot's conversations and ticketing tools."
        ),
    ),
    Prerequisite.HUBSPOT_ADMIN: (
        # HubSpot's words: installing apps takes a super admin or App Marketplace Access.
        QT_TRANSLATE_NOOP("flow.answers", "You may connect apps to the HubSpot portal"),
        QT_TRANSLATE_NOOP(
            "flow.answers",
            "In HubSpot that means a super admin, or a user with the App Marketplace Access "
            "permission, in the portal OpenCX will use.",
        ),
    ),
    Prerequisite.OPENCX_ADMIN: (
        QT_TRANSLATE_NOOP("flow.answers", "You are an owner or admin in OpenCX"),
        QT_TRANSLATE_NOOP(
            "flow.answers", "Only organization owners and admins can save integration settings."
        ),
    ),
}


class CheckStatus(StrEnum):
    UNKNOWN = "unknown"
    CONFIRMED = "confirmed"  # the admin ticked it
    PASSED = "passed"  # checked automatically
    FAILED = "failed"  # checked automatically, and it is not met
    # Nobody confirmed it and the app cannot check it (the Service Hub subscription, once a
    # portal is connected unattended): does not block; the portal report says what was seen.
    NOT_VERIFIABLE = "not_verifiable"


class PrerequisiteAnswer(_Model):
    status: CheckStatus = CheckStatus.UNKNOWN
    detail: str | None = None


class Role(StrEnum):
    OWNER = "owner"
    ADMIN = "admin"
    MEMBER = "member"


# OpenCX's roles as a sentence names them ("Your OpenCX role is member.").
ROLE_NAMES: dict[Role, Phrase] = {
    Role.OWNER: QT_TRANSLATE_NOOP("flow.answers", "owner"),
    Role.ADMIN: QT_TRANSLATE_NOOP("flow.answers", "admin"),
    Role.MEMBER: QT_TRANSLATE_NOOP("flow.answers", "member"),
}


def role_name(role: Role) -> str:
    return ROLE_NAMES[role].text()


class AuthKind(StrEnum):
    BROWSER = "browser"
    API_KEY = "api_key"


class OpenCXAccount(_Model):
    user_email: str
    user_name: str = ""
    organization_id: str
    organization_name: str
    role: Role
    auth_kind: AuthKind = AuthKind.BROWSER
    credential_ref: str = Field(description="keyring entry holding the session or API key")

    @property
    def is_admin(self) -> bool:
        return self.role in (Role.OWNER, Role.ADMIN)


class Portal(_Model):
    """What HubSpot reports about the portal. No API tells its Service Hub tier, so none is
    kept (see flow.portal_report); progress saved by older versions still loads."""

    id: int
    domain: str = ""
    ui_domain: str = "app.hubspot.com"
    account_type: PortalType | None = None
    data_hosting_location: str | None = None

    @model_validator(mode="before")
    @classmethod
    def _drop_tier(cls, data: Any) -> Any:
        if isinstance(data, dict) and "service_hub_tier" in data:
            data = {key: value for key, value in data.items() if key != "service_hub_tier"}
        return data


class Connection(_Model):
    method: Method
    portal: Portal
    connected_at: datetime | None = None
    # Set while HubSpot refuses OpenCX's access (OpenCX's "Reconnect required"), e.g.
    # "refresh_token_rejected"; the connection and its settings stay until reconnected.
    reconnect_reason: str | None = None

    @property
    def needs_reconnect(self) -> bool:
        return self.reconnect_reason is not None


class Teammate(_Model):
    owner_id: str
    user_id: int | None = None
    email: str = ""
    name: str = ""

    @property
    def label(self) -> str:
        if self.name and self.email:
            return f"{self.name} <{self.email}>"
        return self.name or self.email or self._unnamed()

    @property
    def display_name(self) -> str:
        """The name to show in bold; the email goes beside it when there is a name."""
        return self.name or self.email or self._unnamed()

    def _unnamed(self) -> str:
        # An owner with neither name nor email (a queue, say): its HubSpot owner number.
        return translate("flow.answers", "Owner %1").arg(self.owner_id)


class LegacyAppProgress(_Model):
    """The admin's ticks for the manual steps in HubSpot on the legacy path."""

    app_created: bool = False
    scopes_enabled: bool = False
    webhook_url_added: bool = False
    subscriptions_added: bool = False
    changes_committed: bool = False


class LegacyCredentials(_Model):
    token_ref: str | None = None  # keyring entry name, never the token
    token_verified: bool = False
    granted_scopes: tuple[str, ...] = ()
    missing_scopes: tuple[str, ...] = ()
    default_user_id: str | None = None
    default_user: Teammate | None = None
    saved: bool = False  # the backend accepted the credentials


class SignatureRule(_Model):
    pattern: str  # canonical pattern text, e.g. "open.cx" or "*.nl"
    html: str  # sanitised HTML
    id: str | None = None  # the backend's id once saved


class CheckState(StrEnum):
    WAITING = "waiting"
    PASSED = "passed"
    STALLED = "stalled"
    SKIPPED = "skipped"  # did not happen, for a reason that is no fault (its cause says which)


class ChecklistOutcome(_Model):
    run_id: str | None = None
    channel: Channel = Channel.EMAIL
    checks: dict[CheckId, CheckState] = Field(default_factory=dict)
    times: dict[CheckId, datetime] = Field(default_factory=dict)
    links: dict[CheckId, str] = Field(default_factory=dict)
    explanations: dict[CheckId, str] = Field(default_factory=dict)  # the backend's words
    causes: dict[CheckId, Cause] = Field(default_factory=dict)  # why a check stalled or skipped
    details: dict[CheckId, dict[str, str]] = Field(default_factory=dict)  # assignee, topic ...
    skipped: bool = False
    finished_at: datetime | None = None

    @property
    def passed(self) -> bool:
        """Every check happened, or did not for an expected reason (a handoff topic)."""
        done = (CheckState.PASSED, CheckState.SKIPPED)
        return not self.skipped and all(self.checks.get(check) in done for check in CheckId)


class Answers(_Model):
    prerequisites: dict[Prerequisite, PrerequisiteAnswer] = Field(
        default_factory=lambda: {item: PrerequisiteAnswer() for item in Prerequisite}
    )
    account: OpenCXAccount | None = None
    method: Method = Method.OAUTH
    connection: Connection | None = None
    sender: Teammate | None = None
    legacy_app: LegacyAppProgress = LegacyAppProgress()
    legacy: LegacyCredentials = LegacyCredentials()
    autopilot: dict[Channel, bool] = Field(default_factory=dict)
    test_channel: Channel = Channel.EMAIL
    signatures: tuple[SignatureRule, ...] = ()
    workflow_actions_installed: dict[str, bool] = Field(default_factory=dict)
    portal_facts: PortalFacts | None = None  # what was read about the portal after connecting
    test: ChecklistOutcome | None = None

    @field_validator("prerequisites")
    @classmethod
    def _every_prerequisite(
        cls, value: dict[Prerequisite, PrerequisiteAnswer]
    ) -> dict[Prerequisite, PrerequisiteAnswer]:
        return {item: value.get(item, PrerequisiteAnswer()) for item in Prerequisite}
