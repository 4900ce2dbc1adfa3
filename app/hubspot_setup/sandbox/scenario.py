"""Scenario files: what the simulated OpenCX organisation and HubSpot portal look like.

A scenario is a TOML file (see `scenarios/default.toml`, documented in docs/sandbox.md). Every
field has a healthy default, so a scenario file only states what makes it different.
"""

from __future__ import annotations

import tomllib
from importlib import resources
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from hubspot_setup.sandbox.contract_rules import LEGACY_REQUIRED_SCOPES, Channel, is_key_scope
from hubspot_setup.sandbox.domain_patterns import PatternRefused, canonical_pattern
from hubspot_setup.sandbox.signature_policy import SignatureRefused, clean_signature_html

# "none": a portal without Service Hub (TOML has no null).
ServiceHubTier = Literal["starter", "professional", "enterprise", "none"]
Role = Literal["owner", "admin", "member"]
AccountType = Literal["STANDARD", "SANDBOX", "DEVELOPER_TEST", "APP_DEVELOPER"]  # HubSpot's
ConsentRefusal = Literal["insufficient_scopes", "missing_features", "no_install_permission"]


class ScenarioError(ValueError):
    """A scenario name that does not exist or a file that is not a valid scenario."""


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class OpenCXUser(_Model):
    id: str = "usr_sandbox_ada"
    email: str = "ada@acme.test"
    name: str = "Ada Lovelace"


class OpenCXOrganization(_Model):
    id: str = "org_sandbox_acme"
    name: str = "Acme Support"


class LatestRelease(_Model):
    """What the release feed (`GET /v1/apps/hubspot-setup/releases/latest`) says. Free text on
    purpose, so a scenario can also serve a feed the assistant must not believe."""

    version: str = Field(default="0.1.0", min_length=1, max_length=64)
    published_at: str = "2026-12-01T00:00:00Z"
    url: str = Field(default="https://www.open.cx/hubspot-setup/releases", max_length=2048)


class OpenCX(_Model):
    user: OpenCXUser = OpenCXUser()
    organization: OpenCXOrganization = OpenCXOrganization()
    role: Role = "admin"
    # The first access token answers 401 session_expired after this many API calls.
    access_token_expires_after_calls: int | None = Field(default=None, ge=1)
    # "public": every API error is OpenCX's published `{statusCode, message, error}` body
    # instead of the contract's `{"error": {code, message, details}}` envelope.
    error_shape: Literal["contract", "public"] = "contract"
    # The sandbox API key's scopes (`resource:read|write`); left out, the key has full access.
    api_key_scopes: tuple[str, ...] | None = Field(default=None, max_length=60)
    # The newest assistant the release feed announces.
    latest_release: LatestRelease = LatestRelease()

    @model_validator(mode="after")
    def _scopes_are_opencx_scopes(self) -> OpenCX:
        for scope in self.api_key_scopes or ():
            if not is_key_scope(scope):
                raise ValueError(f"api_key_scopes: {scope!r} is not resource:read or :write")
        return self


class Inbox(_Model):
    """One of the portal's HubSpot inboxes: its type and the channel connected to it."""

    id: str = Field(pattern=r"^[0-9]{1,20}$")
    name: str = Field(min_length=1, max_length=100)
    type: Literal["INBOX", "HELP_DESK"] = "INBOX"  # HubSpot's inbox type
    channel: Literal["email", "chat"] = "email"
    address: str = Field(default="", max_length=254)  # the email address, or the chat's site
    active: bool = True


DEFAULT_INBOXES = (
    Inbox(id="147959634", name="Support", type="HELP_DESK", address="support@acme.test"),
    Inbox(id="147959635", name="Website chat", channel="chat", address="acme.test"),
)


class Portal(_Model):
    id: int = Field(default=1020304, ge=1)
    domain: str = "acme.test"
    ui_domain: str = "app.hubspot.com"
    data_hosting_location: str = "na1"
    # HubSpot's accountType, as account-info serves it.
    account_type: AccountType = "STANDARD"
    # The portal's subscription: the sandbox's hidden truth. No HubSpot API serves it (and
    # the contract does not either); it decides what HubSpot allows: whether the app can be
    # installed and whether the optional `automation` scope is granted.
    service_hub_tier: ServiceHubTier = "professional"
    # The first portal's inboxes are the ones the test message arrives in.
    inboxes: tuple[Inbox, ...] = Field(default=DEFAULT_INBOXES, max_length=50)
    # Whether the signed-in HubSpot user may install apps in this portal (a super admin, or
    # App Marketplace Access).
    user_is_admin: bool = True
    # A refusal HubSpot shows on its own consent page after Connect app, never redirecting
    # back, so the assistant hears nothing (see `pages.CONSENT_REFUSALS`).
    consent_refusal: ConsentRefusal | None = None


class Teammate(_Model):
    """A named HubSpot teammate, listed before the generated ones: lets a scenario built from
    a diagnostics bundle keep the customer's AI sender and default user with their own ids."""

    owner_id: str = Field(pattern=r"^[0-9]{1,20}$")
    user_id: int = Field(ge=1)
    email: str = Field(min_length=3, max_length=254)
    first_name: str = Field(default="", max_length=100)
    last_name: str = Field(default="", max_length=100)


class HubSpot(_Model):
    user_email: str = "ada@acme.test"
    user_id: int = 7001
    portals: tuple[Portal, ...] = (Portal(),)
    teammates: tuple[Teammate, ...] = Field(default=(), max_length=100)
    owners: int = Field(default=6, ge=1, le=20_000)
    # The scopes the scenario's legacy private-app token was granted.
    legacy_token_scopes: tuple[str, ...] = ("oauth", *LEGACY_REQUIRED_SCOPES)
    # The first N owners requests are answered with 429.
    owners_rate_limited_times: int = Field(default=0, ge=0)


