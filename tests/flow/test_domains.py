from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hubspot_setup.flow.domains import DomainPattern, canonical_domain, parse_pattern, sender_domain


@pytest.mark.parametrize(
    ("raw", "suffix", "wildcard"),
    [
        ("open.cx", "open.cx", False),
        ("  Open.CX  ", "open.cx", False),
        ("open.cx.", "open.cx", False),
        ("*.nl", "nl", True),
        ("*.co.uk", "co.uk", True),
        ("*.CO.UK", "co.uk", True),
        ("bücher.de", "xn--bcher-kva.de", False),
        ("xn--bcher-kva.de", "xn--bcher-kva.de", False),
        ("*.рф", "xn--p1ai", True),
        ("a-b.example", "a-b.example", False),
    ],
)
def test_parses_guide_patterns_to_canonical_form(raw: str, suffix: str, wildcard: bool) -> None:
    result = parse_pattern(raw)
    assert result.value == DomainPattern(suffix=suffix, wildcard=wildcard)


@pytest.mark.parametrize(
    ("raw", "fragment"),
    [
        ("", "Enter a domain pattern"),
        ("https://open.cx", "Leave out http"),
        ("http:open.cx", "Leave out http"),
        ("anna@open.cx", "part after the @"),
        ("open.cx/support", "path"),
        ("open.cx?x=1", "path"),
        ("open.cx:443", "port"),
        ("open .cx", "no spaces"),
        ("*", "lone *"),
        ("*.", "lone *"),
        ("open.*.cx", "very start"),
        ("*.*.cx", "very start"),
        ("*open.cx", "very start"),
        ("ope*n.cx", "very start"),
        (".nl", "Did you mean *.nl"),
        ("cx", "only an ending"),
        ("-open.cx", "not a valid domain"),
        ("open-.cx", "not a valid domain"),
        ("op_en.cx", "not a valid domain"),
        ("open..cx", "not a valid domain"),
        ("open.cx..", "not a valid domain"),  # one root dot is fine, an empty label is not
        ("192.168.1.1", "not a valid domain"),
        ("a" * 64 + ".cx", "not a valid domain"),
        (".".join(["a" * 60] * 5), "not a valid domain"),
        ("xn--zz.de", "not a valid domain"),
        ("☃\u200d.de", "not a valid domain"),
    ],
)
def test_rejects_invalid_patterns_with_a_reason(raw: str, fragment: str) -> None:
    result = parse_pattern(raw)
    assert result.value is None
    assert result.error is not None
    assert fragment in result.error


def test_display_shows_unicode_and_text_shows_canonical() -> None:
    pattern = parse_pattern("*.bücher.de").value
    assert pattern is not None
    assert pattern.text == "*.xn--bcher-kva.de"
    assert pattern.display == "*.bücher.de"


def test_sender_domain() -> None:
    assert sender_domain("Anna@Open.CX") == "open.cx"
    assert sender_domain("no-at-sign") is None
    assert sender_domain("a@") is None
    assert canonical_domain("") is None


labels = st.from_regex(r"[a-z][a-z0-9]{0,10}", fullmatch=True)
domains = st.lists(labels, min_size=2, max_size=4).map(".".join)


@given(domains)
def test_parsing_is_idempotent(domain: str) -> None:
    for raw in (domain, "*." + domain):
        first = parse_pattern(raw).value
        assert first is not None
        assert parse_pattern(first.text).value == first
