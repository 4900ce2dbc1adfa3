"""Constant-time comparison of secrets that may hold any characters a client sends."""

from __future__ import annotations

import hmac


def same_secret(given: str, expected: str) -> bool:
    # compare_digest refuses non-ASCII str, so compare the UTF-8 bytes.
    return hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))
