"""Signature domain patterns from the guide: `open.cx` (exact) and `*.nl` (wildcard suffix).

Patterns are stored in canonical form: lowercase ASCII, internationalised names as IDNA
A-labels (`xn--...`), so that `Bücher.de` and `xn--bcher-kva.de` are the same rule.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import idna

from hubspot_setup.flow.validation import FieldResult

MAX_DOMAIN_LENGTH = 253
MAX_LABEL_LENGTH = 63
_LABEL = re.compile(r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?")

EXAMPLES = "Use a domain like open.cx, or *.nl for every address ending in .nl."


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
        return FieldResult.reject("Enter a domain pattern. " + EXAMPLES)
    if "://" in text or text.startswith(("http:", "https:")):
        return FieldResult.reject("Leave out http:// or https://. " + EXAMPLES)
    if "@" in text:
        return FieldResult.reject(
            "Enter only the part after the @, for example open.cx for anna@open.cx."
        )
    if "/" in text or "?" in text or "#" in text:
        return FieldResult.reject("Leave out any path after the domain. " + EXAMPLES)
    if ":" in text:
        return FieldResult.reject("Leave out the port number. " + EXAMPLES)
    if any(ch.isspace() for ch in text):
        return FieldResult.reject("A domain pattern has no spaces. " + EXAMPLES)
    if text in {"*", "*."}:
        return FieldResult.reject("A lone * would match every address. Name an ending, like *.nl.")
    wildcard = text.startswith("*.")
    rest = text[2:] if wildcard else text
    if "*" in rest:
        return FieldResult.reject(
            "The * can only stand at the very start, followed by a dot, like *.co.uk."
        )
    if rest.startswith("."):
        return FieldResult.reject(f"Did you mean *{rest}? " + EXAMPLES)
    suffix = canonical_domain(rest) if not rest.endswith(".") else None
    if suffix is None:
        return FieldResult.reject(f'"{raw.strip()}" is not a valid domain. ' + EXAMPLES)
    if not wildcard and "." not in suffix:
        return FieldResult.reject(
            f'"{suffix}" is only an ending. Write *.{suffix} for every address ending in '
            f".{suffix}, or a full domain like example.{suffix}."
        )
    return FieldResult.accept(DomainPattern(suffix=suffix, wildcard=wildcard))


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
