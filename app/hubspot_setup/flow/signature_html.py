"""Sanitising pasted signature HTML with an allow-list suited to email signatures.

Kept: text formatting, links (http, https, mailto, tel), tables for layout, inline styles
limited to visual properties, and images from https or inline data (a logo). Dropped:
scripts, styles sheets, event handlers, javascript: URLs, forms, frames, embedded objects,
and CSS that could load remote resources (background images, imports).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import nh3

from hubspot_setup.flow.validation import FieldResult

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
_REMOVED_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("scripts", re.compile(r"<\s*script|\bjavascript\s*:|\bvbscript\s*:", re.I)),
    ("event handlers (such as onclick)", re.compile(r"<[^>]*\son[a-z]+\s*=", re.I)),
    ("forms", re.compile(r"<\s*(form|input|button|select|textarea)\b", re.I)),
    ("frames and embedded objects", re.compile(r"<\s*(iframe|frame|object|embed|applet)\b", re.I)),
    ("style sheets", re.compile(r"<\s*(style|link)\b|@import", re.I)),
    ("remote background images", re.compile(r"url\s*\(", re.I)),
    ("images not served over https", re.compile(r"<img[^>]*\bsrc\s*=\s*[\"']?\s*http:", re.I)),
)


@dataclass(frozen=True)
class SanitizedSignature:
    html: str
    removed: tuple[str, ...]  # plain-words kinds of content that were taken out

    @property
    def notice(self) -> str | None:
        if not self.removed:
            return None
        return (
            "Removed for safety, because email signatures cannot contain them: "
            + ", ".join(self.removed)
            + "."
        )


def sanitize_signature(raw_html: str) -> FieldResult[SanitizedSignature]:
    """Sanitise pasted signature HTML; the result is what will be sent, shown back as is."""
    if len(raw_html.encode("utf-8")) > MAX_SIGNATURE_BYTES:
        return FieldResult.reject(
            f"The signature is larger than {MAX_SIGNATURE_BYTES // 1024} KB. Email clients "
            "clip large signatures; link images instead of embedding them."
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
            "Nothing is left of this signature after removing what emails cannot contain. "
            "Paste the signature's HTML, or plain text."
        )
    removed = tuple(kind for kind, pattern in _REMOVED_KINDS if pattern.search(raw_html))
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
