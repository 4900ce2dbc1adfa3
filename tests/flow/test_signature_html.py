from __future__ import annotations

from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hubspot_setup.flow.signature_html import MAX_SIGNATURE_BYTES, sanitize_signature

LOGO = "https://cdn.open.cx/logo.png"


def clean(html: str) -> str:
    result = sanitize_signature(html)
    assert result.value is not None, result.error
    return result.value.html


def test_keeps_a_typical_signature() -> None:
    html = (
        '<table cellpadding="0"><tr><td style="color:#333;font-family:Arial">'
        "<b>Anna Jansen</b><br>Support, OpenCX<br>"
        '<a href="https://open.cx">open.cx</a> · <a href="mailto:anna@open.cx">mail</a> · '
        '<a href="tel:+31201234567">call</a></td>'
        f'<td><img src="{LOGO}" alt="OpenCX" width="80"></td></tr></table>'
    )
    out = clean(html)
    for kept in ("<b>Anna Jansen</b>", 'href="https://open.cx"', "mailto:", "tel:", LOGO):
        assert kept in out
    assert sanitize_signature(html).notice is None


@pytest.mark.parametrize(
    ("html", "gone", "kind"),
    [
        ("<p>Hi<script>alert(1)</script></p>", "alert", "scripts"),
        ('<p onclick="steal()">Hi</p>', "steal", "event handlers"),
        ('<img src="https://x/y.png" onerror="steal()">', "steal", "event handlers"),
        ('<a href="javascript:steal()">x</a>', "steal", "scripts"),
        ('<a href="JaVaScRiPt:steal()">x</a>', "steal", "scripts"),
        ('<form action="https://evil"><input name="p"></form>Hi', "evil", "forms"),
        ('<iframe src="https://evil"></iframe>Hi', "evil", "frames"),
        ('<object data="https://evil"></object>Hi', "evil", "frames"),
        ("<style>body{background:url(https://evil)}</style>Hi", "evil", "style sheets"),
        ('<p style="background-image:url(https://evil/t.gif)">Hi</p>', "evil", "remote background"),
        ('<img src="http://evil/track.gif">Hi', "evil", "https"),
        ('<a href="data:text/html,<script>x</script>">x</a>', "data:", "scripts"),
    ],
)
def test_removes_dangerous_content_and_says_what(html: str, gone: str, kind: str) -> None:
    result = sanitize_signature(html)
    assert result.value is not None
    assert gone not in result.value.html
    assert result.notice is not None
    assert kind in result.notice


def test_inline_image_data_is_allowed_for_logos_only() -> None:
    data = "data:image/png;base64,iVBORw0KGgo="
    assert data in clean(f'<img src="{data}">')
    assert "data:" not in clean('<img src="data:text/html;base64,PHNjcmlwdD4=">x')


def test_size_limit() -> None:
    result = sanitize_signature("a" * (MAX_SIGNATURE_BYTES + 1))
    assert result.value is None
    assert result.error is not None
    assert "KB" in result.error


def test_nothing_left_is_an_error() -> None:
    result = sanitize_signature("<script>only()</script>")
    assert result.value is None


def test_plain_text_is_kept() -> None:
    assert clean("Anna — OpenCX") == "Anna — OpenCX"


class _ActiveContent(HTMLParser):
    """Collects what a browser would treat as active: tags, event attributes, URLs."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in {"script", "iframe", "svg", "object", "embed", "form", "style", "link"}:
            self.found.append(tag)
        for name, value in attrs:
            text = (value or "").lower().replace(" ", "")
            if name.startswith("on"):
                self.found.append(name)
            if name in {"href", "src"} and (text.startswith("javascript:") or "http:" in text):
                self.found.append(f"{name}={text}")
            if name == "style" and "url(" in text:
                self.found.append("style url()")


@settings(max_examples=300)
@given(
    st.lists(
        st.sampled_from(
            [
                "<script>x()</script>",
                '<img src=x onerror="x()">',
                "<b>",
                "</b>",
                "text",
                '<a href="javascript:x()">',
                "</a>",
                "<iframe>",
                '<p style="x:url(http://e)">',
                "<svg onload=x()>",
                "<!--",
                "-->",
                "<",
                ">",
                '"',
                " on",
                "click=",
                "<img ",
                'src="http://e/t.gif"',
                "<a ",
                'href="java',
                'script:x()"',
                "/>",
            ]
        ),
        max_size=14,
    ).map("".join)
)
def test_no_active_content_survives_any_mix(html: str) -> None:
    result = sanitize_signature(html)
    if result.value is not None:
        parser = _ActiveContent()
        parser.feed(result.value.html)
        parser.close()
        assert parser.found == []
