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

from hubspot_setup.flow.domains import parse_pattern
from hubspot_setup.flow.guide import LEGACY_REQUIRED_SCOPES, Channel
from hubspot_setup.flow.signature_html import sanitize_signature

# "none": a portal without Service Hub (TOML has no null).
ServiceHubTier = Literal["starter", "professional", "enterprise", "none"]
Role = Literal["owner", "admin", "member"]


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


class OpenCX(_Model):
    user: OpenCXUser = OpenCXUser()
    organization: OpenCXOrganization = OpenCXOrganization()
    role: Role = "admin"
    # The first access token answers 401 session_expired after this many API calls.
    access_token_expires_after_calls: int | None = Field(default=None, ge=1)


class Portal(_Model):
    id: int = Field(default=1020304, ge=1)
    domain: str = "acme.test"
    ui_domain: str = "app.hubspot.com"
    data_hosting_location: str = "na1"
    service_hub_tier: ServiceHubTier = "professional"
    # Whether the signed-in HubSpot user is a super admin of this portal.
    user_is_admin: bool = True


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


class Signature(_Model):
    """An email signature rule the organisation already has when the sandbox starts."""

    pattern: str
    html: str

    @model_validator(mode="after")
    def _valid(self) -> Signature:
        # The same checks as `POST /v1/signatures`, so a seeded rule is one the API could save.
        pattern, html = parse_pattern(self.pattern), sanitize_signature(self.html)
        if pattern.value is None:
            raise ValueError(f"signature pattern {self.pattern!r}: {pattern.error}")
        if html.value is None:
            raise ValueError(f"signature for {self.pattern!r}: {html.error}")
        return self


class Failures(_Model):
    ai_reply_fails: bool = False
    # Legacy path only: HubSpot never delivers the conversation to OpenCX.
    legacy_webhook_fails: bool = False


class Timing(_Model):
    """Delays in seconds before each simulated event; all multiplied by the time scale."""

    latency: float = Field(default=0.0, ge=0, le=30)  # added to every API request
    conversation: float = Field(default=1.0, ge=0, le=60)
    session: float = Field(default=1.5, ge=0, le=60)
    ai_reply: float = Field(default=2.0, ge=0, le=60)
    handoff: float = Field(default=1.0, ge=0, le=60)
    handoff_note: float = Field(default=1.0, ge=0, le=60)
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
    timing: Timing = Timing()

    @model_validator(mode="after")
    def _one_signature_per_pattern(self) -> Scenario:
        patterns = [parse_pattern(seed.pattern).value for seed in self.signatures]
        texts = [pattern.text for pattern in patterns if pattern is not None]
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
