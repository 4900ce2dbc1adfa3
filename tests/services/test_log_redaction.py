"""The log file never holds a secret, whatever logger wrote it and however it was shaped."""

from __future__ import annotations

import json
import logging
import string
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlencode

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from hubspot_setup.services.logs import (
    LOG_FILE,
    RedactingFilter,
    close_logging,
    redact_text,
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
    return "ocx_key_" + draw(opaque)


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
    secret=st.one_of(opaque, private_app_tokens(), api_keys()),
    context=st.sampled_from(range(len(CONTEXTS))),
    before=filler,
    after=filler,
)
@settings(max_examples=300, deadline=None)
def test_redact_removes_the_secret(secret: str, context: int, before: str, after: str) -> None:
    if context == len(CONTEXTS) - 1 and not secret.startswith(("pat-", "ocx_key_")):
        secret = "ocx_key_" + secret  # a bare word is only recognisable by its shape
    assume(secret not in before and secret not in after)
    text = before + " " + CONTEXTS[context](secret) + " " + after
    cleaned = redact_text(text)
    assert secret not in cleaned
    assert "[redacted]" in cleaned


@given(token=private_app_tokens(), key=api_keys())
@settings(max_examples=100, deadline=None)
def test_bare_token_shapes_are_removed_anywhere(token: str, key: str) -> None:
    cleaned = redact_text(f"saving {token} and {key}.")
    assert token not in cleaned
    assert key not in cleaned
    assert cleaned.startswith("saving ")


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


def test_the_filter_also_protects_other_handlers_after_it(log_file: Path) -> None:
    record = logging.LogRecord(
        "n", logging.INFO, __file__, 1, "token %s", ("ocx_key_abcdef123456",), None
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
