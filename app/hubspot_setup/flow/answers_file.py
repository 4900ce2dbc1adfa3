"""The answers file for unattended setup (`opencx-hubspot-setup apply ANSWERS.toml`).

Like an installer's preseed file, it says what every step of the wizard should answer. It
never holds a secret: the OpenCX API key and the HubSpot private app token are named by
where to find them (an environment variable, a keyring entry, or standard input). This
module is the pure model and parser; reading the file and the secrets is the CLI's job.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, Any, Literal

import tomli_w
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from hubspot_setup.flow.answers import AuthKind, CheckStatus, Prerequisite
from hubspot_setup.flow.domains import DomainPattern, parse_pattern
from hubspot_setup.flow.guide import TESTABLE_CHANNELS, UNTESTABLE_CHANNEL_REASON, Channel
from hubspot_setup.flow.signature_html import sanitize_signature
from hubspot_setup.flow.state import WizardState
from hubspot_setup.flow.steps import Method
from hubspot_setup.flow.tokens import looks_like_secret
from hubspot_setup.flow.user_ids import normalize_user_id
from hubspot_setup.flow.words import translate

ANSWERS_FILE_VERSION: Literal[1] = 1
# The environment variables an exported answers file names (names, not secrets).
OPENCX_API_KEY_ENV = "OPENCX_API_KEY"
PRIVATE_APP_TOKEN_ENV = "HUBSPOT_PRIVATE_APP_TOKEN"  # noqa: S105
_ENV_NAME = r"^[A-Za-z_][A-Za-z0-9_]*$"
_MAX_PATTERN = 300
_MAX_FILE_NAME = 1000


class AnswersFileError(ValueError):
    """The answers file cannot be used; `problems` lists each reason in plain words."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SecretFrom(_Section):
    """Where a secret comes from. Exactly one of the three."""

    env: Annotated[str, Field(pattern=_ENV_NAME, max_length=128)] | None = None
    keyring: Annotated[str, Field(min_length=1, max_length=200)] | None = None
    stdin: bool = False

    @model_validator(mode="after")
    def _exactly_one(self) -> SecretFrom:
        chosen = [self.env is not None, self.keyring is not None, self.stdin]
        if sum(chosen) != 1:
            raise ValueError(
                translate(
                    "flow.answers_file",
                    'name exactly one place for the secret: env = "VARIABLE", keyring = "entry '
                    'name", or stdin = true',
                )
            )
        return self

    def describe(self) -> str:
        """Where the secret is, as a sentence names it ("... is empty")."""
        if self.env is not None:
            return translate("flow.answers_file", "the environment variable %1").arg(self.env)
        if self.keyring is not None:
            return translate("flow.answers_file", 'the keyring entry "%1"').arg(self.keyring)
        return translate("flow.answers_file", "standard input")


class OpenCXSection(_Section):
    sign_in: Literal["browser", "api_key"] = "browser"
    api_key: SecretFrom | None = None

    @model_validator(mode="after")
    def _key_when_needed(self) -> OpenCXSection:
        if self.sign_in == "api_key" and self.api_key is None:
            raise ValueError(
                translate(
                    "flow.answers_file",
                    'sign_in = "api_key" needs api_key = { env = "OPENCX_API_KEY" } (or a keyring '
                    "entry, or stdin = true)",
                )
            )
        return self


class PrerequisitesSection(_Section):
    """The two prerequisites only a person can confirm (the OpenCX role is checked)."""

    service_hub: bool = False
    hubspot_admin: bool = False


class OAuthSection(_Section):
    # When set, apply stops if the portal approved in the browser is a different one.
    portal_id: Annotated[int, Field(gt=0)] | None = None


class LegacySection(_Section):
    private_app_token: SecretFrom
    # A teammate's email, a HubSpot user id, "A-123" or a pasted profile address.
    default_user: Annotated[str, Field(min_length=1, max_length=500)]


