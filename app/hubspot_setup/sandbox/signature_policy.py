"""The simulated backend's own clean-up of signature HTML (docs/backend-api.md: "html
sanitised by the backend too, at most 32 KiB").

A backend cannot trust that a client cleaned the HTML, so it applies its own allow-list: what
an email signature needs (text formatting, links, layout tables, a logo image) and nothing that
runs code, submits data or loads something from elsewhere when the email is opened, other than
an https image. HTML the client already cleaned must come back unchanged, otherwise the admin's
preview would not be what OpenCX sends (tests/sandbox/test_sandbox_rules.py checks this).
"""

from __future__ import annotations

import re

import nh3

MAX_HTML_BYTES = 32 * 1024

_FORMATTING = {"b", "strong", "i", "em", "u", "s", "strike", "small", "big", "sub", "sup", "font"}
_BLOCKS = {"p", "div", "span", "br", "hr", "blockquote", "ul", "ol", "li", "center", "pre"}
_TABLES = {"table", "caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "td", "th"}
ALLOWED_TAGS = frozenset(_FORMATTING | _BLOCKS | _TABLES | {"a", "img"})

_CELL = {"align", "valign", "width", "height", "bgcolor", "colspan", "rowspan", "nowrap"}
ALLOWED_ATTRIBUTES: dict[str, frozenset[str]] = {
    "*": frozenset({"style", "title", "dir", "lang", "align"}),
    "a": frozenset({"href"}),
    "img": frozenset({"src", "alt", "width", "height", "border"}),
    "font": frozenset({"color", "face", "size"}),
    "table": frozenset(
        {"width", "height", "bgcolor", "border", "cellpadding", "cellspacing", "role"}
    ),
    "td": frozenset(_CELL),
    "th": frozenset(_CELL),
    "tr": frozenset({"valign", "bgcolor", "height"}),
    "col": frozenset({"width", "span"}),
    "colgroup": frozenset({"width", "span"}),
}

# Visual CSS only: nothing here can name a URL, so no remote resource or script can load.
ALLOWED_STYLE_PROPERTIES = frozenset(
    {
        "color", "background-color", "font", "font-family", "font-size", "font-style",
        "font-variant", "font-weight", "text-align", "text-decoration", "text-indent",
        "text-transform", "line-height", "letter-spacing", "word-spacing", "vertical-align",
        "white-space", "display", "width", "height", "min-width", "max-width", "min-height",
        "max-height", "margin", "margin-top", "margin-right", "margin-bottom", "margin-left",
        "padding", "padding-top", "padding-right", "padding-bottom", "padding-left", "border",
        "border-top", "border-right", "border-bottom", "border-left", "border-color",
        "border-style", "border-width", "border-radius", "border-collapse", "border-spacing",
        "list-style-type",
    }
)  # fmt: skip

_CONTENT_DROPPED = frozenset({"script", "style", "noscript", "template", "title", "textarea"})
_LINK_SCHEMES = frozenset({"http", "https", "mailto", "tel"})
_INLINE_IMAGE = re.compile(
    r"data:image/(?:png|gif|jpe?g|webp);base64,[a-z0-9+/=\s]+", re.IGNORECASE
)


class SignatureRefused(ValueError):
    """The HTML cannot be stored; `reason` goes to `details.fields.html`."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def clean_signature_html(html: str) -> str:
    """What the backend stores and sends for this signature HTML, or `SignatureRefused`."""
    if len(html.encode("utf-8")) > MAX_HTML_BYTES:
        raise SignatureRefused("The signature HTML is larger than 32 KiB.")
    cleaned = nh3.clean(
        html,
        tags=set(ALLOWED_TAGS),
        clean_content_tags=set(_CONTENT_DROPPED),
        attributes={tag: set(names) for tag, names in ALLOWED_ATTRIBUTES.items()},
        attribute_filter=_keep_attribute,
        url_schemes=set(_LINK_SCHEMES | {"data"}),
        filter_style_properties=set(ALLOWED_STYLE_PROPERTIES),
        strip_comments=True,
        link_rel="noopener noreferrer",
    ).strip()
    if not cleaned:
        raise SignatureRefused("Nothing is left of the signature once unsafe content is removed.")
    return cleaned


def _keep_attribute(tag: str, name: str, value: str) -> str | None:
    """Links may use the link schemes; images only https or inline image data."""
    if name not in {"href", "src"}:
        return value
    target = value.strip()
    scheme = target.split(":", 1)[0].lower() if ":" in target else ""
    if tag == "img":
        keep = scheme == "https" or bool(_INLINE_IMAGE.fullmatch(target))
    else:
        keep = scheme in _LINK_SCHEMES or scheme == ""
    return value if keep else None
