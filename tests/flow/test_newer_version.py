"""The release feed's rules: which versions count, which pages may be linked, and when the
window says that a newer version exists."""

from __future__ import annotations

import pytest

from hubspot_setup.flow.newer_version import (
    NewerVersion,
    is_release_page,
    read_feed,
    release_key,
)

PAGE = "https://www.open.cx/hubspot-setup/releases"


@pytest.mark.parametrize(
    ("older", "newer"),
    [
        ("0.1.0", "0.2.0"),
        ("0.9.9", "0.10.0"),  # numbers, not text
        ("1.2", "1.2.1"),
        ("1.2.0a1", "1.2.0b1"),
        ("1.2.0b2", "1.2.0rc1"),
        ("1.2.0rc1", "1.2.0"),  # the release comes after its release candidates
        ("1.2.0", "1.2.0.1"),
    ],
)
def test_release_numbers_sort_as_versions(older: str, newer: str) -> None:
    older_key, newer_key = release_key(older), release_key(newer)
    assert older_key is not None
    assert newer_key is not None
    assert older_key < newer_key


def test_trailing_zeros_do_not_make_a_version_newer() -> None:
    assert release_key("1.2") == release_key("1.2.0") == release_key("1.2.0.0")


@pytest.mark.parametrize(
    "text",
    ["", "1", "v1.2.0", "1.2.0.dev1", "1.2.0.post1", "1!1.2.0", "1.2.0+local", "1.2.0-beta",
     "1.2.3.4.5", "1.2.0 ", "１.２.０", "1.2.0rc", "123456.0"],
)  # fmt: skip
def test_anything_but_a_release_number_is_refused(text: str) -> None:
    assert release_key(text) is None


@pytest.mark.parametrize(
    "url",
    [
        "https://open.cx/hubspot-setup",
        "https://www.open.cx/hubspot-setup/releases/0.2.0",
        "https://DOCS.open.cx/x?y=1#z",
        "https://www.open.cx:443/releases",
    ],
)
def test_release_pages_on_opencx_over_https_are_accepted(url: str) -> None:
    assert is_release_page(url)


@pytest.mark.parametrize(
    "url",
    [
        "http://www.open.cx/releases",  # not https
        "https://open.cx.example.com/releases",  # another site that starts alike
        "https://evilopen.cx/releases",  # another domain that ends alike
        "https://www.open.cx@example.com/releases",  # user info that hides the real host
        "https://user:secret@www.open.cx/releases",
        "https://www.open.cx:8443/releases",
        "https://www.open.cx./releases",
        "https://xn--pen-ssa.cx/releases",  # not open.cx, whatever it looks like
        "https://www.open.cx/releases\nSet-Cookie: x",
        "https://www.open.cx/ releases",
        "javascript:alert(1)//open.cx",
        "file:///etc/passwd",
        "https://[::1]/open.cx",
        "https://www.open.cx:99999/",
        "https://www.open.cx/" + "a" * 2100,
        "",
    ],
)
def test_other_pages_are_refused(url: str) -> None:
    assert not is_release_page(url)


def test_a_newer_version_is_mentioned_with_its_page() -> None:
    reading = read_feed("0.1.0", {"version": "0.2.0", "url": PAGE, "published_at": "x"})
    assert reading.newer == NewerVersion(version="0.2.0", url=PAGE)
    assert reading.ignored_because is None
    assert reading.newer.note == "Version 0.2.0 is available"
    assert "Nothing is downloaded" in reading.newer.link_hint


@pytest.mark.parametrize("latest", ["0.1.0", "0.1", "0.0.9", "0.1.0rc1"])
def test_the_same_or_an_older_version_says_nothing(latest: str) -> None:
    reading = read_feed("0.1.0", {"version": latest, "url": PAGE})
    assert reading.newer is None
    assert reading.ignored_because is None  # up to date is not a failure


@pytest.mark.parametrize(
    ("body", "because"),
    [
        ([], "not a JSON object"),
        ({"url": PAGE}, "not a release number"),
        ({"version": 2, "url": PAGE}, "not a release number"),
        ({"version": "2.0.0<script>", "url": PAGE}, "not a release number"),
        ({"version": "2.0.0"}, "not https on open.cx"),
        ({"version": "2.0.0", "url": "https://example.com/setup.exe"}, "not https on open.cx"),
    ],
)
def test_a_feed_that_cannot_be_believed_is_ignored_with_a_reason(
    body: object, because: str
) -> None:
    reading = read_feed("0.1.0", body)
    assert reading.newer is None
    assert reading.ignored_because is not None
    assert because in reading.ignored_because


def test_a_running_version_that_cannot_be_compared_says_nothing() -> None:
    reading = read_feed("0.1.0.dev3+g1234", {"version": "9.0.0", "url": PAGE})
    assert reading.newer is None
    assert reading.ignored_because is not None
    assert "cannot be compared" in reading.ignored_because