class Integration(_Model):
    """Where the scenario starts: not connected, or already connected (manage mode)."""

    method: Literal["oauth", "legacy"] | None = None
    sender_owner_id: str | None = None
    default_user_id: str | None = None
    # HubSpot refused the refresh token (OAuth only): the integration reads
    # "reconnect_required" until the admin approves the app again.
    reconnect_required: bool = False

    @model_validator(mode="after")
    def _reconnect_is_oauth(self) -> Integration:
        if self.reconnect_required and self.method != "oauth":
            raise ValueError("reconnect_required needs method = 'oauth'")
        return self


class Signature(_Model):
    """An email signature rule the organisation already has when the sandbox starts."""

    pattern: str
    html: str

    @model_validator(mode="after")
    def _valid(self) -> Signature:
        # The same checks as `POST /v1/signatures`, so a seeded rule is one the API could save.
        try:
            canonical_pattern(self.pattern)
        except PatternRefused as refused:
            raise ValueError(f"signature pattern {self.pattern!r}: {refused.reason}") from None
        try:
            clean_signature_html(self.html)
        except SignatureRefused as refused:
            raise ValueError(f"signature for {self.pattern!r}: {refused.reason}") from None
        return self


class Failures(_Model):
    ai_reply_fails: bool = False
    # Legacy path only: HubSpot never delivers the conversation to OpenCX.
    legacy_webhook_fails: bool = False
    # OpenCX is down for maintenance: every API route but `/v1/me` answers 503 unavailable.
    opencx_maintenance: bool = False


SenderKind = Literal["customer", "teammate", "inbox_address", "internal_note"]


class Pipeline(_Model):
    """How OpenCX's HubSpot message pipeline and the portal behave during a test run."""

    # Owner id HubSpot's inbox routing assigns every new conversation to (None: unassigned).
    inbox_assigns_to: str | None = Field(default=None, pattern=r"^[0-9]{1,20}$")
    # Channels with Assist Mode on: the AI drafts internal comments instead of replying.
    assist_mode: tuple[Literal["email", "web"], ...] = ()
    # Who the practice customer's message really comes from.
    customer_sender: SenderKind = "customer"
    # The first N message events are acknowledged and lost (at-most-once delivery).
    dropped_events: int = Field(default=0, ge=0, le=100)
    # Autopilot handoff topics: a message about one is handed off without an AI reply.
    handoff_topics: tuple[str, ...] = Field(default=(), max_length=50)
    ticket_creation: bool = True
    # Whether the practice chat visitor gave an email address (email senders always have one).
    chat_contact_has_email: bool = True


class Timing(_Model):
    """Delays in seconds before each simulated event; all multiplied by the time scale."""

    latency: float = Field(default=0.0, ge=0, le=30)  # added to every API request
    conversation: float = Field(default=1.0, ge=0, le=60)
    session: float = Field(default=1.5, ge=0, le=60)
    ai_reply: float = Field(default=2.0, ge=0, le=60)
    handoff: float = Field(default=1.0, ge=0, le=60)
    handoff_note: float = Field(default=1.0, ge=0, le=60)
    # OpenCX waits this long before it processes an email, so its other workflows finish.
    email_delay: float = Field(default=5.0, ge=0, le=60)
    keep_alive: float = Field(default=15.0, gt=0, le=60)


class Scenario(_Model):
    name: str
    description: str
    opencx: OpenCX = OpenCX()
    hubspot: HubSpot = HubSpot()
    integration: Integration = Integration()
    autopilot: dict[Channel, bool] = Field(default_factory=lambda: dict.fromkeys(Channel, True))
    signatures: tuple[Signature, ...] = Field(default=(), max_length=200)
    failures: Failures = Failures()
    pipeline: Pipeline = Pipeline()
    timing: Timing = Timing()

    @model_validator(mode="after")
    def _one_signature_per_pattern(self) -> Scenario:
        texts = [canonical_pattern(seed.pattern) for seed in self.signatures]
        if len(set(texts)) != len(texts):
            raise ValueError("two signature rules have the same pattern")
        return self

    def portal(self, portal_id: int) -> Portal | None:
        return next((p for p in self.hubspot.portals if p.id == portal_id), None)


def scenario_names() -> list[str]:
    folder = resources.files("hubspot_setup.sandbox") / "scenarios"
    return sorted(
        entry.name.removesuffix(".toml")
        for entry in folder.iterdir()
        if entry.name.endswith(".toml")
    )


def load_scenario(name_or_path: str | Path) -> Scenario:
    """A built-in scenario by name, or a scenario file by path."""
    if isinstance(name_or_path, Path) or name_or_path.endswith(".toml"):
        path = Path(name_or_path)
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as error:
            raise ScenarioError(f"Cannot read scenario file {path}: {error.strerror}") from error
        return parse_scenario(text, source=str(path))
    if name_or_path not in scenario_names():
        known = ", ".join(scenario_names())
        raise ScenarioError(f"Unknown scenario {name_or_path!r}. Known scenarios: {known}.")
    resource = resources.files("hubspot_setup.sandbox") / "scenarios" / f"{name_or_path}.toml"
    return parse_scenario(resource.read_text(encoding="utf-8"), source=name_or_path)


def parse_scenario(text: str, *, source: str) -> Scenario:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ScenarioError(f"Scenario {source} is not valid TOML: {error}") from error
    try:
        scenario = Scenario.model_validate(data)
    except ValidationError as error:
        raise ScenarioError(f"Scenario {source} is not valid: {error}") from error
    if not scenario.hubspot.portals:
        raise ScenarioError(f"Scenario {source} needs at least one HubSpot portal.")
    return scenario
