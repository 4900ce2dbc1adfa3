"""The contract's error: an HTTP status, a stable machine code and a human message."""

from __future__ import annotations

from typing import Any


class ApiError(Exception):
    """Raised anywhere in the simulated OpenCX backend; rendered as the contract's error body."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        *,
        details: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message
        self.details = details
        self.headers = headers or {}

    def body(self) -> dict[str, Any]:
        error: dict[str, Any] = {"code": self.code, "message": self.message}
        if self.details is not None:
            error["details"] = self.details
        return {"error": error}


def validation_failed(fields: dict[str, str], message: str | None = None) -> ApiError:
    return ApiError(
        422,
        "validation_failed",
        message or "Some fields are not valid.",
        details={"fields": fields},
    )


class HubSpotError(Exception):
    """Raised by the simulated HubSpot; rendered in HubSpot's own error body shape."""

    def __init__(
        self,
        status: int,
        category: str,
        message: str,
        *,
        headers: dict[str, str] | None = None,
        extra: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(f"{status} {category}: {message}")
        self.status = status
        self.category = category
        self.message = message
        self.headers = headers or {}
        self.extra = extra or {}
