"""The sandbox's own contract rules against the client's: where they disagree, one is wrong.

The sandbox no longer borrows the client's rules (test_sandbox_independence.py), so these tests
are where a difference shows: a pattern one side accepts and the other refuses, signature HTML
the backend would change after the client cleaned it (the admin's preview would lie), or a
vocabulary (channels, checks, legacy scopes and subscriptions) that drifted apart.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hubspot_setup.flow import guide
from hubspot_setup.flow.domains import parse_pattern
from hubspot_setup.flow.signature_html import sanitize_signature
from hubspot_setup.sandbox import contract_rules
from hubspot_setup.sandbox.domain_patterns import PatternRefused, canonical_pattern
from hubspot_setup.sandbox.signature_policy import SignatureRefused, clean_signature_html

PATTERNS = [
    "open.cx", "  Open.CX  ", "open.cx.", "*.nl", "*.co.uk", "*.CO.UK", "bücher.de",
    "xn--bcher-kva.de", "*.рф", "a-b.example", "", "https://open.cx", "http:open.cx",
    "anna@open.cx", "open.cx/support", "open.cx?x=1", "open.cx:443", "open .cx", "*", "*.",
    "open.*.cx", "*.*.cx", "*open.cx", "ope*n.cx", ".nl", "cx", "-open.cx", "open-.cx",
    "op_en.cx", "open..cx", "192.168.1.1", "a" * 64 + ".cx", ".".join(["a" * 60] * 5),
    "xn--zz.de", "☃\u200d.de", "*.123", "123.456.nl", "*.xn--p1ai", "open.cx..", "ÖPEN.cx",
    "localhost", "*.localhost", "mail.open.cx", "\topen.cx\n",
]  # fmt: skip


def _client(raw: str) -> str | None:
    parsed = parse_pattern(raw).value
    return parsed.text if parsed is not None else None


def _backend(raw: str) -> str | None:
    try:
        return canonical_pattern(raw)
    except PatternRefused:
        return None


@pytest.mark.parametrize("raw", PATTERNS)
def test_client_and_backend_agree_on_signature_patterns(raw: str) -> None:
    assert _client(raw) == _backend(raw)


@settings(max_examples=400, deadline=None)
@given(
    st.text(alphabet="abcxyz019-.*@:/ _äöüрф\u200dABC", min_size=0, max_size=24),
)
def test_client_and_backend_agree_on_any_pattern(raw: str) -> None:
    assert _client(raw) == _backend(raw)


SIGNATURES = [
    "<p>Met vriendelijke groet,<br><b>Ada</b></p>",
    "Plain text only",
    '<table cellpadding="0" cellspacing="0" role="presentation"><tr>'
    '<td valign="top" width="80"><img src="https://cdn.acme.test/logo.png" alt="Acme" '
    'width="64" height="64"></td><td style="font-family: Arial; color: #333">'
    '<a href="https://acme.test">acme.test</a> · <a href="mailto:ada@acme.test">mail</a> · '
    '<a href="tel:+31201234567">call</a></td></tr></table>',
    '<div style="font-size: 12px; line-height: 1.4; margin: 0 0 4px 0">Ada</div>'
    '<font color="#555" face="Arial" size="2">Support</font>',
    '<p>Hi<script>alert(1)</script></p><p onclick="steal()">x</p>',
    '<a href="javascript:steal()">x</a><img src="http://evil/track.gif">',
    '<p style="background-image:url(https://evil/t.gif); color: red">Hi</p>',
    '<img src="data:image/png;base64,iVBORw0KGgo=" alt="logo">',
    '<form action="https://evil"><input name="p"></form><iframe src="https://e"></iframe>Hi',
    "<style>body{}</style><!-- note --><ul><li>one</li><li><i>two</i></li></ul><hr>",
    '<blockquote><span style="text-decoration: underline">q</span></blockquote>'
    "<small>s</small><sub>1</sub><sup>2</sup><u>u</u><s>s</s><em>e</em><strong>st</strong>",
    '<th colspan="2" align="left" bgcolor="#eee">Head</th><td rowspan="2">c</td>',
]


@pytest.mark.parametrize("raw", SIGNATURES)
def test_the_backend_keeps_what_the_client_cleaned(raw: str) -> None:
    """The client previews its cleaned HTML; the backend must store exactly that."""
    cleaned = sanitize_signature(raw).value
    assert cleaned is not None
    assert clean_signature_html(cleaned.html) == cleaned.html


@pytest.mark.parametrize(
    ("raw", "gone"),
    [
        ("<p>Hi<script>alert(1)</script></p>", "alert"),
        ('<p onclick="steal()">Hi</p>', "steal"),
        ('<img src="https://x/y.png" onerror="steal()">', "steal"),
        ('<a href="JaVaScRiPt:steal()">x</a>', "steal"),
        ('<a href="data:text/html,<script>x</script>">x</a>', "data:"),
        ('<form action="https://evil"><input name="p"></form>Hi', "evil"),
        ('<iframe src="https://evil"></iframe>Hi', "evil"),
        ('<p style="background-image:url(https://evil/t.gif)">Hi</p>', "evil"),
        ('<img src="http://evil/track.gif">Hi', "evil"),
        ('<img src="data:text/html;base64,PHNjcmlwdD4=">x', "data:"),
        ("<style>p{color:red}</style>Hi", "color"),
        ('<link rel="stylesheet" href="https://evil/x.css">Hi', "evil"),
    ],
)
def test_the_backend_cleans_on_its_own(raw: str, gone: str) -> None:
    """A client that skipped its clean-up still cannot store anything active."""
    assert gone not in clean_signature_html(raw)


def test_the_backend_refuses_oversized_or_empty_signatures() -> None:
    with pytest.raises(SignatureRefused, match="32 KiB"):
        clean_signature_html("<p>" + "x" * 33_000 + "</p>")
    with pytest.raises(SignatureRefused, match="Nothing is left"):
        clean_signature_html("<script>alert(1)</script>")
    assert sanitize_signature("<script>alert(1)</script>").value is None  # and so does the client


def test_the_vocabularies_agree() -> None:
    assert [c.value for c in contract_rules.Channel] == [c.value for c in guide.Channel]
    assert {c.value: label for c, label in contract_rules.CHANNEL_LABELS.items()} == {
        c.value: label.text() for c, label in guide.CHANNEL_LABELS.items()
    }
    assert [c.value for c in contract_rules.CheckId] == [c.value for c in guide.CheckId]
    assert contract_rules.LEGACY_REQUIRED_SCOPES == guide.LEGACY_REQUIRED_SCOPES
    assert [(s.object, s.event_type) for s in contract_rules.LEGACY_SUBSCRIPTIONS] == [
        (s.object_type.text(), s.event_type) for s in guide.LEGACY_WEBHOOK_SUBSCRIPTIONS
    ]
