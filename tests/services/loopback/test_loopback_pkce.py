"""The attempt's one-time secrets: state and PKCE (RFC 7636, S256)."""

from __future__ import annotations

import re

from hubspot_setup.services.pkce import new_pkce, new_state, s256_challenge, same_secret

BASE64URL = re.compile(r"[A-Za-z0-9_-]+")


def test_state_is_32_random_bytes_in_base64url_without_padding() -> None:
    states = {new_state() for _ in range(200)}
    assert len(states) == 200
    for state in states:
        assert len(state) == 43  # 32 bytes
        assert BASE64URL.fullmatch(state)


def test_s256_matches_the_rfc_7636_example() -> None:
    verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"  # RFC 7636 appendix B
    assert s256_challenge(verifier) == "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"


def test_new_pkce_pairs_are_fresh_and_valid() -> None:
    first, second = new_pkce(), new_pkce()
    assert first.verifier != second.verifier
    for pkce in (first, second):
        assert 43 <= len(pkce.verifier) <= 128
        assert BASE64URL.fullmatch(pkce.verifier)
        assert pkce.challenge == s256_challenge(pkce.verifier)
        assert pkce.method == "S256"


def test_the_verifier_stays_out_of_repr() -> None:
    pkce = new_pkce()
    assert pkce.verifier not in repr(pkce)
    assert pkce.challenge in repr(pkce)


def test_same_secret() -> None:
    state = new_state()
    assert same_secret(state, state)
    assert not same_secret(state, state[:-1])
    assert not same_secret(state, "")
    assert not same_secret("é", "e")  # non-ASCII input does not raise
