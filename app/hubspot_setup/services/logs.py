"""Logging to a rotating file in the per-user log folder, with secrets taken out.

The redaction filter sits on the handlers, not on loggers, so it cleans every record that
reaches the file whichever library wrote it (httpx logs full URLs, for example). It
rewrites the formatted message (arguments included), the exception text and the stack.

Secrets are recognised two ways:
- by value: every secret the assistant receives (API key, session and refresh tokens, the
  private app token, OAuth codes, states, results and the PKCE verifier, the signed legacy
  webhook URL) is handed to `remember_secret` the moment it arrives, whatever it looks like,
  and is then removed raw, URL-encoded, JSON-escaped and base64-encoded;
- by shape, for what was never registered: bearer tokens, HubSpot private app tokens
  (`pat-...`), OpenCX keys and tokens (`ocx_live_...`, `ocx_key_...`), JWTs, OAuth codes,
  states, results, verifiers and tokens in URLs, JSON and form bodies, and Authorization /
  Cookie / Set-Cookie headers.

The log file is the owner's only (0600, in a 0700 folder) and is opened without following a
symbolic link (`file_writes.open_private_append`). A log folder that cannot be written is a
`LocalFileError` with one sentence naming it.
"""

from __future__ import annotations

import base64
import json
import logging
import logging.handlers
import os
import re
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from urllib.parse import quote, quote_plus

import platformdirs

from hubspot_setup import DISTRIBUTION
from hubspot_setup.services.file_writes import folder_error, open_private_append, private_folder

LOG_FILE = "hubspot-setup.log"
MAX_BYTES = 1_000_000
BACKUPS = 3
REDACTED = "[redacted]"

_SECRET_KEYS = (
    "code|state|result|access_token|refresh_token|id_token|code_verifier|token|tokenKey"  # noqa: S105
    "|private_app_token|api_key|client_secret|password|secret"
)
_HEADER_KEYS = "authorization|proxy-authorization|cookie|set-cookie|x-api-key"

# Order matters: whole headers first, then structured key/values, then bare token shapes.
_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    # "Authorization: Bearer abc", "Set-Cookie: a=b; Path=/" (to the end of the line)
    (re.compile(rf"(?im)\b({_HEADER_KEYS})(\s*:\s*)[^\r\n]*"), rf"\1\2{REDACTED}"),
    # JSON or Python-repr pairs: "access_token": "..." / 'authorization': '...'
    (
        re.compile(
            rf"(?i)([\"'])({_SECRET_KEYS}|{_HEADER_KEYS})\1(\s*:\s*)([\"'])"
            r"(?:\\.|(?!\4).)*\4"
        ),
        rf"\1\2\1\3\4{REDACTED}\4",
    ),
    # query strings and form bodies: code=...&state=...
    (re.compile(rf"(?i)(?<![A-Za-z0-9_])({_SECRET_KEYS})=[^&\s\"'<>#]*"), rf"\1={REDACTED}"),
    # token shapes wherever they appear
    (re.compile(r"(?i)\b(bearer|basic)\s+[A-Za-z0-9._~+/=\-]+"), rf"\1 {REDACTED}"),
    (re.compile(r"(?i)\bpat-[a-z0-9]+(?:-[a-z0-9]+)+"), REDACTED),
    # OpenCX keys and tokens: ocx_live_..., ocx_key_... (any ocx_<word>_ prefix)
    (re.compile(r"(?<![A-Za-z0-9_])ocx_[a-z]+_[A-Za-z0-9._~\-]+"), REDACTED),
    # JWTs (OpenCX's bearer may be one): base64url header "{"..." . payload . signature
    (
        re.compile(
            r"(?<![A-Za-z0-9_\-])eyJ[A-Za-z0-9_\-]{2,}\.[A-Za-z0-9_\-]{2,}\.[A-Za-z0-9_\-]*"
        ),
        REDACTED,
    ),
)

# Shorter values are not secrets anyone issues, and would blank out ordinary words.
MIN_SECRET_LENGTH = 8
# A long session registers a few secrets an hour; the oldest are dropped past this.
_MAX_REMEMBERED = 1000
_URLSAFE = str.maketrans("+/", "-_")


