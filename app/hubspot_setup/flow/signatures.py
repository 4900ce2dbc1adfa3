"""Email signature rules: which signature an outgoing email gets, by its sender's domain.

The guide's rule: exact domains always beat wildcards. Among wildcards the most specific
(longest) ending wins, so `*.co.uk` beats `*.uk` for anna@shop.co.uk.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from hubspot_setup.flow.domains import DomainPattern, parse_pattern, sender_domain
from hubspot_setup.flow.validation import FieldResult
from hubspot_setup.flow.words import translate


@dataclass(frozen=True)
class RuleChoice:
    """The rule that applies to a sender and, in words, why."""

    index: int
    pattern: DomainPattern
    reason: str


def choose_rule(patterns: Sequence[DomainPattern], sender_email: str) -> RuleChoice | None:
    """The rule whose signature an email from `sender_email` gets, or None for no signature."""
    domain = sender_domain(sender_email)
    if domain is None:
        return None
    best: tuple[int, int] | None = None  # (rank, index); higher rank is more specific
    for index, pattern in enumerate(patterns):
        if not pattern.matches(domain):
            continue
        rank = (
            10_000
            if not pattern.wildcard
            else pattern.suffix.count(".") * 256 + len(pattern.suffix)
        )
        if best is None or rank > best[0]:
            best = (rank, index)
    if best is None:
        return None
    chosen = patterns[best[1]]
    if not chosen.wildcard:
        reason = translate(
            "flow.signatures", "%1 matches %2 exactly, and exact matches always win."
        ).arg(chosen.display, domain)
    else:
        reason = translate(
            "flow.signatures", "%1 ends with .%2, the most specific matching ending."
        ).arg(domain, chosen.display[2:])
    return RuleChoice(best[1], chosen, reason)


def check_new_pattern(
    raw: str, existing: Iterable[DomainPattern], *, replacing: DomainPattern | None = None
) -> FieldResult[DomainPattern]:
    """Parse a pattern for a new (or edited) rule; a pattern already in use is rejected."""
    parsed = parse_pattern(raw)
    if parsed.value is None:
        return parsed
    if any(p == parsed.value and p != replacing for p in existing):
        return FieldResult.reject(
            translate(
                "flow.signatures", "There is already a signature for %1. Edit that one instead."
            ).arg(parsed.value.display)
        )
    return parsed
