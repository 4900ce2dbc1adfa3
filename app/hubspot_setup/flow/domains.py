"""Signature domain patterns from the guide: `open.cx` (exact) and `*.nl` (wildcard suffix).

Patterns are stored in canonical form: lowercase ASCII, internationalised names as IDNA
A-labels (`xn--...`), so that `Bücher.de` and `xn--bcher-kva.de` are the same rule.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import idna

from hubspot_setup.flow.validation import FieldResult
from hubspot_setup.flow.words import translate

MAX_DOMAIN_LENGTH = 253
MAX_LABEL_LENGTH = 63
_LABEL = re.compile(r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?")


@dataclass(frozen=True, order=True)
class DomainPattern:
    """A canonical pattern: `suffix` is the domain, `wildcard` says whether `*.` precedes it."""

    suffix: str
    wildcard: bool

    @property
    def text(self) -> str:
        return f"*.{self.suffix}" if self.wildcard else self.suffix

    @property
    def display(self) -> str:
        """The pattern as people write it (Unicode for internationalised names)."""
        shown = _to_unicode(self.suffix)
        return f"*.{shown}" if self.wildcard else shown

    def matches(self, domain: str) -> bool:
        """`domain` must already be canonical (see `canonical_domain`)."""
        if self.wildcard:
            return domain.endswith("." + self.suffix)
        return domain == self.suffix


def parse_pattern(raw: str) -> FieldResult[DomainPattern]:
    text = raw.strip().lower()
    text = text.removesuffix(".")  # a fully qualified name's root dot, and only that one
    if not text:
        return _reject_with_examples(translate("flow.domains", "Enter a domain pattern."))
    if "://" in text or text.startswith(("http:", "https:")):
        return _reject_with_examples(translate("flow.domains", "Leave out http:// or https://."))
    if "@" in text:
        return FieldResult.reject(
            translate(
                "flow.domains",
                "Enter only the part after the @, for example open.cx for anna@open.cx.",
            )
        )
    if "/" in text or "?" in text or "#" in text:
        return _reject_with_examples(
            translate("flow.domains", "Leave out any path after the domain.")
        )
    if ":" in text:
        return _reject_with_examples(translate("flow.domains", "Leave out the port number."))
    if any(ch.isspace() for ch in text):
        return _reject_with_examples(translate("flow.domains", "A domain pattern has no spaces."))
    if text in {"*", "*."}:
        return FieldResult.reject(
            translate(
                "flow.domains", "A lone * would match every address. Name an ending, like *.nl."
            )
        )
    wildcard = text.startswith("*.")
    rest = text[2:] if wildcard else text
    if "*" in rest:
        return FieldResult.reject(
            translate(
                "flow.domains",
                "The * can only stand at the very start, followed by a dot, like *.co.uk.",
            )
        )
    if rest.startswith("."):
        return _reject_with_examples(translate("flow.domains", "Did you mean *%1?").arg(rest))
    suffix = canonical_domain(rest) if not rest.endswith(".") else None
    if suffix is None:
        return _reject_with_examples(
            translate("flow.domains", '"%1" is not a valid domain.').arg(raw.strip())
        )
    if not wildcard and "." not in suffix:
        return FieldResult.reject(
            translate(
                "flow.domains",
                '"%1" is only an ending. Write *.%1 for every address ending in .%1, or a '
                "full domain like example.%1.",
            ).arg(suffix)
        )
    return FieldResult.accept(DomainPattern(suffix=suffix, wildcard=wildcard))


def _reject_with_examples(why: str) -> FieldResult[DomainPattern]:
    """`why` (one sentence), then how a pattern is written, as its own sentence."""
    examples = translate(
        "flow.domains", "Use a domain like open.cx, or *.nl for every address ending in .nl."
    )
    return FieldResult.reject(f"{why} {examples}")


def canonical_domain(domain: str) -> str | None:
    """Lowercase ASCII (IDNA A-labels) form of a domain, or None if it is not a valid one."""
    text = domain.strip().lower().rstrip(".")
    if not text or len(text) > MAX_DOMAIN_LENGTH:
        return None
    if not text.isascii():
        try:
            text = idna.encode(text, uts46=True).decode("ascii")
        except idna.IDNAError:
            return None
    labels = text.split(".")
    if not all(len(label) <= MAX_LABEL_LENGTH and _LABEL.fullmatch(label) for label in labels):
        return None
    if labels[-1].isdigit():  # an IP address or a numeric "top-level domain"
        return None
    if any(label.startswith("xn--") and not _valid_a_label(label) for label in labels):
        return None
    return text if len(text) <= MAX_DOMAIN_LENGTH else None


def sender_domain(email: str) -> str | None:
    """The canonical domain of an email address, or None if it has none."""
    _, at, domain = email.strip().rpartition("@")
    if not at:
        return None
    return canonical_domain(domain)


def _valid_a_label(label: str) -> bool:
    try:
        idna.decode(label)
    except idna.IDNAError:
        return False
    return True


def _to_unicode(domain: str) -> str:
    try:
        return str(idna.decode(domain))
    except idna.IDNAError:
        return domain
