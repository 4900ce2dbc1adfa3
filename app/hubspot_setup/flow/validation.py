"""The result of checking one field: the normalised value, or a message for the admin."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class FieldResult(Generic[T]):
    """`value` is set when the input is acceptable; `error` says why not, in plain words.

    `notice` tells the admin that the input was accepted after a change (for example a
    stripped "A-" prefix), so nothing is altered silently.
    """

    value: T | None
    error: str | None = None
    notice: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    @classmethod
    def accept(cls, value: T, notice: str | None = None) -> FieldResult[T]:
        return cls(value=value, notice=notice)

    @classmethod
    def reject(cls, error: str) -> FieldResult[T]:
        return cls(value=None, error=error)
