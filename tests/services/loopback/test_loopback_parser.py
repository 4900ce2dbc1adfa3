"""The listener's HTTP rules as pure functions, and a hypothesis fuzzer over raw bytes.

The fuzzer runs the exact parser and judge the listener uses (no socket), so it can try
thousands of inputs in a few seconds: 10,000 per `make test` across the two properties below
(`test_loopback_fuzz_sockets.py` adds a few hundred over real sockets). Properties: nothing
raises, and only a GET or form POST to the exact callback path carrying exactly the expected
state is ever accepted.
"""

from __future__ import annotations

from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hubspot_setup.services.loopback_http import (
    INCOMPLETE,
    Answer,
    Arrived,
    HttpRequest,
    Incomplete,
    KeepWaiting,
    Rejected,
    judge,
    parse_params,
    parse_request,
)
from hubspot_setup.services.pkce import new_state

STATE = new_state()
PORT = 50505
HOSTS = frozenset({f"127.0.0.1:{PORT}", f"[::1]:{PORT}", f"localhost:{PORT}"})
RAW_EXAMPLES = 6_000
STRUCTURED_EXAMPLES = 4_000
FUZZ_TOTAL = RAW_EXAMPLES + STRUCTURED_EXAMPLES


def decide(data: bytes) -> HttpRequest | Incomplete | Rejected | KeepWaiting | Arrived:
    parsed = parse_request(data)
    if not isinstance(parsed, HttpRequest):
        return parsed
    return judge(parsed, callback_path="/callback", expected_state=STATE, allowed_hosts=HOSTS)


def assert_no_false_acceptance(data: bytes) -> None:
    outcome = decide(data)
    if isinstance(outcome, Rejected):
        assert 400 <= outcome.status < 600
    if not isinstance(outcome, Arrived):
        return
    request = parse_request(data)
    assert isinstance(request, HttpRequest)
    assert request.path == "/callback"
    assert request.method in ("GET", "POST")
    assert outcome.params["state"] == STATE
    encoded = request.query if request.method == "GET" else request.body.decode("ascii")
    assert encoded.count("state=") == 1


def test_a_plain_get_callback_arrives() -> None:
    raw = f"GET /callback?code=abc&state={STATE} HTTP/1.1\r\nHost: 127.0.0.1:{PORT}\r\n\r\n"
    outcome = decide(raw.encode())
    assert outcome == Arrived({"code": "abc", "state": STATE})


def test_percent_encoded_values_are_decoded_once() -> None:
    target = f"/callback?code=a%2Bb%20c&state={quote(STATE)}"
    raw = f"GET {target} HTTP/1.1\r\nHost: localhost:{PORT}\r\n\r\n"
    assert decide(raw.encode()) == Arrived({"code": "a+b c", "state": STATE})


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"GET",
        b"GET /callback HTTP/1.1\r\nHost: h\r\n",
        b"POST /c HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\n\r\nab",
    ],
)
def test_unfinished_requests_ask_for_more(data: bytes) -> None:
    assert parse_request(data) is INCOMPLETE


def test_bytes_after_the_request_are_ignored() -> None:
    raw = b"GET /x HTTP/1.0\r\n\r\nGET /callback HTTP/1.1\r\n\r\n"
    parsed = parse_request(raw)
    assert isinstance(parsed, HttpRequest)
    assert parsed.path == "/x"
    assert parsed.version == "HTTP/1.0"


@pytest.mark.parametrize(
    ("encoded", "expected"),
    [
        ("a=1&b=", {"a": "1", "b": ""}),
        ("a=1&a=2", None),
        ("a=%ff", None),
        ("&".join(f"k{i}=v" for i in range(40)), None),
        ("", {}),
    ],
)
def test_parse_params(encoded: str, expected: dict[str, str] | None) -> None:
    assert parse_params(encoded) == expected


def test_judge_with_nothing_waiting_never_accepts() -> None:
    request = HttpRequest("GET", "/callback", f"state={STATE}", "HTTP/1.1", {"host": "h"})
    assert judge(
        request, callback_path="/callback", expected_state=None, allowed_hosts=None
    ) == KeepWaiting(Answer.STALE)


# ---- the fuzzer ------------------------------------------------------------------------------


def _mostly(valid: object, *others: object) -> list[object]:
    """Choices where `valid` is three in four (a zero byte, the shrink target, picks it)."""
    return [valid] * (3 * len(others)) + list(others)


