"""Sanitising pasted signature HTML with an allow-list suited to email signatures.

Kept: text formatting, links (http, https, mailto, tel), tables for layout, inline styles
limited to visual properties, and images from https or inline data (a logo). Dropped:
scripts, styles sheets, event handlers, javascript: URLs, forms, frames, embedded objects,
and CSS that could load remote resources (background images, imports).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from html.parser import HTMLParser
from itertools import groupby
from urllib.parse import urlsplit

import nh3

from hubspot_setup.flow.validation import FieldResult
from hubspot_setup.flow.words import QT_TRANSLATE_NOOP, Phrase, translate

MAX_SIGNATURE_BYTES = 32 * 1024

_TAGS = frozenset(
    {
        "a", "b", "strong", "i", "em", "u", "s", "br", "p", "div", "span", "font", "small",
        "sub", "sup", "hr", "ul", "ol", "li", "blockquote",
        "table", "thead", "tbody", "tfoot", "tr", "td", "th", "img",
    }
)  # fmt: skip
_LAYOUT = {"align", "valign", "width", "height", "bgcolor", "style"}
_ATTRIBUTES: dict[str, set[str]] = {
    "*": {"style", "title", "dir"},
    "a": {"href", "title", "style"},
    "img": {"src", "alt", "width", "height", "style", "border"},
    "font": {"color", "face", "size", "style"},
    "table": _LAYOUT | {"cellpadding", "cellspacing", "border", "role"},
    "td": _LAYOUT | {"colspan", "rowspan"},
    "th": _LAYOUT | {"colspan", "rowspan"},
    "tr": _LAYOUT,
    "p": {"align", "style"},
    "div": {"align", "style"},
}
_STYLE_PROPERTIES = frozenset(
    {
        "color", "background-color", "font", "font-family", "font-size", "font-style",
        "font-weight", "text-decoration", "text-align", "text-transform", "line-height",
        "letter-spacing", "vertical-align", "white-space", "width", "height", "max-width",
        "min-width", "margin", "margin-top", "margin-right", "margin-bottom", "margin-left",
        "padding", "padding-top", "padding-right", "padding-bottom", "padding-left",
        "border", "border-top", "border-right", "border-bottom", "border-left",
        "border-color", "border-style", "border-width", "border-collapse", "border-radius",
        "display",
    }
)  # fmt: skip
_DROP_WITH_CONTENT = frozenset({"script", "style", "template", "noscript", "title"})
_URL_SCHEMES = frozenset({"http", "https", "mailto", "tel", "data"})
_IMAGE_DATA = re.compile(r"data:image/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/=\s]+", re.I)

# What the admin is told was removed, detected on the raw input.
_REMOVED_KINDS: tuple[tuple[Phrase, re.Pattern[str]], ...] = (
    (
        QT_TRANSLATE_NOOP("flow.signature_html", "scripts"),
        re.compile(r"<\s*script|\bjavascript\s*:|\bvbscript\s*:", re.I),
    ),
    (
        QT_TRANSLATE_NOOP("flow.signature_html", "event handlers (such as onclick)"),
        re.compile(r"<[^>]*\son[a-z]+\s*=", re.I),
    ),
    (
        QT_TRANSLATE_NOOP("flow.signature_html", "forms"),
        re.compile(r"<\s*(form|input|button|select|textarea)\b", re.I),
    ),
    (
        QT_TRANSLATE_NOOP("flow.signature_html", "frames and embedded objects"),
        re.compile(r"<\s*(iframe|frame|object|embed|applet)\b", re.I),
    ),
    (
        QT_TRANSLATE_NOOP("flow.signature_html", "style sheets"),
        re.compile(r"<\s*(style|link)\b|@import", re.I),
    ),
    (
        QT_TRANSLATE_NOOP("flow.signature_html", "remote background images"),
        re.compile(r"url\s*\(", re.I),
    ),
    (
        QT_TRANSLATE_NOOP("flow.signature_html", "images not served over https"),
        re.compile(r"<img[^>]*\bsrc\s*=\s*[\"']?\s*http:", re.I),
    ),
)


@dataclass(frozen=True)
class SanitizedSignature:
    html: str
    removed: tuple[str, ...]  # plain-words kinds of content that were taken out

    @property
    def notice(self) -> str | None:
        if not self.removed:
            return None
        return translate(
            "flow.signature_html",
            "Removed for safety, because email signatures cannot contain them: %1.",
        ).arg(", ".join(self.removed))


def sanitize_signature(raw_html: str) -> FieldResult[SanitizedSignature]:
    """Sanitise pasted signature HTML; the result is what will be sent, shown back as is."""
    if len(raw_html.encode("utf-8")) > MAX_SIGNATURE_BYTES:
        return FieldResult.reject(
            translate(
                "flow.signature_html",
                "The signature is larger than %1 KB. Email clients clip large signatures; link "
                "images instead of embedding them.",
            ).arg(MAX_SIGNATURE_BYTES // 1024)
        )
    cleaned = nh3.clean(
        raw_html,
        tags=set(_TAGS),
        clean_content_tags=set(_DROP_WITH_CONTENT),
        attributes={tag: set(names) for tag, names in _ATTRIBUTES.items()},
        attribute_filter=_filter_attribute,
        url_schemes=set(_URL_SCHEMES),
        filter_style_properties=set(_STYLE_PROPERTIES),
        strip_comments=True,
        link_rel="noopener noreferrer",
    ).strip()
    if not cleaned:
        return FieldResult.reject(
            translate(
                "flow.signature_html",
                "Nothing is left of this signature after removing what emails cannot contain. "
                "Paste the signature's HTML, or plain text.",
            )
        )
    removed = tuple(kind.text() for kind, pattern in _REMOVED_KINDS if pattern.search(raw_html))
    signature = SanitizedSignature(html=cleaned, removed=removed)
    return FieldResult.accept(signature, signature.notice)


def _filter_attribute(tag: str, attribute: str, value: str) -> str | None:
    if attribute in {"href", "src"}:
        scheme = value.strip().split(":", 1)[0].lower() if ":" in value else ""
        if tag == "img":
            # A logo may be https or inline image data; plain http leaks and gets blocked.
            if scheme == "https" or (scheme == "data" and _IMAGE_DATA.fullmatch(value.strip())):
                return value
            return None
        if scheme == "data":
            return None
    return value


# -- The simple editor: text, bold, italic, links, line breaks and images by address --------


@dataclass(frozen=True)
class Run:
    """One piece of a signature written in the simple editor: text with its marks, a line
    break, or an image by its address. The editor hands these over; the HTML is written here
    and then sanitised like pasted HTML."""

    text: str = ""
    bold: bool = False
    italic: bool = False
    href: str | None = None
    image: str | None = None  # the image's address
    alt: str = ""  # the image's description, read out and shown when images are blocked
    line_break: bool = False


def html_from_runs(runs: Sequence[Run]) -> str:
    """The signature's HTML: one paragraph, line breaks as <br>, a link around neighbouring
    runs with the same address. Empty when there is nothing but space and line breaks."""
    pieces = list(runs)
    while pieces and _blank(pieces[-1]):
        pieces.pop()
    while pieces and _blank(pieces[0]):
        pieces.pop(0)
    if not pieces:
        return ""
    parts: list[str] = []
    for href, group in groupby(pieces, key=lambda run: None if run.line_break else run.href):
        inner = "".join(_inline(run) for run in group)
        parts.append(f'<a href="{escape(href, quote=True)}">{inner}</a>' if href else inner)
    return "<p>" + "".join(parts) + "</p>"


def signature_from_runs(runs: Sequence[Run]) -> FieldResult[SanitizedSignature]:
    """What the simple editor's content saves as: its HTML, sanitised by the same rules."""
    html = html_from_runs(runs)
    if not html:
        return FieldResult.reject(translate("flow.signature_html", "Write the signature first."))
    return sanitize_signature(html)


