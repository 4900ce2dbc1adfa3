"""The log file never holds a secret, whatever logger wrote it and however it was shaped.

Secrets are removed by shape (bearer headers, `pat-`, `ocx_<word>_`, JWTs, OAuth parameters)
and, once remembered, by value: raw, URL-encoded, JSON-escaped and base64-encoded.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
import re
import secrets
import string
from collections.abc import Iterator
from pathlib import Path
from unittest import mock
from urllib.parse import quote, quote_plus, urlencode

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from hubspot_setup.services import logs
from hubspot_setup.services.logs import (
    LOG_FILE,
    RedactingFilter,
    close_logging,
    redact_text,
    remember_secret,
    setup_logging,
)

_TOKEN_CHARS = string.ascii_letters + string.digits + "-_."
opaque = st.text(_TOKEN_CHARS, min_size=12, max_size=60).filter(lambda s: s.strip("-_.") == s)
hexes = st.text("0123456789abcdef", min_size=32, max_size=32)
filler = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\n"), max_size=30
)


@st.composite
def private_app_tokens(draw: st.DrawFn) -> str:
    h = draw(hexes)
    region = draw(st.sampled_from(["na1", "eu1", "ap1", "na2"]))
    return f"pat-{region}-{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


@st.composite
def api_keys(draw: st.DrawFn) -> str:
    """OpenCX's documented ocx_live_ keys, the project's older ocx_key_, any ocx_<word>_."""
    prefix = draw(st.sampled_from(["ocx_live_", "ocx_key_", "ocx_test_", "ocx_at_"]))
    return prefix + draw(opaque)


@st.composite
def jwts(draw: st.DrawFn) -> str:
    def part(raw: bytes) -> str:
        return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")

    claims = {"sub": draw(st.text(string.ascii_letters, max_size=20)), "n": draw(st.integers())}
    signature = draw(st.binary(min_size=0, max_size=32))
    return ".".join(
        (part(b'{"alg":"HS256","typ":"JWT"}'), part(json.dumps(claims).encode()), part(signature))
    )


# Each places a secret the way a real record would carry it.
CONTEXTS = [
    lambda s: f"Authorization: Bearer {s}",
    lambda s: f"{{'authorization': 'Bearer {s}', 'accept': 'application/json'}}",
    lambda s: f"HTTP Request: GET http://127.0.0.1:5000/callback?code={s}&state=xyz",
    lambda s: f"GET http://127.0.0.1:5000/callback?state={s}&result=abc",
    lambda s: f"return_to?state=abc&result={s}",
    lambda s: json.dumps({"access_token": s, "refresh_token": s, "token_type": "Bearer"}),
    lambda s: json.dumps({"private_app_token": s, "default_user_id": "1"}),
    lambda s: json.dumps({"tokenKey": s}),
    lambda s: urlencode({"grant_type": "authorization_code", "code": s, "code_verifier": s}),
    lambda s: urlencode({"grant_type": "refresh_token", "refresh_token": s}),
    lambda s: f"Cookie: session={s}; theme=dark",
    lambda s: f"Set-Cookie: sid={s}; Path=/; HttpOnly",
    lambda s: f"the api key {s} was refused",
]


@given(
    secret=st.one_of(opaque, private_app_tokens(), api_keys(), jwts()),
    context=st.sampled_from(range(len(CONTEXTS))),
    before=filler,
    after=filler,
)
@settings(max_examples=300, deadline=None)
def test_redact_removes_the_secret(secret: str, context: int, before: str, after: str) -> None:
    if context == len(CONTEXTS) - 1 and not secret.startswith(("pat-", "ocx_", "eyJ")):
        secret = "ocx_live_" + secret  # a bare word is only recognisable by its shape
    assume(secret not in before and secret not in after)
    text = before + " " + CONTEXTS[context](secret) + " " + after
    cleaned = redact_text(text)
    assert secret not in cleaned
    assert "[redacted]" in cleaned


@given(token=private_app_tokens(), key=api_keys(), jwt=jwts())
@settings(max_examples=100, deadline=None)
def test_bare_token_shapes_are_removed_anywhere(token: str, key: str, jwt: str) -> None:
    cleaned = redact_text(f"saving {token} and {key}, then {jwt}.")
    assert token not in cleaned
    assert key not in cleaned
    assert jwt not in cleaned
    assert cleaned.startswith("saving ")


# -- by value -------------------------------------------------------------------------------

# Secrets with nothing to recognise them by: any printable text, spaces and symbols included.
shapeless = st.text(
    st.characters(blacklist_categories=("Cs", "Cc")), min_size=8, max_size=80
).filter(lambda s: s.strip() == s and len(s.encode()) >= 8)


def _own_registry() -> mock._patch[logs._KnownSecrets]:
    """The remembered secrets of one example only: random values remembered here must not
    blank out text in other tests of the same process."""
    return mock.patch.object(logs, "_KNOWN", logs._KnownSecrets())


@pytest.fixture(autouse=True)
def own_registry() -> Iterator[None]:
    with _own_registry():
        yield


def _encodings(secret: str, before: bytes, after: bytes) -> list[str]:
    """The secret written the ways a record may carry it, base64 inside a longer value."""
    blob = before + secret.encode() + after
    return [
        secret,
        quote(secret, safe=""),
        quote(secret),
        quote_plus(secret),
        json.dumps({"v": secret}),
        json.dumps({"v": secret}, ensure_ascii=False),
        base64.b64encode(blob).decode(),
        base64.urlsafe_b64encode(blob).decode().rstrip("="),
        "Basic " + base64.b64encode(b"user:" + secret.encode()).decode(),
    ]


def _recoverable(secret: str, text: str) -> bool:
    """Whether the secret can be read back from `text`, directly or by decoding any run."""
    if secret in text:
        return True
    for run in re.findall(r"[A-Za-z0-9+/_\-]{8,}={0,2}", text):
        for offset in range(4):  # a run may start mid-quantum after a redaction
            chunk = run[offset:].rstrip("=")
            chunk = chunk[: len(chunk) - len(chunk) % 4]
            for alphabet in (b"+/", b"-_"):
                try:
                    raw = base64.b64decode(chunk, altchars=alphabet, validate=False)
                except binascii.Error:
                    continue
                if secret.encode() in raw:
                    return True
    return False


@given(
    secret=shapeless,
    way=st.integers(min_value=0, max_value=8),
    before=st.binary(max_size=5),
    after=st.binary(max_size=5),
)
@settings(max_examples=300, deadline=None)
def test_a_remembered_secret_is_removed_raw_and_encoded(
    secret: str, way: int, before: bytes, after: bytes
) -> None:
    with _own_registry():
        remember_secret(secret)
        text = "GET /v1/me " + _encodings(secret, before, after)[way] + " 200"
        cleaned = redact_text(text)
    assert not _recoverable(secret, cleaned), cleaned
    assert "[redacted]" in cleaned


def test_without_remembering_a_shapeless_secret_survives() -> None:
    """The control: such a value has no shape to find, only its value gives it away."""
    secret = "Zx" + secrets.token_urlsafe(20)
    assert secret in redact_text(f"refreshed with {secret}")
    remember_secret(secret)
    assert secret not in redact_text(f"refreshed with {secret}")


def test_short_values_are_not_remembered_and_harmless_text_stays() -> None:
    remember_secret("", None, "1234567", "GET")
    text = "GET /v1/me HTTP 200; error_code=5; portal 1234567"
    assert redact_text(text) == text


def test_harmless_text_is_kept() -> None:
    text = "GET /v1/me HTTP 200; error_code=5; barcode=7; portal 1020304"
    assert redact_text(text) == text


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    handler = setup_logging(tmp_path, level=logging.DEBUG)
    yield tmp_path / LOG_FILE
    close_logging(handler)


def test_every_logger_args_and_exceptions_are_redacted(log_file: Path) -> None:
    token = "pat-eu1-91d91373-8e94-4872-893c-e7d080224a56"
    bearer = "eyJhbGciOiJIUzI1NiJ9.payload.signature"
    logging.getLogger("httpx").info(
        'HTTP Request: %s %s "%s"', "GET", "http://127.0.0.1:1/cb?code=C0DE123&state=ST4TE", 200
    )
    logging.getLogger("some.library").warning("headers %r", {"Authorization": f"Bearer {bearer}"})
    try:
        raise ValueError(f"bad token {token}")
    except ValueError:
        logging.getLogger("hubspot_setup.x").exception("failed with %s", token)
    logging.getLogger("y").info("stack", stack_info=True, extra={})
    text = log_file.read_text(encoding="utf-8")
    for secret in (token, bearer, "C0DE123", "ST4TE"):
        assert secret not in text
    assert "ValueError: bad token [redacted]" in text
    assert "HTTP Request: GET" in text


def test_a_remembered_secret_leaves_no_trace_in_the_log_file(log_file: Path) -> None:
    webhook = f"https://api.open.cx/webhooks/hubspot/org_1?signature={secrets.token_urlsafe(24)}"
    refresh = secrets.token_urlsafe(32)
    remember_secret(webhook, refresh)
    logging.getLogger("some.library").debug("posting to %s with %r", webhook, {"t": refresh})
    try:
        raise RuntimeError(f"{quote(webhook, safe='')} refused {refresh}")
    except RuntimeError:
        logging.getLogger("hubspot_setup.y").exception("failed")
    text = log_file.read_text(encoding="utf-8")
    for secret in (webhook, refresh):
        assert not _recoverable(secret, text)
        assert quote(secret, safe="") not in text
    assert "RuntimeError: [redacted] refused [redacted]" in text


def test_the_filter_also_protects_other_handlers_after_it(log_file: Path) -> None:
    record = logging.LogRecord(
        "n", logging.INFO, __file__, 1, "token %s", ("ocx_live_abcdef123456",), None
    )
    assert RedactingFilter().filter(record)
    assert record.getMessage() == "token [redacted]"


def test_the_log_rotates(tmp_path: Path) -> None:
    logger = logging.getLogger("rotation-test")
    logger.propagate = False
    handler = setup_logging(tmp_path, level=logging.INFO, logger=logger)
    try:
        line = "x" * 1000
        for _ in range(2500):  # ~2.5 MB against a 1 MB limit
            logger.info(line)
    finally:
        close_logging(handler, logger)
        logger.propagate = True
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == [LOG_FILE, f"{LOG_FILE}.1", f"{LOG_FILE}.2"]
