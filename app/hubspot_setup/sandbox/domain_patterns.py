"""Signature domain patterns as the simulated backend accepts and stores them.

docs/backend-api.md: a rule's pattern is `open.cx` (that domain only) or `*.nl` (every domain
ending in `.nl`), stored lower case with internationalised names as IDNA A-labels. OpenCX's
signature docs add that an exact pattern beats a wildcard, which is the client's concern: the
backend only validates and canonicalises. Written here for the backend, apart from the client's
parser, so that a pattern the client gets wrong is caught by the contract tests.
"""

from __future__ import annotations

import re

import idna

MAX_NAME_OCTETS = 253  # RFC 1035 2.3.4, without the root's dot
_HOST_LABEL = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")  # RFC 1123 letters-digits-hyphen
WILDCARD_PREFIX = "*."

USE_INSTEAD = "Use a domain such as open.cx, or *.nl for every address ending in .nl."
# Things people paste instead of a domain, and what to leave out.
_NOT_A_DOMAIN = (
    ("://", "Leave out http:// or https://."),
    ("@", "Leave out the part before the @."),
    ("/", "Leave out the path after the domain."),
    (":", "Leave out the port number."),
)


class PatternRefused(ValueError):
    """The pattern is not one the backend stores; `reason` goes to `details.fields.pattern`."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def canonical_pattern(raw: str) -> str:
    """The stored form of a signature pattern, or `PatternRefused`."""
    text = raw.strip().lower()
    if text.endswith(".") and not text.endswith(".."):
        text = text[:-1]  # a fully qualified name's root dot
    for mark, reason in _NOT_A_DOMAIN:
        if mark in text:
            raise PatternRefused(f"{reason} {USE_INSTEAD}")
    wildcard = text.startswith(WILDCARD_PREFIX)
    host = text[len(WILDCARD_PREFIX) :] if wildcard else text
    if not host:
        raise PatternRefused("The pattern has no domain. " + USE_INSTEAD)
    if "*" in host:
        raise PatternRefused("Only a leading *. is allowed as a wildcard. " + USE_INSTEAD)
    ascii_host = _ascii_host(host)
    labels = ascii_host.split(".")
    if labels[-1].isdigit():
        raise PatternRefused("An IP address is not a domain. " + USE_INSTEAD)
    if not wildcard and len(labels) < 2:
        raise PatternRefused(f"{host} is a domain ending, not a domain: write *.{host}.")
    return WILDCARD_PREFIX + ascii_host if wildcard else ascii_host


def _ascii_host(host: str) -> str:
    try:
        ascii_host = idna.encode(host, uts46=True).decode("ascii") if not host.isascii() else host
        if any(label.startswith("xn--") for label in ascii_host.split(".")):
            idna.decode(ascii_host)  # an A-label must decode to a real name
    except idna.IDNAError as error:
        raise PatternRefused("This is not a valid domain. " + USE_INSTEAD) from error
    labels = ascii_host.split(".")
    if len(ascii_host) > MAX_NAME_OCTETS or not all(_HOST_LABEL.fullmatch(lb) for lb in labels):
        raise PatternRefused("This is not a valid domain. " + USE_INSTEAD)
    return ascii_host