def _blank(run: Run) -> bool:
    return run.line_break or (run.image is None and not run.text.strip())


def _inline(run: Run) -> str:
    if run.line_break:
        return "<br>"
    if run.image is not None:
        alt = escape(run.alt, quote=True)
        html = f'<img src="{escape(run.image, quote=True)}" alt="{alt}">'
    else:
        html = escape(run.text, quote=False)
    if run.italic:
        html = f"<i>{html}</i>"
    if run.bold:
        html = f"<b>{html}</b>"
    return html


# The tags and attributes the simple editor writes (nh3 adds rel to links): a signature made
# only of these can be edited there without losing anything.
_SIMPLE_TAGS = frozenset({"p", "div", "br", "b", "strong", "i", "em", "a", "img", "span"})
_SIMPLE_ATTRIBUTES = {"a": {"href", "rel", "title"}, "img": {"src", "alt", "title"}}
_BLOCKS = frozenset({"p", "div"})
_SPACE = re.compile(r"\s+")


class _RunReader(HTMLParser):
    """Reads simple signature HTML back into runs; `simple` turns False at anything else."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.simple = True
        self.runs: list[Run] = []
        self._open: list[str] = []
        self._href: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        allowed = _SIMPLE_ATTRIBUTES.get(tag, set())
        if tag not in _SIMPLE_TAGS or any(name not in allowed for name, _value in attrs):
            self.simple = False
            return
        values = {name: value or "" for name, value in attrs}
        if tag == "br":
            self.runs.append(Run(line_break=True))
        elif tag == "img":
            image = Run(image=values.get("src", ""), alt=values.get("alt", ""), href=self._href)
            self.runs.append(image)
        elif tag in _BLOCKS:
            if self.runs and not self.runs[-1].line_break:
                self.runs.append(Run(line_break=True))  # a new paragraph starts on a new line
        else:
            if tag == "a":
                self._href = values.get("href") or None
            self._open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in self._open:
            del self._open[len(self._open) - 1 - self._open[::-1].index(tag)]
        if tag == "a":
            self._href = None

    def handle_data(self, data: str) -> None:
        text = _SPACE.sub(" ", data)
        if text.strip() or (text and self.runs and not self.runs[-1].line_break):
            bold = any(tag in {"b", "strong"} for tag in self._open)
            italic = any(tag in {"i", "em"} for tag in self._open)
            self.runs.append(Run(text=text, bold=bold, italic=italic, href=self._href))


def runs_from_html(html: str) -> list[Run] | None:
    """The simple editor's runs for a (sanitised) signature, or None when it holds what only
    HTML can (tables, colours, sizes, layout): that one is edited under "Advanced"."""
    reader = _RunReader()
    reader.feed(html)
    reader.close()
    return reader.runs if reader.simple else None


def check_link_address(raw: str) -> FieldResult[str]:
    """Where a link in the signature goes: a web page, an email address or a phone number."""
    text = raw.strip()
    if not text:
        return FieldResult.reject(
            translate(
                "flow.signature_html", "Type the address the link opens, like https://acme.com."
            )
        )
    if any(character.isspace() for character in text):
        return FieldResult.reject(_no_spaces())
    scheme = text.split(":", 1)[0].lower() if ":" in text else ""
    if scheme in {"https", "http"}:
        if not urlsplit(text).hostname:
            return FieldResult.reject(
                translate(
                    "flow.signature_html", "That address has no site in it, like https://acme.com."
                )
            )
        return FieldResult.accept(text)
    if scheme in {"mailto", "tel"}:
        return FieldResult.accept(text)
    if "://" not in text and "@" in text and "/" not in text:
        return FieldResult.accept(
            f"mailto:{text}",
            translate("flow.signature_html", "Links to the email address %1.").arg(text),
        )
    if "://" not in text and "." in text.split("/", 1)[0] and not text.startswith("."):
        return FieldResult.accept(
            f"https://{text}",
            translate("flow.signature_html", "Links to %1.").arg(f"https://{text}"),
        )
    return FieldResult.reject(
        translate(
            "flow.signature_html",
            "A signature link opens a web page (https://…), an email address (mailto:…) or a "
            "phone number (tel:…).",
        )
    )


def _no_spaces() -> str:
    return translate(
        "flow.signature_html", "An address has no spaces. Copy it from the browser's bar."
    )


def check_image_address(raw: str) -> FieldResult[str]:
    """An image by its address: https only (email programs block images on plain http)."""
    text = raw.strip()
    if not text:
        return FieldResult.reject(
            translate(
                "flow.signature_html",
                "Type the image's address, like https://acme.com/logo.png. Upload the image to "
                "your website first if it is only on your computer.",
            )
        )
    if any(character.isspace() for character in text):
        return FieldResult.reject(_no_spaces())
    lower = text.lower()
    if lower.startswith("http://"):
        return FieldResult.reject(
            translate(
                "flow.signature_html",
                "Email programs block images on plain http. Use the image's https:// address.",
            )
        )
    notice: str | None
    if lower.startswith("https://"):
        url, notice = text, None
    elif ":" in text.split("/", 1)[0] or "/" not in text.strip("/"):
        return FieldResult.reject(
            translate(
                "flow.signature_html",
                "Use the address of an image on the web, starting with https://.",
            )
        )
    else:
        url = f"https://{text}"
        notice = translate("flow.signature_html", "Uses %1.").arg(url)
    host = urlsplit(url).hostname or ""
    if "." not in host:
        return FieldResult.reject(
            translate(
                "flow.signature_html",
                "That address has no site in it, like https://acme.com/logo.png.",
            )
        )
    return FieldResult.accept(url, notice)