_METHODS = _mostly("GET", "POST", "HEAD", "PUT", "get", "G ET", "OPTIONS", "")
_PATHS = _mostly(
    "/callback", "/callback/", "/Callback", "/", "/favicon.ico", "//callback", "/callback;x", "/c"
)
_STATES = _mostly(
    STATE, STATE.upper(), STATE[:-1], STATE + "A", "", " " + STATE, STATE + "%00", "x", None
)
_HOSTS = _mostly(f"127.0.0.1:{PORT}", f"[::1]:{PORT}", f"LOCALHOST:{PORT}", "evil.test", None)
_VERSIONS = _mostly("HTTP/1.1", "HTTP/1.0", "HTTP/2.0", "HTTP/1.1 ", "http/1.1")
_EXTRAS = [
    "code=abc",
    "error=access_denied",
    "result=r1",
    "error_description=a%20b",
    "state=x",
    "z=%ff",
]
_HEADERS = [
    "User-Agent: t",
    "Accept: */*",
    "X-Bad",
    " folded",
    "Cookie: a=b",
    "Transfer-Encoding: x",
]
_CONTENT_TYPES = _mostly(
    "application/x-www-form-urlencoded",
    "text/plain",
    "APPLICATION/X-WWW-FORM-URLENCODED; charset=utf-8",
)
_BAD_HEADERS = {"X-Bad", " folded", "Transfer-Encoding: x"}


@st.composite
def structured_requests(draw: st.DrawFn) -> tuple[bytes, bool]:
    """A request near a valid callback, and whether it is exactly a valid one.

    The choices come from one drawn byte string (one draw is much cheaper than a dozen, which
    keeps thousands of examples fast); a zero byte picks the valid option, so hypothesis
    shrinks a failure towards the valid callback.
    """
    pick = draw(st.binary(min_size=12, max_size=12))
    splice = draw(st.binary(max_size=6))  # bytes to splice in; empty (the shrink target): none

    def choose(index: int, options: list[object]) -> object:
        return options[pick[index] % len(options)]

    method, path, state = choose(0, _METHODS), choose(1, _PATHS), choose(2, _STATES)
    host, version = choose(3, _HOSTS), choose(4, _VERSIONS)
    extras = [extra for bit, extra in enumerate(_EXTRAS) if pick[5] >> bit & 1 and pick[6] & 1]
    params = ([f"state={state}"] if state is not None else []) + extras
    if pick[7] & 1:
        params.reverse()
    query = "&".join(params)
    in_body = method == "POST"
    body = query.encode() if in_body else b""
    lines = [f"{method} {path if in_body else f'{path}?{query}'} {version}"]
    if host is not None:
        lines.append(f"Host: {host}")
    content_type = choose(8, _CONTENT_TYPES)
    length = choose(9, _mostly(len(body), len(body) + 1, max(len(body) - 1, 0), -1, 10**9))
    if in_body:
        lines += [f"Content-Type: {content_type}", f"Content-Length: {length}"]
    headers = [header for bit, header in enumerate(_HEADERS) if pick[10] >> bit & 1 and pick[6] & 2]
    lines += headers
    data = ("\r\n".join(lines) + "\r\n\r\n").encode() + body
    if splice:  # replace or insert a few bytes anywhere, or cut the request short
        at = (pick[11] * 257 + splice[0]) % (len(data) + 1)
        data = (
            data[:at] if len(splice) == 1 else data[:at] + splice[1:] + data[at + splice[0] % 2 :]
        )
    exactly_valid = (
        not splice
        and method in ("GET", "POST")
        and path == "/callback"
        and state == STATE
        and "state=x" not in extras
        and "z=%ff" not in extras
        and host != "evil.test"
        and not (host is None and version == "HTTP/1.1")
        and version in ("HTTP/1.1", "HTTP/1.0")
        and (not in_body or (length == len(body) and content_type != "text/plain"))
        and not (_BAD_HEADERS & set(headers))
    )
    return data, exactly_valid


@settings(max_examples=RAW_EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=300))
def test_fuzz_raw_bytes_never_crash_or_accept(data: bytes) -> None:
    assert_no_false_acceptance(data)


@settings(max_examples=STRUCTURED_EXAMPLES, deadline=None)
@given(structured_requests())
def test_fuzz_near_valid_requests_never_crash_or_accept_falsely(case: tuple[bytes, bool]) -> None:
    data, exactly_valid = case
    assert_no_false_acceptance(data)
    if exactly_valid:  # and no false refusal either
        assert isinstance(decide(data), Arrived), data
        for cut in range(len(data) - 1):  # every prefix of it is only ever "send more"
            assert parse_request(data[:cut]) is INCOMPLETE
