"""The wizard's flow as pure Python: steps, answers and state, validation, signature rules.

Nothing in this package imports Qt, httpx or keyring, or touches files or the network: the
GUI, the CLI and the tests all drive the same functions.
"""

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
