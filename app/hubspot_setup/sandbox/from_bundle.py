"""A scenario built from a diagnostics bundle, so support can replay a customer's setup.

The bundle (written by the assistant's "Export diagnostics" or `doctor --bundle`) is untrusted
input from outside: the zip is read into memory (from a regular file only, with a bound, never
waiting on a pipe) and never extracted, only the members named below are opened, each is
capped in size both by its header and while it is read, and every value is validated before
it becomes part of a scenario. Nothing in a bundle is executed.

The sandbox shares only the wire contract with the assistant, so the members are parsed with
the narrow models here rather than the assistant's own state classes.
"""

from __future__ import annotations

import io
import os
import stat
import zipfile
import zlib
from collections.abc import Mapping
from pathlib import Path
from typing import Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from hubspot_setup.sandbox.contract_rules import Channel, CheckId
from hubspot_setup.sandbox.scenario import (
    AccountType,
    Failures,
    HubSpot,
    Integration,
    OpenCX,
    OpenCXOrganization,
    OpenCXUser,
    Portal,
    Scenario,
    ScenarioError,
    ServiceHubTier,
    Signature,
    Teammate,
)

BUNDLE_FORMAT = 1
MAX_BUNDLE_BYTES = 20 * 1024 * 1024
MAX_MEMBER_BYTES = 2 * 1024 * 1024
MAX_MEMBERS = 100
MANIFEST, PROGRESS, INTEGRATION, CHECKLIST = (
    "manifest.json",
    "progress.json",
    "integration.json",
    "checklist.json",
)
REQUIRED_MEMBERS = (MANIFEST, PROGRESS)
OPTIONAL_MEMBERS = (INTEGRATION, CHECKLIST)
_TIERS = {"starter", "professional", "enterprise"}
_OLD_TIERS: dict[str, ServiceHubTier] = {
    "starter": "starter",
    "professional": "professional",
    "enterprise": "enterprise",
    "none": "none",
}
_ACCOUNT_TYPES: dict[str, AccountType] = {
    "standard": "STANDARD",
    "sandbox": "SANDBOX",
    "developer_test": "DEVELOPER_TEST",
    "app_developer": "APP_DEVELOPER",
}
_SHORT = 254  # emails, names, ids: anything longer is not from a real setup


class BundleError(ScenarioError):
    """A file that is not a readable diagnostics bundle; the message says what is wrong."""


# --- the members, as the bundle writes them (unknown fields ignored: newer bundles add some) ---


class _Member(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True, strict=True)


_M = TypeVar("_M", bound=_Member)


class _Manifest(_Member):
    format: int
    app_version: str = Field(default="", max_length=40, pattern=r"^[\w.+-]*$")
    created_at: str = Field(default="", max_length=40, pattern=r"^[\w.:+-]*$")


class _Portal(_Member):
    id: int = Field(ge=1, le=10**15)
    domain: str = Field(default="", max_length=253, pattern=r"^[a-zA-Z0-9.-]*$")
    ui_domain: str = Field(default="app.hubspot.com", max_length=253, pattern=r"^[a-zA-Z0-9.-]+$")
    # Bundles before the portal report carried a tier; newer ones carry what was observed.
    service_hub_tier: str | None = Field(default=None, max_length=40)
    account_type: Literal["standard", "sandbox", "developer_test", "app_developer"] | None = None
    data_hosting_location: str | None = Field(default=None, max_length=10, pattern=r"^[a-z0-9]*$")


class _Connection(_Member):
    method: Literal["oauth", "legacy"]
    portal: _Portal


class _Teammate(_Member):
    owner_id: str = Field(max_length=20, pattern=r"^[0-9]+$")
    user_id: int | None = Field(default=None, ge=1, le=10**15)
    email: str = Field(default="", max_length=_SHORT)
    name: str = Field(default="", max_length=_SHORT)


class _Signature(_Member):
    pattern: str = Field(max_length=_SHORT)
    html: str = Field(max_length=MAX_MEMBER_BYTES)


class _Account(_Member):
    user_email: str = Field(max_length=_SHORT)
    user_name: str = Field(default="", max_length=_SHORT)
    organization_id: str = Field(max_length=_SHORT)
    organization_name: str = Field(max_length=_SHORT)
    role: Literal["owner", "admin", "member"]


class _Prerequisite(_Member):
    status: Literal["unknown", "confirmed", "passed", "failed", "not_verifiable"] = "unknown"


