"""The loopback listener's HTTP rules as pure functions over bytes.

`parse_request` turns what a browser (or anything else on this computer) sent into a request,
"send more", or a rejection with its status; `judge` decides what a parsed request means for
the waiting attempt. Neither touches a socket, so the fuzzer can feed them millions of bytes and
the listener and the paste-the-address fallback share the very same checks.

Only a request for the exact callback path, by GET or form POST, carrying exactly the state of
the waiting attempt, ends the wait. Everything else is answered and the wait goes on, so a
favicon probe, a stale tab or a forged `?error=` cannot abort a sign-in.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from urllib.parse import parse_qsl

from hubspot_setup.services.pkce import same_secret

MAX_REQUEST_LINE = 8 * 1024
MAX_HEAD = 32 * 1024  # cookies set by other local tools on 127.0.0.1 come along; be generous
MAX_HEADERS = 100
MAX_BODY = 8 * 1024
MAX_FIELDS = 32

_TOKEN = re.compile(rb"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_METHOD = re.compile(r"[A-Z]{1,16}")
_TARGET = re.compile(r"/[\x21-\x7e]*")  # origin-form only: no scheme, no spaces, no controls
_FIELD_VALUE = re.compile(rb"[\t\x20-\x7e\x80-\xff]*")
_SINGLE_HEADERS = frozenset({"host", "content-length", "content-type", "transfer-encoding"})
_FORM = "application/x-www-form-urlencoded"


@dataclass(frozen=True)
class HttpRequest:
    method: str
    path: str
    query: str
    version: str
    headers: Mapping[str, str]  # lower-case names
    body: bytes = b""


@dataclass(frozen=True)
class Incomplete:
    """The request is not complete yet: read more (within the time and size limits)."""


@dataclass(frozen=True)
class Rejected:
    status: int
    reason: str  # for the log; never contains what was sent


INCOMPLETE = Incomplete()


def parse_request(data: bytes) -> HttpRequest | Incomplete | Rejected:
    """Parse one HTTP/1.x request from the start of `data`; bytes after it are ignored."""
    end = data.find(b"\r\n\r\n")
    if end < 0:
        line_end = data.find(b"\r\n")
        if (line_end < 0 and len(data) > MAX_REQUEST_LINE) or line_end > MAX_REQUEST_LINE:
            return Rejected(414, "request line too long")
        if len(data) > MAX_HEAD:
            return Rejected(431, "headers too large")
        return INCOMPLETE
    if end + 4 > MAX_HEAD:
        return Rejected(431, "headers too large")
    lines = data[:end].split(b"\r\n")
    if len(lines[0]) > MAX_REQUEST_LINE:
        return Rejected(414, "request line too long")
    if len(lines) - 1 > MAX_HEADERS:
        return Rejected(431, "too many headers")
    start = _request_line(lines[0])
    if isinstance(start, Rejected):
        return start
    method, target, version = start
    headers = _headers(lines[1:])
    if isinstance(headers, Rejected):
        return headers
    if version == "HTTP/1.1" and "host" not in headers:
        return Rejected(400, "no Host header")
    if "transfer-encoding" in headers:
        return Rejected(501, "transfer codings are not supported")
    length = _content_length(headers, method)
    if isinstance(length, Rejected):
        return length
    body_start = end + 4
    if len(data) < body_start + length:
        return INCOMPLETE
    path, _, query = target.partition("?")
    return HttpRequest(
        method=method,
        path=path,
        query=query,
        version=version,
        headers=headers,
        body=data[body_start : body_start + length],
    )


def _request_line(line: bytes) -> tuple[str, str, str] | Rejected:
    try:
        text = line.decode("ascii")
    except UnicodeDecodeError:
        return Rejected(400, "request line is not ASCII")
    parts = text.split(" ")
    if len(parts) != 3:
        return Rejected(400, "malformed request line")
    method, target, version = parts
    if not _METHOD.fullmatch(method):
        return Rejected(400, "malformed method")
    if not _TARGET.fullmatch(target) or "#" in target:
        return Rejected(400, "malformed request target")
    if version not in ("HTTP/1.1", "HTTP/1.0"):
        if re.fullmatch(r"HTTP/\d\.\d", version):
            return Rejected(505, "HTTP version not supported")
        return Rejected(400, "malformed HTTP version")
    return method, target, version


def _headers(lines: list[bytes]) -> dict[str, str] | Rejected:
    headers: dict[str, str] = {}
    for line in lines:
        name, colon, raw_value = line.partition(b":")
        if not colon or not _TOKEN.fullmatch(name):  # also refuses obsolete line folding
            return Rejected(400, "malformed header")
        value = raw_value.strip(b" \t")
        if not _FIELD_VALUE.fullmatch(value):
            return Rejected(400, "control character in a header")
        key = name.decode("ascii").lower()
        text = value.decode("latin-1")
        if key in headers:
            if key in _SINGLE_HEADERS:
                return Rejected(400, f"repeated {key} header")
            headers[key] = f"{headers[key]}, {text}"
        else:
            headers[key] = text
    return headers


def _content_length(headers: Mapping[str, str], method: str) -> int | Rejected:
    raw = headers.get("content-length")
    if raw is None:
        return Rejected(411, "POST without Content-Length") if method == "POST" else 0
    if not raw.isascii() or not raw.isdigit():
        return Rejected(400, "malformed Content-Length")
    if len(raw) > 6 or int(raw) > MAX_BODY:
        return Rejected(413, "body too large")
    return int(raw)


class Answer(Enum):
    """What the listener answers to a request that does not end the wait."""

    NOT_FOUND = 404
    METHOD_NOT_ALLOWED = 405
    UNSUPPORTED_MEDIA_TYPE = 415
    WRONG_HOST = 421
    STALE = 400  # missing, wrong or already used state: a stale tab or a forged request


@dataclass(frozen=True)
class KeepWaiting:
    answer: Answer
    carried_result: bool = False  # a code, result or error arrived with a bad state


@dataclass(frozen=True)
class Arrived:
    """The callback of the waiting attempt (its state matched). It ends the wait."""

    params: Mapping[str, str]


RESULT_KEYS = frozenset({"code", "result", "error"})


def judge(
    request: HttpRequest,
    *,
    callback_path: str,
    expected_state: str | None,
    allowed_hosts: frozenset[str] | None,
) -> KeepWaiting | Arrived:
    """Decide what `request` means for the attempt waiting for `expected_state`.

    `allowed_hosts` (lower case, with port) guards against DNS rebinding; None skips that
    check, for an address the admin pasted. `expected_state` None means nothing is waiting.
    """
    host = request.headers.get("host")
    if allowed_hosts is not None and host is not None and host.lower() not in allowed_hosts:
        return KeepWaiting(Answer.WRONG_HOST)
    if request.path != callback_path:
        return KeepWaiting(Answer.NOT_FOUND)
    if request.method not in ("GET", "POST"):
        return KeepWaiting(Answer.METHOD_NOT_ALLOWED)
    if request.method == "POST":
        media_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if media_type != _FORM:
            return KeepWaiting(Answer.UNSUPPORTED_MEDIA_TYPE)
        try:
            encoded = request.body.decode("ascii")
        except UnicodeDecodeError:
            return KeepWaiting(Answer.STALE)
    else:
        encoded = request.query
    params = parse_params(encoded)
    if params is None:
        return KeepWaiting(Answer.STALE)
    received = params.get("state")
    if expected_state is None or received is None or not same_secret(expected_state, received):
        return KeepWaiting(Answer.STALE, carried_result=bool(RESULT_KEYS & params.keys()))
    return Arrived(params)


def parse_params(encoded: str) -> dict[str, str] | None:
    """Form-encoded parameters, or None when malformed, too many or a name is repeated."""
    try:
        pairs = parse_qsl(
            encoded,
            keep_blank_values=True,
            max_num_fields=MAX_FIELDS,
            encoding="utf-8",
            errors="strict",
        )
    except ValueError:  # too many fields, or percent-encoded bytes that are not UTF-8
        return None
    params = dict(pairs)
    if len(params) != len(pairs):  # `state=a&state=b` is ambiguous: refuse it
        return None
    return params
