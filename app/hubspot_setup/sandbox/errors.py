"""The contract's error: an HTTP status, a stable machine code and a human message.

Rendered in one of the two shapes of docs/backend-api.md ("Errors"): the contract's envelope
`{"error": {code, message, details}}`, or OpenCX's published `{statusCode, message, error}`
(scenario option `error_shape = "public"`), which has no machine code.
"""

from __future__ import annotations

from http import HTTPStatus
from typing import Any, Literal

ErrorShape = Literal["contract", "public"]


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

    def body(self, shape: ErrorShape = "contract") -> dict[str, Any]:
        if shape == "public":
            return self.public_body()
        error: dict[str, Any] = {"code": self.code, "message": self.message}
        if self.details is not None:
            error["details"] = self.details
        return {"error": error}

    def public_body(self) -> dict[str, Any]:
        """OpenCX's ErrorDto: the status again, the words, and the status's reason phrase. A
        refused body lists one message per field, as OpenCX's validation answers do."""
        fields = (self.details or {}).get("fields")
        message: str | list[str] = self.message
        if isinstance(fields, dict) and fields:
            message = [f"{name}: {reason}" for name, reason in fields.items()]
        try:
            phrase = HTTPStatus(self.status).phrase
        except ValueError:
            phrase = "Error"
        return {"statusCode": self.status, "message": message, "error": phrase}


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