class _Legacy(_Member):
    granted_scopes: tuple[str, ...] = Field(default=(), max_length=100)
    default_user_id: str | None = Field(default=None, max_length=20, pattern=r"^[0-9]+$")
    default_user: _Teammate | None = None


class _PortalFacts(_Member):
    optional_scopes: tuple[str, ...] = Field(default=(), max_length=100)
    granted_scopes: tuple[str, ...] | None = Field(default=None, max_length=200)


class _Checklist(_Member):
    channel: Channel = Channel.EMAIL
    checks: dict[CheckId, Literal["waiting", "passed", "stalled", "skipped"]] = Field(
        default_factory=dict
    )
    skipped: bool = False


class _Answers(_Member):
    prerequisites: dict[str, _Prerequisite] = Field(default_factory=dict, max_length=20)
    account: _Account | None = None
    connection: _Connection | None = None
    sender: _Teammate | None = None
    legacy: _Legacy = _Legacy()
    autopilot: dict[Channel, bool] = Field(default_factory=dict)
    signatures: tuple[_Signature, ...] = Field(default=(), max_length=200)
    test: _Checklist | None = None
    portal_facts: _PortalFacts | None = None


class _Progress(_Member):
    answers: _Answers


class _Integration(_Member):
    """`doctor --bundle`'s view of the backend: the connection as OpenCX reported it."""

    connection: _Connection | None = None
    sender: _Teammate | None = None
    default_user_id: str | None = Field(default=None, max_length=20, pattern=r"^[0-9]+$")
    autopilot: dict[Channel, bool] = Field(default_factory=dict)
    signatures: tuple[_Signature, ...] = Field(default=(), max_length=200)


# --- reading the zip ---------------------------------------------------------------------------


def scenario_from_bundle(path: Path) -> Scenario:
    """The scenario that reproduces the setup recorded in the bundle at `path`."""
    return scenario_from_members(read_bundle(path), source=path.name)


def read_bundle(path: Path) -> dict[str, str]:
    """The bundle's manifest, progress, integration and checklist members as text."""
    data = _read_bundle_file(path)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            if len(infos) > MAX_MEMBERS:
                raise BundleError(f"{path.name} has {len(infos)} files; a bundle has about ten.")
            named = _members_by_name(infos, path.name)
            missing = [name for name in REQUIRED_MEMBERS if name not in named]
            if missing:
                raise BundleError(
                    f"{path.name} is not a diagnostics bundle: it has no {', '.join(missing)}."
                )
            return {
                name: _read_member(archive, named[name], path.name)
                for name in (*REQUIRED_MEMBERS, *OPTIONAL_MEMBERS)
                if name in named
            }
    except BundleError:  # a ValueError itself: said already
        raise
    # NotImplementedError: an unknown zip version; ValueError: offsets before the start.
    except (zipfile.BadZipFile, NotImplementedError, ValueError):
        raise BundleError(f"{path.name} is not a zip file, so it is not a bundle.") from None
    except OSError as error:
        raise BundleError(f"Cannot read the bundle {path}: {error.strerror}.") from None


