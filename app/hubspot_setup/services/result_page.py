"""The page the browser shows after a sign-in or connect: complete HTTP responses as bytes.

The page is self-contained (inline style, no scripts, images, fonts or links), is never cached
or sent on as a referrer, and only ever shows text the assistant chose, HTML-escaped. It never
contains the code, state or result reference the browser brought.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from enum import Enum
from functools import cache
from http import HTTPStatus
from string import Template

from hubspot_setup.paths import resources_dir

APP_NAME = "OpenCX HubSpot Setup"

SECURITY_HEADERS = (
    ("Cache-Control", "no-store"),
    ("Pragma", "no-cache"),
    ("Referrer-Policy", "no-referrer"),
    (
        "Content-Security-Policy",
        "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; "
        "form-action 'none'; frame-ancestors 'none'",
    ),
    ("X-Content-Type-Options", "nosniff"),
    ("X-Frame-Options", "DENY"),
    ("Cross-Origin-Resource-Policy", "same-origin"),
    ("Connection", "close"),
)


@dataclass(frozen=True)
class ResultPage:
    """What the browser tab says; the caller's words, shown as plain text."""

    title: str
    message: str
    fix: str = ""


class Tone(Enum):
    SUCCESS = "#1f9d55"
    PROBLEM = "#d64545"
    NEUTRAL = "#5a67d8"


@cache
def load_template() -> Template:
    """The page template, read once (the listener loads it before any browser arrives)."""
    text = (resources_dir() / "result-page.html").read_text(encoding="utf-8")
    return Template(text)


def render_html(page: ResultPage, tone: Tone) -> str:
    fix = f'<p class="fix">{html.escape(page.fix)}</p>' if page.fix else ""
    return load_template().substitute(
        title=html.escape(page.title),
        message=html.escape(page.message),
        fix=fix,
        app=html.escape(APP_NAME),
        accent=tone.value,
    )


def http_response(
    status: int,
    page: ResultPage,
    tone: Tone,
    *,
    head_only: bool = False,
    extra_headers: tuple[tuple[str, str], ...] = (),
) -> bytes:
    """A complete HTTP/1.1 response carrying `page`, ready to write to the socket."""
    body = render_html(page, tone).encode("utf-8")
    lines = [
        f"HTTP/1.1 {status} {HTTPStatus(status).phrase}",
        "Content-Type: text/html; charset=utf-8",
        f"Content-Length: {len(body)}",
        *(f"{name}: {value}" for name, value in SECURITY_HEADERS + extra_headers),
    ]
    head = ("\r\n".join(lines) + "\r\n\r\n").encode("ascii")
    return head if head_only else head + body