def secret_forms(secret: str) -> tuple[str, ...]:
    """The ways `secret` can be written into text: raw, URL-encoded, JSON-escaped, and the
    base64 (standard and URL-safe) of it wherever it sits inside a longer encoded value.
    Longest first, so a form that contains another is replaced whole."""
    if len(secret) < MIN_SECRET_LENGTH:
        return ()
    forms = {
        secret,
        quote(secret, safe=""),
        quote(secret),
        quote_plus(secret),
        json.dumps(secret)[1:-1],
        json.dumps(secret, ensure_ascii=False)[1:-1],
        secret.replace("/", "\\/"),
    }
    forms.update(_base64_cores(secret.encode("utf-8")))
    return tuple(sorted((f for f in forms if len(f) >= MIN_SECRET_LENGTH), key=len, reverse=True))


def _base64_cores(data: bytes) -> set[str]:
    """The base64 characters that encode `data` whatever came before and after it.

    Base64 packs 3 bytes into 4 characters, so the encoding of a secret inside a longer
    value (`user:secret` in Basic auth, a JSON blob) depends on its offset mod 3: one core
    per offset, without the edge characters that also carry the neighbours' bits."""
    cores: set[str] = set()
    for shift in range(3):
        encoded = base64.b64encode(b"\0" * shift + data).decode("ascii").rstrip("=")
        first = (shift * 8 + 5) // 6  # characters holding bits of the bytes before
        last = (shift + len(data)) * 8 // 6  # characters made only of the secret's bits
        core = encoded[first:last]
        cores.update((core, core.translate(_URLSAFE)))
    return cores


class _KnownSecrets:
    """The secret values this process has seen, in every form they may be written in."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._secrets: dict[str, tuple[str, ...]] = {}
        self._forms: tuple[str, ...] = ()  # replaced whole, so readers need no lock

    def add(self, values: Iterable[str | None]) -> None:
        with self._lock:
            changed = False
            for value in values:
                if not value or value in self._secrets:
                    continue
                forms = secret_forms(value)
                if forms:
                    self._secrets[value] = forms
                    changed = True
            if not changed:
                return
            while len(self._secrets) > _MAX_REMEMBERED:
                del self._secrets[next(iter(self._secrets))]
            every = {form for forms in self._secrets.values() for form in forms}
            self._forms = tuple(sorted(every, key=len, reverse=True))

    def scrub(self, text: str) -> str:
        for form in self._forms:
            if form in text:
                text = text.replace(form, REDACTED)
        return text


_KNOWN = _KnownSecrets()


def remember_secret(*values: str | None) -> None:
    """Treat each value as a secret from now on, whatever it looks like: every log line,
    diagnostics bundle and exception text redacted here loses it. Call it the moment a
    secret arrives (typed, read from the environment or the keychain, or answered by a
    server), before anything could log it. Empty and very short values are ignored."""
    _KNOWN.add(values)


def redact_text(text: str) -> str:
    """The text with every remembered secret and every secret shape replaced by [redacted]."""
    text = _KNOWN.scrub(text)
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


class RedactingFilter(logging.Filter):
    """Rewrites each record in place so no handler after it sees a secret."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except (TypeError, ValueError):  # a bad format string: keep what we can
            message = f"{record.msg!s} {record.args!r}"
        record.msg = redact_text(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact_text(record.exc_text)
        if record.stack_info:
            record.stack_info = redact_text(record.stack_info)
        return True


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(DISTRIBUTION, appauthor=False))


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log that is owner-only and never written through a symbolic link.

    Rotation renames files (a link is moved, not followed); every (re)open goes through
    `open_private_append`."""

    def _open(self) -> Any:
        fd = open_private_append(Path(self.baseFilename))
        return os.fdopen(fd, "a", encoding=self.encoding, errors=self.errors)


def setup_logging(
    directory: Path | None = None,
    *,
    level: int = logging.INFO,
    logger: logging.Logger | None = None,
) -> logging.Handler:
    """Attach a rotating, redacting file handler to `logger` (the root logger by default).

    Returns the handler so a caller (or a test) can remove and close it again.
    """
    folder = private_folder(directory or log_dir())
    try:
        handler = PrivateRotatingFileHandler(
            folder / LOG_FILE, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
        )
    except OSError as error:
        raise folder_error(folder, error) from error
    handler.setLevel(level)
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s", "%Y-%m-%dT%H:%M:%S")
    )
    handler.addFilter(RedactingFilter())
    target = logger or logging.getLogger()
    target.addHandler(handler)
    if target.level == logging.NOTSET or target.level > level:
        target.setLevel(level)
    return handler


def close_logging(handler: logging.Handler, logger: logging.Logger | None = None) -> None:
    (logger or logging.getLogger()).removeHandler(handler)
    handler.close()
