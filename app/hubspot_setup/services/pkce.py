"""One-time secrets of a browser attempt: the OAuth `state` and the PKCE pair (RFC 7636, S256).

Both come from the OS's cryptographic random source, and both are secrets from birth: they
are handed to the log redaction as they are made. A state is compared in constant time, so
a forged callback learns nothing from how long the rejection took.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass

from hubspot_setup.services.logs import remember_secret

_STATE_BYTES = 32
_VERIFIER_BYTES = 64  # 86 characters: inside RFC 7636's 43..128


@dataclass(frozen=True)
class Pkce:
    verifier: str
    challenge: str
    method: str = "S256"

    def __repr__(self) -> str:  # the verifier must never reach a log through repr()
        return f"Pkce(challenge={self.challenge!r}, method={self.method!r})"


def _b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def new_state() -> str:
    """32 random bytes, base64url without padding (43 characters)."""
    state = _b64url(secrets.token_bytes(_STATE_BYTES))
    remember_secret(state)
    return state


def s256_challenge(verifier: str) -> str:
    return _b64url(hashlib.sha256(verifier.encode("ascii")).digest())


def new_pkce() -> Pkce:
    verifier = _b64url(secrets.token_bytes(_VERIFIER_BYTES))
    remember_secret(verifier)
    return Pkce(verifier=verifier, challenge=s256_challenge(verifier))


def same_secret(expected: str, received: str) -> bool:
    """Constant-time comparison of two secrets (works for any text, not only ASCII)."""
    return hmac.compare_digest(expected.encode("utf-8"), received.encode("utf-8"))
