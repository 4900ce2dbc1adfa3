"""The browser's result pages: safe headers, self-contained, and never an echo of a secret."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import Any

import pytest
from loopback_support import body_of, get, http_exchange, status_of

from hubspot_setup.flow import words
from hubspot_setup.paths import resources_dir
from hubspot_setup.services.loopback import answer_bytes
from hubspot_setup.services.result_page import ResultPage, Tone, http_response

# A tag that loads or links something, a style that does, or any attribute pointing elsewhere.
EXTERNAL = re.compile(
    r"<(script|link|img|iframe|object|embed|a|form|base|video|audio|source)\b"
    r"|<[^>]*\b(src|href|action|srcset)\s*="
    r"|url\(|@import",
    re.IGNORECASE,
)


def headers_of(response: bytes) -> dict[str, str]:
    head = response.partition(b"\r\n\r\n")[0].decode("ascii").split("\r\n")[1:]
    return {name.lower(): value for name, _, value in (line.partition(": ") for line in head)}


def assert_safe_page(response: bytes) -> None:
    headers = headers_of(response)
    assert headers["referrer-policy"] == "no-referrer"
    assert headers["cache-control"] == "no-store"
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["connection"] == "close"
    csp = headers["content-security-policy"]
    assert "default-src 'none'" in csp
    assert "style-src 'unsafe-inline'" in csp
    assert "frame-ancestors 'none'" in csp
    assert headers["content-type"] == "text/html; charset=utf-8"
    body = body_of(response)
    assert int(headers["content-length"]) == len(body.encode("utf-8"))
    assert not EXTERNAL.search(body), "the page must not load or link anything"
    assert "return to OpenCX HubSpot Setup" in body


async def test_success_page_is_safe_and_never_echoes_the_code_or_state(attempt: Any) -> None:
    code = "AUTHCODE-7f3a9c"
    response = await http_exchange(
        attempt.port, get(attempt.callback(code=code, state=attempt.state), attempt.port)
    )
    assert status_of(response) == 200
    assert_safe_page(response)
    assert code not in response.decode()
    assert attempt.state not in response.decode()
    assert await attempt.result() == "redeemed"


async def test_stale_and_probe_pages_are_safe_and_never_echo_what_was_sent(attempt: Any) -> None:
    for target in (
        attempt.callback(code="AUTHCODE-stale", state="STATE-stale"),
        "/favicon.ico?q=PROBE-echo",
        attempt.callback(error="access_denied", error_description="DESCRIPTION-echo"),
    ):
        response = await http_exchange(attempt.port, get(target, attempt.port))
        assert_safe_page(response)
        text = response.decode()
        for sent in ("AUTHCODE-stale", "STATE-stale", "PROBE-echo", "DESCRIPTION-echo"):
            assert sent not in text
    assert attempt.still_waiting()


@pytest.mark.parametrize("status", [400, 404, 405, 408, 411, 413, 414, 415, 421, 431, 501, 505])
def test_every_refusal_page_is_safe(status: int) -> None:
    response = answer_bytes(status)
    assert status_of(response) == status
    assert_safe_page(response)


def test_text_is_escaped_not_interpreted() -> None:
    page = ResultPage('<img src="x">', "a & b <script>", "fix <b>now</b>")
    response = http_response(200, page, Tone.PROBLEM)
    assert_safe_page(response)
    body = body_of(response)
    assert "&lt;img src=&quot;x&quot;&gt;" in body
    assert "&lt;script&gt;" in body
    assert "fix &lt;b&gt;now&lt;/b&gt;" in body


def test_head_only_responses_have_no_body() -> None:
    response = answer_bytes(404, head_only=True)
    assert response.endswith(b"\r\n\r\n")
    assert int(headers_of(response)["content-length"]) > 0  # the length HEAD would have had


class _TemplateText(HTMLParser):
    """The words of the page template outside <style>: each must be a placeholder."""

    def __init__(self) -> None:
        super().__init__()
        self.words: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if not self._in_style and data.strip():
            self.words.append(data.strip())


def test_the_template_holds_markup_and_placeholders_only() -> None:
    parser = _TemplateText()
    parser.feed((resources_dir() / "result-page.html").read_text(encoding="utf-8"))
    assert parser.words
    assert all(re.fullmatch(r"\$[a-z]+", word) for word in parser.words), parser.words


_GERMAN = {
    "en": "de",
    "You can close this tab and return to %1.": "Sie können diesen Tab schließen und zu %1 "
    "zurückkehren.",
    "This link has expired": "Dieser Link ist abgelaufen",
}


def _german(context: str, source: str, disambiguation: str | None, n: int) -> str:
    return _GERMAN.get(source, source)


async def test_pages_speak_the_language_of_the_translator_in_use(attempt: Any) -> None:
    english = body_of(answer_bytes(400))
    words.use_translator(_german)
    try:
        stale = await http_exchange(
            attempt.port, get(attempt.callback(code="c", state="STATE-stale"), attempt.port)
        )
        success = await http_exchange(
            attempt.port, get(attempt.callback(code="c", state=attempt.state), attempt.port)
        )
    finally:
        words.use_translator(None)
    assert '<html lang="en">' in english
    assert "This link has expired" in english
    stale_page = body_of(stale)
    assert '<html lang="de">' in stale_page
    assert "<h1>Dieser Link ist abgelaufen</h1>" in stale_page  # not an earlier page's bytes
    assert "zu OpenCX HubSpot Setup zurückkehren." in stale_page
    assert "zu OpenCX HubSpot Setup zurückkehren." in body_of(success)
    assert await attempt.result() == "redeemed"


def test_a_language_code_that_is_not_one_falls_back_to_english() -> None:
    words.use_translator(lambda context, source, disambiguation, n: '"><script>')
    try:
        body = body_of(http_response(200, ResultPage("t", "m"), Tone.SUCCESS))
    finally:
        words.use_translator(None)
    assert '<html lang="en">' in body
    assert "<script>" not in body
