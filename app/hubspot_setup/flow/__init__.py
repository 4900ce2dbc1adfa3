"""The wizard's flow as pure Python: steps, answers and state, validation, signature rules.

Nothing in this package imports Qt, httpx or keyring, or touches files or the network: the
GUI, the CLI and the tests all drive the same functions.

The names below are loaded on first use, so that importing a light module such as
`flow.steps` does not pull in pydantic (the window paints its first page before that).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from hubspot_setup.flow.answers import (
        Answers,
        ChecklistOutcome,
        CheckState,
        CheckStatus,
        Connection,
        OpenCXAccount,
        Portal,
        Prerequisite,
        Role,
        SignatureRule,
        Teammate,
    )
    from hubspot_setup.flow.navigation import Blocker, Redo, StepBlocked
    from hubspot_setup.flow.state import WizardState
    from hubspot_setup.flow.steps import Method, Mode, StepId
    from hubspot_setup.flow.validation import FieldResult

_HOMES: dict[str, str] = {
    **dict.fromkeys(
        (
            "Answers",
            "ChecklistOutcome",
            "CheckState",
            "CheckStatus",
            "Connection",
            "OpenCXAccount",
            "Portal",
            "Prerequisite",
            "Role",
            "SignatureRule",
            "Teammate",
        ),
        "answers",
    ),
    **dict.fromkeys(("Blocker", "Redo", "StepBlocked"), "navigation"),
    "WizardState": "state",
    **dict.fromkeys(("Method", "Mode", "StepId"), "steps"),
    "FieldResult": "validation",
}


def __getattr__(name: str) -> object:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{home}"), name)


__all__ = [
    "Answers",
    "Blocker",
    "CheckState",
    "CheckStatus",
    "ChecklistOutcome",
    "Connection",
    "FieldResult",
    "Method",
    "Mode",
    "OpenCXAccount",
    "Portal",
    "Prerequisite",
    "Redo",
    "Role",
    "SignatureRule",
    "StepBlocked",
    "StepId",
    "Teammate",
    "WizardState",
]
