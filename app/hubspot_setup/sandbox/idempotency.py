"""Idempotency-Key: the same write replayed returns the first answer without doing it twice."""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass

from hubspot_setup.sandbox.errors import ApiError, validation_failed

KEEP_SECONDS = 24 * 3600
MAX_KEY_LENGTH = 128


@dataclass(frozen=True)
class StoredResponse:
    fingerprint: str
    status: int
    body: bytes
    media_type: str | None
    stored_at: float


def check_key(key: str) -> str:
    if not 1 <= len(key) <= MAX_KEY_LENGTH or not all(" " <= ch <= "~" for ch in key):
        raise validation_failed(
            {"Idempotency-Key": "Use 1 to 128 printable ASCII characters."},
            "The Idempotency-Key header is not valid.",
        )
    return key


def fingerprint(method: str, path: str, body: bytes) -> str:
    return hashlib.sha256(f"{method} {path}\n".encode() + body).hexdigest()


class IdempotencyStore:
    """Answers kept per caller and key for 24 hours; only successful writes are kept."""

    def __init__(self) -> None:
        self._answers: dict[tuple[str, str], StoredResponse] = {}

    def replay(self, caller: str, key: str, print_: str) -> StoredResponse | None:
        stored = self._answers.get((caller, key))
        if stored is None or time.monotonic() - stored.stored_at > KEEP_SECONDS:
            return None
        if stored.fingerprint != print_:
            raise ApiError(
                422,
                "idempotency_key_reused",
                "This Idempotency-Key was already used for a different request.",
            )
        return stored

    def keep(
        self, caller: str, key: str, print_: str, status: int, body: bytes, media: str | None
    ) -> None:
        self._answers[(caller, key)] = StoredResponse(print_, status, body, media, time.monotonic())