class SenderSection(_Section):
    """The teammate the AI posts as (OAuth path): by email or by HubSpot owner id."""

    email: Annotated[str, Field(min_length=3, max_length=320)] | None = None
    owner_id: Annotated[str, Field(pattern=r"^[0-9]{1,20}$")] | None = None

    @model_validator(mode="after")
    def _one_way(self) -> SenderSection:
        if (self.email is None) == (self.owner_id is None):
            raise ValueError(
                translate("flow.answers_file", "give the sender's email or owner_id (one of them)")
            )
        return self


class AutopilotSection(_Section):
    turn_on: tuple[Channel, ...] = ()
    turn_off: tuple[Channel, ...] = ()

    @model_validator(mode="after")
    def _not_both(self) -> AutopilotSection:
        both = sorted(set(self.turn_on) & set(self.turn_off))
        if both:
            raise ValueError(
                translate(
                    "flow.answers_file", "a channel cannot be turned both on and off: %1"
                ).arg(", ".join(both))
            )
        return self


class SignatureEntry(_Section):
    pattern: Annotated[str, Field(min_length=1, max_length=_MAX_PATTERN)]
    html: str | None = None
    html_file: Annotated[str, Field(min_length=1, max_length=_MAX_FILE_NAME)] | None = None

    @model_validator(mode="after")
    def _one_source(self) -> SignatureEntry:
        if (self.html is None) == (self.html_file is None):
            raise ValueError(translate("flow.answers_file", "give html or html_file (one of them)"))
        return self


class TestSection(_Section):
    run: bool = True
    channel: Channel = Channel.EMAIL
    # Sandbox only: the sandbox's simulated customer sends the test message.
    simulated_customer: bool = False
    request_handoff: bool = True
    timeout_seconds: Annotated[float, Field(gt=0, le=3600)] = 300.0


class AnswersFile(_Section):
    version: Literal[1] = ANSWERS_FILE_VERSION
    method: Method = Method.OAUTH
    opencx: OpenCXSection = OpenCXSection()
    prerequisites: PrerequisitesSection = PrerequisitesSection()
    oauth: OAuthSection = OAuthSection()
    legacy: LegacySection | None = None
    sender: SenderSection | None = None
    autopilot: AutopilotSection = AutopilotSection()
    signatures: tuple[SignatureEntry, ...] = ()
    test: TestSection = TestSection()

    @model_validator(mode="before")
    @classmethod
    def _no_secrets(cls, data: Any) -> Any:
        if _holds_secret(data):
            raise ValueError(
                translate(
                    "flow.answers_file",
                    "the file contains a secret (a private app token, an OpenCX API key or a "
                    "sign-in token). Secrets never go in the answers file: name where to find "
                    'them instead, for example { env = "HUBSPOT_PRIVATE_APP_TOKEN" }',
                )
            )
        return data

    @model_validator(mode="after")
    def _fits_the_method(self) -> AnswersFile:
        if self.method is Method.LEGACY:
            if self.legacy is None:
                raise ValueError(
                    translate(
                        "flow.answers_file",
                        'method = "legacy" needs a [legacy] section with private_app_token and '
                        "default_user",
                    )
                )
            if self.sender is not None or self.signatures:
                raise ValueError(
                    translate(
                        "flow.answers_file",
                        "[sender] and [[signatures]] exist only for the OAuth method; the "
                        "legacy path uses [legacy] default_user",
                    )
                )
        elif self.legacy is not None:
            raise ValueError(
                translate("flow.answers_file", '[legacy] is only for method = "legacy"')
            )
        if self.secrets_from_stdin() > 1:
            raise ValueError(
                translate("flow.answers_file", "only one secret can come from standard input")
            )
        return self

    def secrets_from_stdin(self) -> int:
        sources = [self.opencx.api_key, self.legacy.private_app_token if self.legacy else None]
        return sum(1 for source in sources if source is not None and source.stdin)


