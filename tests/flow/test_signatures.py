from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hubspot_setup.flow.domains import DomainPattern, parse_pattern
from hubspot_setup.flow.signatures import check_new_pattern, choose_rule


def patterns(*texts: str) -> list[DomainPattern]:
    parsed = [parse_pattern(text).value for text in texts]
    assert all(p is not None for p in parsed)
    return [p for p in parsed if p is not None]


# The guide's domain matching table, and its "open.cx beats *.cx" example.
@pytest.mark.parametrize(
    ("rules", "sender", "expected"),
    [
        (("open.cx",), "anna@open.cx", "open.cx"),
        (("open.cx",), "anna@mail.open.cx", None),
        (("open.cx",), "anna@example.com", None),
        (("*.nl",), "jan@bedrijf.nl", "*.nl"),
        (("*.nl",), "jan@sub.bedrijf.nl", "*.nl"),
        (("*.nl",), "jan@bedrijf.com", None),
        (("*.co.uk",), "amy@shop.co.uk", "*.co.uk"),
        (("*.co.uk",), "amy@shop.uk", None),
        (("open.cx", "*.cx"), "anna@open.cx", "open.cx"),
        (("*.cx", "open.cx"), "anna@open.cx", "open.cx"),
        (("open.cx", "*.cx"), "bob@other.cx", "*.cx"),
        (("*.uk", "*.co.uk"), "amy@shop.co.uk", "*.co.uk"),
        (("*.co.uk", "*.uk"), "amy@shop.co.uk", "*.co.uk"),
        (("*.uk", "*.co.uk"), "amy@shop.org.uk", "*.uk"),
        (("*.nl",), "not an email", None),
        (("bücher.de",), "max@BÜCHER.de", "bücher.de"),
    ],
)
def test_guide_matching_rules(rules: tuple[str, ...], sender: str, expected: str | None) -> None:
    choice = choose_rule(patterns(*rules), sender)
    if expected is None:
        assert choice is None
    else:
        assert choice is not None
        assert choice.pattern.display == expected
        assert choice.reason


def test_reason_says_why() -> None:
    exact = choose_rule(patterns("open.cx", "*.cx"), "anna@open.cx")
    assert exact is not None
    assert "exact" in exact.reason
    wild = choose_rule(patterns("*.cx"), "anna@open.cx")
    assert wild is not None
    assert "ends with .cx" in wild.reason


def test_duplicate_patterns_are_rejected_but_an_edit_may_keep_its_own() -> None:
    existing = patterns("open.cx", "*.nl")
    dup = check_new_pattern("OPEN.cx", existing)
    assert dup.value is None
    assert dup.error is not None
    assert "already" in dup.error
    assert check_new_pattern("*.NL.", existing).value is None
    kept = check_new_pattern("open.cx", existing, replacing=existing[0])
    assert kept.value == existing[0]
    assert check_new_pattern("bad pattern", existing).value is None


labels = st.from_regex(r"[a-z][a-z0-9]{0,6}", fullmatch=True)
domains = st.lists(labels, min_size=2, max_size=4).map(".".join)


@given(domain=domains, others=st.lists(domains, max_size=5), local=labels)
def test_an_exact_rule_always_wins_for_its_own_domain(
    domain: str, others: list[str], local: str
) -> None:
    suffixes = {".".join(domain.split(".")[i:]) for i in range(1, domain.count(".") + 1)}
    rules = [*patterns(*(f"*.{s}" for s in sorted(suffixes))), *patterns(*others)]
    rules.insert(len(rules) // 2, parse_pattern(domain).value)  # type: ignore[arg-type]
    choice = choose_rule(rules, f"{local}@{domain}")
    assert choice is not None
    assert choice.pattern == DomainPattern(domain, wildcard=False)


@given(domain=domains, local=labels)
def test_the_longest_matching_wildcard_wins_whatever_the_order(domain: str, local: str) -> None:
    parts = domain.split(".")
    wildcards = [f"*.{'.'.join(parts[i:])}" for i in range(1, len(parts))]
    for ordering in (wildcards, list(reversed(wildcards))):
        choice = choose_rule(patterns(*ordering), f"{local}@{domain}")
        assert choice is not None
        assert choice.pattern.text == wildcards[0]


@given(domain=domains, local=labels, rules=st.lists(domains, max_size=4))
def test_a_match_really_matches(domain: str, local: str, rules: list[str]) -> None:
    choice = choose_rule(patterns(*rules, *(f"*.{r}" for r in rules)), f"{local}@{domain}")
    if choice is not None:
        assert domain == choice.pattern.suffix or domain.endswith("." + choice.pattern.suffix)
