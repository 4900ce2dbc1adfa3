"""Whether to tell the admin that a newer assistant exists, from what the release feed says.

The feed (docs/backend-api.md, "The release feed") is data from a server, so it is believed
only when its version is a plain release number and its page is `https` on OpenCX's own site.
The note only links to that page; nothing is ever downloaded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from hubspot_setup.flow.words import translate

# The release page lives on OpenCX's site: this domain or one of its subdomains.
RELEASE_SITE = "open.cx"
MAX_URL_LENGTH = 2048

# PEP 440 release numbers as this project tags them: 1.2, 1.2.3, 1.2.3.4, with an optional
# pre-release (a/b/rc). No epochs, post, dev or local parts: a feed never needs them. ASCII
# digits only (`\d` would take any script's digits).
_VERSION = re.compile(r"([0-9]{1,5}(?:\.[0-9]{1,5}){1,3})(?:(a|b|rc)([0-9]{1,5}))?")
_PHASES = {"a": 0, "b": 1, "rc": 2, None: 3}  # a final release sorts after its pre-releases
_HOST_LABEL = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")


@dataclass(frozen=True)
class NewerVersion:
    """A newer version and the page that describes it (opened only on the admin's click)."""

    version: str
    url: str

    @property
    def note(self) -> str:
        """The quiet line the window shows."""
        return translate("flow.newer_version", "Version %1 is available").arg(self.version)

    @property
    def link_hint(self) -> str:
        """What clicking the note does, said before it is done."""
        return translate(
            "flow.newer_version",
            "Opens the page about version %1 in your browser. Nothing is downloaded or "
            "installed unless you choose to there.",
        ).arg(self.version)


@dataclass(frozen=True)
class FeedReading:
    """What the feed's answer means: a newer version to mention, or why it is not mentioned
    (`ignored_because` is technical text for the log, never shown)."""

    newer: NewerVersion | None = None
    ignored_because: str | None = None


def release_key(version: str) -> tuple[int, ...] | None:
    """A sortable key for a release number, or None if it is not one."""
    match = _VERSION.fullmatch(version)
    if match is None:
        return None
    numbers = [int(part) for part in match.group(1).split(".")]
    numbers += [0] * (4 - len(numbers))  # 1.2 == 1.2.0
    phase = _PHASES[match.group(2)]
    return (*numbers, phase, int(match.group(3) or 0))


def is_release_page(url: str) -> bool:
    """`https` on open.cx or a subdomain, the default port, no user name or password."""
    if len(url) > MAX_URL_LENGTH or any(ch.isspace() or ord(ch) < 0x20 for ch in url):
        return False
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return False
    host = parts.hostname or ""
    if parts.scheme != "https" or parts.username is not None or parts.password is not None:
        return False
    if port not in (None, 443) or "@" in parts.netloc:
        return False
    labels = host.split(".")
    if not all(_HOST_LABEL.fullmatch(label) for label in labels):
        return False  # also refuses a trailing dot, IP literals' colons and non-ASCII tricks
    return host == RELEASE_SITE or host.endswith("." + RELEASE_SITE)


def read_feed(current_version: str, body: object) -> FeedReading:
    """Judge the feed's JSON body against the running version."""
    if not isinstance(body, dict):
        return FeedReading(ignored_because="the answer is not a JSON object")
    version, url = body.get("version"), body.get("url")
    if not isinstance(version, str) or release_key(version) is None:
        return FeedReading(ignored_because="the version is not a release number")
    if not isinstance(url, str) or not is_release_page(url):
        return FeedReading(ignored_because="the page is not https on open.cx")
    running = release_key(current_version)
    if running is None:
        return FeedReading(
            ignored_because=f"the running version {current_version!r} cannot be compared"
        )
    latest = release_key(version)
    if latest is None or latest <= running:
        return FeedReading()  # up to date: nothing to say, nothing wrong
    return FeedReading(newer=NewerVersion(version=version, url=url))