def parse_answers(text: str) -> AnswersFile:
    """Parse TOML text into the model, or raise AnswersFileError with plain reasons."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise AnswersFileError([_not_toml(error)]) from None
    try:
        return AnswersFile.model_validate(data)
    except ValidationError as error:
        raise AnswersFileError(_plain_reasons(error)) from None


class NamedFileRefused(Exception):
    """Raised by the reader given to `check_answers`: the named file was not read.
    `sentence` says why, starting with the name as the answers file wrote it."""

    def __init__(self, sentence: str) -> None:
        super().__init__(sentence)
        self.sentence = sentence


# Reads a file named by the answers file (the name as written) as text; the CLI supplies it
# (the files are its I/O) and raises NamedFileRefused for anything it will not read.
ReadNamedFile = Callable[[str], str]


@dataclass(frozen=True)
class SignatureInput:
    """One signature rule as the answers file gives it, its HTML read from its file."""

    pattern: str
    html: str


@dataclass(frozen=True)
class CheckedAnswers:
    answers: AnswersFile
    signatures: tuple[SignatureInput, ...]


def check_answers(text: str, read_file: ReadNamedFile) -> CheckedAnswers:
    """The whole answers file checked before anything is written: every section, every
    signature rule (pattern, HTML, no two rules for the same domain), every file it names and
    what the run itself would refuse later. Raises AnswersFileError listing every problem."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise AnswersFileError([_not_toml(error)]) from None
    reasons: list[str] = []
    answers: AnswersFile | None = None
    try:
        answers = AnswersFile.model_validate(data)
    except ValidationError as error:
        reasons = _plain_reasons(error)
        if _holds_secret(data):  # say nothing more: a later reason could quote the secret
            raise AnswersFileError(reasons) from None
    raw_rules = data.get("signatures")
    html_by_rule, rule_reasons = _check_signatures(
        raw_rules if isinstance(raw_rules, list) else [], read_file
    )
    reasons += rule_reasons
    if answers is not None:
        reasons += _refused_later(answers)
    if reasons or answers is None:
        raise AnswersFileError(reasons)
    signatures = tuple(
        SignatureInput(entry.pattern, html_by_rule[index])
        for index, entry in enumerate(answers.signatures)
    )
    return CheckedAnswers(answers, signatures)


def _check_signatures(
    rules: list[Any], read_file: ReadNamedFile
) -> tuple[dict[int, str], list[str]]:
    """Each rule's HTML (inline or read from its file) and the reasons any rule is refused.
    Works on the raw TOML, so rules are checked even when another section is wrong; shapes
    the model refuses are left to its own reasons."""
    reasons: list[str] = []
    html_by_rule: dict[int, str] = {}
    first_with: dict[DomainPattern, tuple[int, str]] = {}
    files: dict[str, str | NamedFileRefused] = {}  # each named file is read once
    for index, rule in enumerate(rules):
        if not isinstance(rule, dict):
            continue
        where = f"signatures.{index}"
        raw = rule.get("pattern")
        if isinstance(raw, str) and 0 < len(raw) <= _MAX_PATTERN:
            parsed = parse_pattern(raw)
            if parsed.value is None:
                reasons.append(f"{where}.pattern: {parsed.error}")
            elif parsed.value in first_with:
                earlier, earlier_raw = first_with[parsed.value]
                same = translate(
                    "flow.answers_file",
                    '"%1" is the same domain as %2 ("%3"); keep one rule per domain',
                ).arg(raw, f"signatures.{earlier}", earlier_raw)
                reasons.append(f"{where}.pattern: {same}")
            else:
                first_with[parsed.value] = (index, raw)
        html, name = rule.get("html"), rule.get("html_file")
        if isinstance(html, str) and name is None:
            source = f"{where}.html"
        elif isinstance(name, str) and html is None and 0 < len(name) <= _MAX_FILE_NAME:
            source = f"{where}.html_file: {name}"
            if name not in files:
                try:
                    files[name] = read_file(name)
                except NamedFileRefused as refused:
                    files[name] = refused
            read = files[name]
            if isinstance(read, NamedFileRefused):
                reasons.append(f"{where}.html_file: {read.sentence}")
                continue
            html = read
        else:
            continue  # both, neither or not text: the model says so
        sanitized = sanitize_signature(html)
        if sanitized.value is None:
            reasons.append(f"{source}: {sanitized.error}")
        else:
            html_by_rule[index] = html
    return html_by_rule, reasons


