from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hubspot_setup.flow.tokens import (
    check_private_app_token,
    looks_like_private_app_token,
    looks_like_secret,
)

GOOD = "pat-na1-91d91373-8e94-4872-893c-e7d080224a56"
GOOD_EU = "pat-eu1-00000000-1111-2222-3333-444444444444"


@pytest.mark.parametrize(
    ("raw", "region"),
    [
        (GOOD, "na1"),
        (f"  {GOOD}\n", "na1"),
        (f"\t{GOOD_EU} ", "eu1"),
        (f'"{GOOD}"', "na1"),
    ],
)
def test_accepts_private_app_tokens_with_whitespace_trimmed(raw: str, region: str) -> None:
    result = check_private_app_token(raw)
    assert result.ok
    assert result.value is not None
    assert result.value.value == raw.strip().strip('"')
    assert result.value.region == region
    assert result.notice is None


def test_bearer_prefix_is_removed_with_a_notice() -> None:
    result = check_private_app_token(f"Bearer {GOOD}")
    assert result.value is not None
    assert result.value.value == GOOD
    assert result.notice is not None
    assert "Bearer" in result.notice


@pytest.mark.parametrize(
    ("raw", "hint"),
    [
        ("", "Paste the private app access token"),
        ("   ", "Paste the private app access token"),
        ("91d91373-8e94-4872-893c-e7d080224a56", "developer API key"),
        ("na1-ab12-3c4d-5e6f-7a8b-9c0d1e2f3a4b", "refresh token"),
        (
            "CJSP5qf1KhICAQEYs-gDIIGOBii1hQIyGQAf3xBKmlwHjX7OIpuIFEavB2-qYAGQsF4",
            "OAuth access token",
        ),
        ("pat-na1-91d91373-8e94-4872-893c-e7d080224a5", "incomplete"),
        (GOOD + "x", "incomplete"),
        ("pat-na1-91d91373 -8e94-4872-893c-e7d080224a56", "spaces or line breaks"),
        ("hello", "start with pat-"),
        ("x" * 400, "much longer"),
    ],
)
def test_rejects_other_tokens_with_a_hint(raw: str, hint: str) -> None:
    result = check_private_app_token(raw)
    assert not result.ok
    assert result.value is None
    assert result.error is not None
    assert hint in result.error


def test_error_messages_never_repeat_the_pasted_text() -> None:
    secretish = "pat-na1-91d91373-8e94-4872-893c-e7d080224a5"
    result = check_private_app_token(secretish)
    assert result.error is not None
    assert secretish not in result.error


def test_token_repr_hides_the_value() -> None:
    token = check_private_app_token(GOOD).value
    assert GOOD not in repr(token)


@given(st.text(max_size=80))
def test_any_text_gets_a_decision_and_only_the_exact_shape_passes(raw: str) -> None:
    result = check_private_app_token(raw)
    assert result.ok != (result.error is not None)
    if result.ok:
        assert result.value is not None
        assert looks_like_private_app_token(result.value.value)


@pytest.mark.parametrize(
    "text",
    [
        GOOD,
        f"token = {GOOD_EU}",
        "pat-na1-91d91373-8e94",  # cut short
        "ocx_live_3fQ9xZ2mKp7VbT1wYc8HnR4s",
        "ocx_key_sandbox_abcdefghijklmnop",
        "key=ocx_test_aaaaaaaaaaaaaaaaaaaaaaaa;",
        "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1c3JfMSJ9.c2lnbmF0dXJl",
        "eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0.",  # an unsigned JWT
    ],
)
def test_secret_literals_are_recognised(text: str) -> None:
    assert looks_like_secret(text)


@pytest.mark.parametrize(
    "text",
    [
        "ocx_live_key",  # a keyring entry's name
        "opencx-session:org_1:usr_1",
        "OPENCX_API_KEY",
        "pat-tern.example",
        "eyJ alone",
        "<p>Ada Lovelace, support@open.cx</p>",
    ],
)
def test_ordinary_text_is_not_a_secret(text: str) -> None:
    assert not looks_like_secret(text)
