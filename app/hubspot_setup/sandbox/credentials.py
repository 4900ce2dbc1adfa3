"""The secrets the simulated OpenCX hands out, shaped like OpenCX's own.

OpenCX documents its API keys as `ocx_live_...` and its 2024 API spec calls the bearer a JWT,
so the sandbox issues exactly that: a client that recognised secrets by an invented prefix
would leak these, and the sandbox is there to show it. Keys of the project's older form
(`ocx_key_...`) are still issued alongside and accepted, as a key made before would be.
Refresh tokens are opaque random text, with nothing to recognise them by.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import time
from typing import Any

API_KEY_PREFIX = "ocx_live_"
OLD_API_KEY_PREFIX = "ocx_key_"


def new_api_key() -> str:
    return API_KEY_PREFIX + secrets.token_urlsafe(32)


def new_old_form_api_key() -> str:
    return OLD_API_KEY_PREFIX + "sandbox_" + secrets.token_urlsafe(24)


def new_signing_key() -> bytes:
    return secrets.token_bytes(32)


def new_access_token(signing_key: bytes, *, subject: str, organization: str, seconds: int) -> str:
    """A signed JWT (HS256) naming the user and organisation, unique by its `jti`."""
    issued = int(time.time())
    claims: dict[str, Any] = {
        "sub": subject,
        "org": organization,
        "iat": issued,
        "exp": issued + seconds,
        "jti": secrets.token_urlsafe(16),
    }
    header = _part(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    payload = _part(json.dumps(claims, separators=(",", ":")).encode())
    signature = hmac.new(signing_key, f"{header}.{payload}".encode(), hashlib.sha256).digest()
    return f"{header}.{payload}.{_part(signature)}"


def new_refresh_token() -> str:
    return secrets.token_urlsafe(48)


def signed_webhook_url(base: str, organization: str, signing_key: bytes) -> str:
    """The legacy webhook address: organisation-specific and signed, so (as OpenCX says) it
    must be treated like a password."""
    signature = hmac.new(signing_key, f"webhook:{organization}".encode(), hashlib.sha256)
    return f"{base}/webhooks/hubspot/{organization}?signature={_part(signature.digest())}"


def _part(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")