def _refused_later(answers: AnswersFile) -> list[str]:
    """What a run would refuse only on reaching the step, after earlier steps had written."""
    reasons = []
    if answers.test.run and answers.test.channel not in TESTABLE_CHANNELS:
        reasons.append(f"test.channel: {UNTESTABLE_CHANNEL_REASON.text()}")
    legacy = answers.legacy
    # An email is looked up among the portal's teammates; anything else must be a user id.
    if legacy is not None and not ("@" in legacy.default_user and "://" not in legacy.default_user):
        user = normalize_user_id(legacy.default_user)
        if user.value is None:
            reasons.append(f"legacy.default_user: {user.error}")
    return reasons


def dump_answers(answers: AnswersFile) -> str:
    """The answers as TOML text (defaults left out, so the file stays short)."""
    data = answers.model_dump(mode="json", exclude_defaults=True, exclude_none=True)
    # The version and the method are always written: they are what a reader looks for.
    data = {"version": ANSWERS_FILE_VERSION, "method": answers.method.value, **data}
    return tomli_w.dumps(data)


def answers_for(
    state: WizardState,
    *,
    default_user_id: str | None = None,
    api_key_env: str = OPENCX_API_KEY_ENV,
    token_env: str = PRIVATE_APP_TOKEN_ENV,
) -> AnswersFile:
    """The answers that repeat the setup recorded in `state` (read from the backend).

    Secrets are referenced by environment variable; the test checklist is left off, since
    it needs someone to send a message.
    """
    answers = state.answers
    connection = answers.connection
    method = connection.method if connection else answers.method
    account = answers.account
    by_key = account is not None and account.auth_kind is AuthKind.API_KEY
    opencx = (
        OpenCXSection(sign_in="api_key", api_key=SecretFrom(env=api_key_env))
        if by_key
        else OpenCXSection()
    )
    done = {CheckStatus.CONFIRMED, CheckStatus.PASSED}
    prerequisites = PrerequisitesSection(
        service_hub=answers.prerequisites[Prerequisite.SERVICE_HUB].status in done,
        hubspot_admin=answers.prerequisites[Prerequisite.HUBSPOT_ADMIN].status in done,
    )
    legacy = None
    if method is Method.LEGACY:
        user = answers.legacy.default_user_id or default_user_id
        legacy = LegacySection(
            private_app_token=SecretFrom(env=token_env), default_user=user or "unknown"
        )
    oauth_only = method is Method.OAUTH
    sender = answers.sender if oauth_only else None
    return AnswersFile(
        method=method,
        opencx=opencx,
        prerequisites=prerequisites,
        oauth=OAuthSection(portal_id=connection.portal.id if connection and oauth_only else None),
        legacy=legacy,
        sender=SenderSection(owner_id=sender.owner_id) if sender else None,
        autopilot=AutopilotSection(
            turn_on=tuple(c for c, on in answers.autopilot.items() if on),
            turn_off=tuple(c for c, on in answers.autopilot.items() if not on),
        ),
        signatures=tuple(
            SignatureEntry(pattern=rule.pattern, html=rule.html) for rule in answers.signatures
        )
        if oauth_only
        else (),
        test=TestSection(run=False, channel=answers.test_channel),
    )


def _holds_secret(value: object) -> bool:
    if isinstance(value, str):
        text = value.strip()
        return looks_like_secret(text)
    if isinstance(value, dict):
        return any(_holds_secret(k) or _holds_secret(v) for k, v in value.items())
    if isinstance(value, list | tuple):
        return any(_holds_secret(item) for item in value)
    return False


def _not_toml(error: tomllib.TOMLDecodeError) -> str:
    # The parser's own words (line and column) stay as Python wrote them.
    return translate("flow.answers_file", "This is not valid TOML: %1.").arg(str(error))


def _plain_reasons(error: ValidationError) -> list[str]:
    reasons = []
    for item in error.errors():
        where = ".".join(str(part) for part in item["loc"])
        message = str(item["msg"]).removeprefix("Value error, ")
        if item["type"] == "extra_forbidden":
            message = translate("flow.answers_file", "is not a known setting (check the spelling)")
        reasons.append(f"{where}: {message}" if where else message)
    return reasons
