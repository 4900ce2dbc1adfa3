"""The page the browser shows after a sign-in or connect: complete HTTP responses as bytes.

The page is self-contained (inline style, no scripts, images, fonts or links), is never cached
or sent on as a referrer, and only ever shows text the assistant chose, HTML-escaped. It never
contains the code, state or result reference the browser brought.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from enum import Enum
from functools import cache
from http import HTTPStatus
from string import Template

from hubspot_setup.flow.words import translate
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
# What a translator may put in `lang` (a BCP 47 tag such as "de" or "pt-BR"); anything else
# falls back to English rather than reaching the page.
_LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")


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


def page_language() -> str:
    """The page's `lang`, from the catalogue in use, so the browser picks fonts and hyphenation
    for the words the admin reads (Qt's own catalogues name their layout direction the same
    way)."""
    tag = translate(
        "services.result_page",
        "en",
        "The language code of the browser page (de, fr, es, nl, pt-BR): not a sentence",
    )
    return tag if _LANGUAGE_TAG.fullmatch(tag) else "en"


def render_html(page: ResultPage, tone: Tone) -> str:
    fix = f'<p class="fix">{html.escape(page.fix)}</p>' if page.fix else ""
    closing = translate("services.result_page", "You can close this tab and return to %1.")
    return load_template().substitute(
        lang=page_language(),
        title=html.escape(page.title),
        message=html.escape(page.message),
        fix=fix,
        closing=html.escape(closing.arg(APP_NAME)),
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
