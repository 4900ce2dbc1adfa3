"""The wizard's whole state: where the admin is, what they answered. Serialises losslessly."""

from __future__ import annotations

import tomllib
from typing import Any, TypeVar

import tomli_w
from pydantic import BaseModel, ConfigDict

from hubspot_setup.flow.answers import Answers
from hubspot_setup.flow.steps import Mode, StepId

STATE_SCHEMA_VERSION = 1

M = TypeVar("M", bound=BaseModel)


def replace(model: M, **changes: Any) -> M:
    """A validated copy of a frozen model with some fields changed.

    Unlike `model_copy(update=...)` this runs the validators, so the secret guard on
    `Answers` also holds for every change the flow makes.
    """
    data = {name: getattr(model, name) for name in type(model).model_fields}
    data.update(changes)
    return type(model).model_validate(data)


class WizardState(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    schema_version: int = STATE_SCHEMA_VERSION
    mode: Mode = Mode.SETUP
    current: StepId = StepId.PREREQUISITES
    visited: tuple[StepId, ...] = (StepId.PREREQUISITES,)
    # The manage-mode page the admin opened from `manage`, if any.
    detour: StepId | None = None
    answers: Answers = Answers()

    def to_json(self) -> str:
        return self.model_dump_json(indent=2)

    @classmethod
    def from_json(cls, text: str) -> WizardState:
        return cls.model_validate_json(text)

    def to_toml(self) -> str:
        # TOML has no null: absent keys read back as the model's defaults (all None).
        return tomli_w.dumps(_without_none(self.model_dump(mode="json")))

    @classmethod
    def from_toml(cls, text: str) -> WizardState:
        return cls.model_validate(tomllib.loads(text))

    def to_dict(self) -> dict[str, Any]:
        return self.model_dump(mode="json")


def _without_none(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_none(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_without_none(item) for item in value]
    return value
