"""Logging to a rotating file in the per-user log folder, with secrets taken out.

The redaction filter sits on the handlers, not on loggers, so it cleans every record that
reaches the file whichever library wrote it (httpx logs full URLs, for example). It
rewrites the formatted message (arguments included), the exception text and the stack:
bearer tokens, HubSpot private app tokens (`pat-...`), OpenCX API keys (`ocx_key_...`),
OAuth codes, states, results, verifiers and tokens in URLs, JSON and form bodies, and
Authorization / Cookie / Set-Cookie headers.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
from pathlib import Path

import platformdirs

from hubspot_setup import DISTRIBUTION

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
    (re.compile(r"\bocx_key_[A-Za-z0-9_\-]+"), REDACTED),
)


def redact_text(text: str) -> str:
    """The text with every secret shape replaced by [redacted]."""
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


def setup_logging(
    directory: Path | None = None,
    *,
    level: int = logging.INFO,
    logger: logging.Logger | None = None,
) -> logging.Handler:
    """Attach a rotating, redacting file handler to `logger` (the root logger by default).

    Returns the handler so a caller (or a test) can remove and close it again.
    """
    folder = directory or log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        folder / LOG_FILE, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
    )
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