def _read_bundle_file(path: Path) -> bytes:
    """The whole file, if it is a regular file of at most MAX_BUNDLE_BYTES. A named pipe would
    wait for a writer and a device like /dev/zero never ends: opened without blocking, checked
    on the open descriptor, and never read past the limit."""
    too_big = BundleError(
        f"{path.name} is too large: a diagnostics bundle is at most "
        f"{MAX_BUNDLE_BYTES // (1024 * 1024)} MB."
    )
    not_a_file = BundleError(f"{path} is a folder, a pipe or a device, not a bundle file.")
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            raise not_a_file
        descriptor = os.open(path, flags)
    except OSError as error:
        raise BundleError(f"Cannot read the bundle {path}: {error.strerror}.") from None
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode):
            raise not_a_file
        if info.st_size > MAX_BUNDLE_BYTES:
            raise too_big
        chunks, total = [], 0
        while total <= MAX_BUNDLE_BYTES:
            chunk = os.read(descriptor, min(1024 * 1024, MAX_BUNDLE_BYTES + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    except OSError as error:
        raise BundleError(f"Cannot read the bundle {path}: {error.strerror}.") from None
    finally:
        os.close(descriptor)
    if total > MAX_BUNDLE_BYTES:
        raise too_big
    return b"".join(chunks)


def _members_by_name(infos: list[zipfile.ZipInfo], source: str) -> dict[str, zipfile.ZipInfo]:
    wanted = {*REQUIRED_MEMBERS, *OPTIONAL_MEMBERS}
    named: dict[str, zipfile.ZipInfo] = {}
    for info in infos:
        if info.filename not in wanted:
            continue  # other members (the log, versions, ...) are never opened
        if info.filename in named:
            raise BundleError(f"{source} lists {info.filename} twice, so it was tampered with.")
        named[info.filename] = info
    return named


# What a damaged member raises; ValueError: an offset before the start of the bundle in memory.
_DAMAGED = (zipfile.BadZipFile, zlib.error, EOFError, RuntimeError, NotImplementedError, ValueError)


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, source: str) -> str:
    name = info.filename
    if info.flag_bits & 0x1:
        raise BundleError(f"{name} in {source} is encrypted; bundles are never encrypted.")
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise BundleError(f"{name} in {source} uses a compression bundles never use.")
    too_big = BundleError(
        f"{name} in {source} is larger than {MAX_MEMBER_BYTES // (1024 * 1024)} MB, "
        "far more than a bundle holds."
    )
    if info.file_size > MAX_MEMBER_BYTES:
        raise too_big
    try:
        # Read at most one byte past the cap: a header that lies about the size gains nothing.
        with archive.open(info) as member:
            data = member.read(MAX_MEMBER_BYTES + 1)
    except _DAMAGED:
        raise BundleError(f"{name} in {source} is damaged and cannot be read.") from None
    if len(data) > MAX_MEMBER_BYTES:
        raise too_big
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise BundleError(f"{name} in {source} is not UTF-8 text.") from None


# --- from members to a scenario ----------------------------------------------------------------


def scenario_from_members(members: Mapping[str, str], *, source: str) -> Scenario:
    """The scenario for a bundle's members as text (`read_bundle`); `source` names the bundle
    in messages."""
    manifest = _parse(_Manifest, members, MANIFEST, source)
    if manifest.format != BUNDLE_FORMAT:
        raise BundleError(
            f"{source} is a bundle of format {manifest.format}; this version reads format "
            f"{BUNDLE_FORMAT}. Use the same version of the assistant as the customer."
        )
    answers = _parse(_Progress, members, PROGRESS, source).answers
    backend = _parse(_Integration, members, INTEGRATION, source) if INTEGRATION in members else None
    checklist = (
        _parse(_Checklist, members, CHECKLIST, source) if CHECKLIST in members else answers.test
    )
    # What the backend reported (integration.json) wins over saved progress where both exist.
    connection = backend.connection if backend else answers.connection
    sender = backend.sender if backend else answers.sender
    default_user_id = (
        backend.default_user_id if backend else None
    ) or answers.legacy.default_user_id
    autopilot = dict.fromkeys(Channel, True)
    autopilot.update(backend.autopilot if backend else answers.autopilot)
    signatures = backend.signatures if backend else answers.signatures
    method = connection.method if connection else None

    try:
        return Scenario(
            name=f"bundle-{connection.portal.id}" if connection else "bundle",
            description=_description(source, manifest, connection),
            opencx=_opencx(answers.account),
            hubspot=_hubspot(answers, connection, (sender, answers.legacy.default_user), source),
            integration=Integration(
                method=method,
                sender_owner_id=sender.owner_id if sender and method else None,
                default_user_id=default_user_id if method == "legacy" else None,
            ),
            autopilot=autopilot,
            signatures=tuple(Signature(pattern=s.pattern, html=s.html) for s in signatures),
            failures=_failures(checklist, method, autopilot),
        )
    except ValidationError as error:
        raise BundleError(
            f"{source} does not describe a setup the sandbox can run: {_first_errors(error)}"
        ) from None


def _parse(model: type[_M], members: Mapping[str, str], name: str, source: str) -> _M:
    try:
        return model.model_validate_json(members[name])
    except ValidationError as error:
        raise BundleError(f"{name} in {source} is not valid: {_first_errors(error)}") from None


def _first_errors(error: ValidationError, limit: int = 3) -> str:
    parts = []
    for item in error.errors(include_url=False, include_input=False)[:limit]:
        where = ".".join(str(part) for part in item["loc"])
        message = item["msg"].removeprefix("Value error, ").rstrip(".")
        parts.append(f"{where}: {message}" if where else message)
    more = error.error_count() - limit
    return "; ".join(parts) + (f" (and {more} more)" if more > 0 else "") + "."


def _description(source: str, manifest: _Manifest, connection: _Connection | None) -> str:
    made = f" made {manifest.created_at}" if manifest.created_at else ""
    version = f" by version {manifest.app_version}" if manifest.app_version else ""
    if connection is None:
        state = "not connected"
    else:
        via = "OAuth" if connection.method == "oauth" else "the legacy private app"
        state = f"portal {connection.portal.id} connected via {via}"
    return f"Reproduces diagnostics bundle {source}{made}{version}: {state}."


def _opencx(account: _Account | None) -> OpenCX:
    if account is None:
        return OpenCX()
    return OpenCX(
        user=OpenCXUser(email=account.user_email, name=account.user_name or account.user_email),
        organization=OpenCXOrganization(id=account.organization_id, name=account.organization_name),
        role=account.role,
    )


def _hubspot(
    answers: _Answers,
    connection: _Connection | None,
    people: tuple[_Teammate | None, ...],
    source: str,
) -> HubSpot:
    portal = Portal()
    admin = answers.prerequisites.get("hubspot_admin", _Prerequisite()).status != "failed"
    if connection is not None:
        seen = connection.portal
        tier = seen.service_hub_tier
        if tier is not None and tier not in _TIERS:
            raise BundleError(f"{source} names an unknown Service Hub tier {tier!r}.")
        portal = Portal(
            id=seen.id,
            domain=seen.domain or portal.domain,
            ui_domain=seen.ui_domain,
            data_hosting_location=seen.data_hosting_location or _region(seen.ui_domain),
            account_type=_ACCOUNT_TYPES[seen.account_type or "standard"],
            service_hub_tier=_tier(seen, answers.portal_facts),
            user_is_admin=admin,
        )
    else:
        portal = Portal(user_is_admin=admin)
    teammates: dict[str, Teammate] = {}
    for person in people:
        if person is not None and person.owner_id not in teammates:
            teammates[person.owner_id] = _teammate(person)
    scopes = answers.legacy.granted_scopes
    return HubSpot(
        portals=(portal,),
        teammates=tuple(teammates.values()),
        legacy_token_scopes=scopes or HubSpot().legacy_token_scopes,
    )


def _region(ui_domain: str) -> str:
    """An older bundle has no region: HubSpot's app address names it (app-eu1.hubspot.com)."""
    host = ui_domain.split(".", 1)[0]
    return host.removeprefix("app-") if host.startswith("app-") else "na1"


def _tier(seen: _Portal, facts: _PortalFacts | None) -> ServiceHubTier:
    """The sandbox's hidden tier for the replay. An older bundle names it (no tier reported
    meant no Service Hub); a newer one only tells what HubSpot granted: the optional
    `automation` scope left out is what a Starter portal looks like."""
    if "service_hub_tier" in seen.model_fields_set:
        return _OLD_TIERS.get(seen.service_hub_tier or "none", "none")
    if facts is not None and facts.granted_scopes is not None:
        left_out = set(facts.optional_scopes) - set(facts.granted_scopes)
        if "automation" in left_out:
            return "starter"
    return "professional"


def _teammate(person: _Teammate) -> Teammate:
    first, _, last = person.name.strip().partition(" ")
    return Teammate(
        owner_id=person.owner_id,
        # A teammate without a HubSpot user id gets one far from the generated ones.
        user_id=person.user_id or 900_000_000 + int(person.owner_id) % 100_000_000,
        email=person.email or f"owner{person.owner_id}@bundle.test",
        first_name=first,
        last_name=last,
    )


def _failures(
    checklist: _Checklist | None, method: str | None, autopilot: Mapping[Channel, bool]
) -> Failures:
    """The failure knobs that make the sandbox's checklist stall where the customer's did."""
    if checklist is None or checklist.skipped:
        return Failures()
    stalled = {check for check, state in checklist.checks.items() if state == "stalled"}
    return Failures(
        legacy_webhook_fails=method == "legacy" and CheckId.OPENCX_SESSION in stalled,
        # With Autopilot off the reply stalls anyway; only a stall with it on is a failure.
        ai_reply_fails=CheckId.AI_REPLY_POSTED in stalled and autopilot[checklist.channel],
    )
