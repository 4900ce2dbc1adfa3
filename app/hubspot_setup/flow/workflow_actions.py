"""Whether the four OpenCX workflow actions are in the portal, said once for the window and
`apply`: each action's status, how many of them are installed, and the summary with its fix."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from hubspot_setup.flow.guide import WORKFLOW_ACTIONS, WorkflowAction
from hubspot_setup.flow.words import QT_TRANSLATE_NOOP, Phrase, translate


class ActionStatus(StrEnum):
    INSTALLED = "installed"
    MISSING = "missing"
    UNKNOWN = "unknown"  # OpenCX has not said


STATUS_TEXT: dict[ActionStatus, Phrase] = {
    ActionStatus.INSTALLED: QT_TRANSLATE_NOOP("flow.workflow_actions", "✓ Installed"),
    ActionStatus.MISSING: QT_TRANSLATE_NOOP("flow.workflow_actions", "Missing"),
    ActionStatus.UNKNOWN: QT_TRANSLATE_NOOP("flow.workflow_actions", "Not known yet"),
}


@dataclass(frozen=True)
class WorkflowActionsView:
    rows: tuple[tuple[WorkflowAction, ActionStatus], ...]
    summary: str

    @property
    def missing(self) -> tuple[str, ...]:
        return tuple(a.name for a, status in self.rows if status is ActionStatus.MISSING)

    @property
    def installed(self) -> int:
        return sum(status is ActionStatus.INSTALLED for _, status in self.rows)

    @property
    def all_installed(self) -> bool:
        return self.installed == len(self.rows)

    @property
    def count_text(self) -> str:
        return translate("flow.workflow_actions", "%1 of %2 installed").arg(
            self.installed, len(self.rows)
        )


def workflow_actions_view(installed: Mapping[str, bool]) -> WorkflowActionsView:
    """What OpenCX reported (`workflow_actions_installed`), action by action."""
    rows = tuple((action, _status(installed.get(action.id))) for action in WORKFLOW_ACTIONS)
    missing = [action.name for action, status in rows if status is ActionStatus.MISSING]
    summary: str
    if not installed:
        summary = translate(
            "flow.workflow_actions", "OpenCX has not reported the workflow actions yet."
        )
    elif missing:
        # OpenCX adds them while HubSpot is connected through the HubSpot app (OAuth).
        summary = translate(
            "flow.workflow_actions",
            "Not installed: %1. OpenCX adds them when you connect with HubSpot: disconnect and "
            "connect with HubSpot again to add them, or ask OpenCX support.",
        ).arg(", ".join(missing))
    else:
        summary = translate(
            "flow.workflow_actions", "All four actions are ready to use in your workflows."
        )
    return WorkflowActionsView(rows, summary)


def _status(known: bool | None) -> ActionStatus:
    if known is None:
        return ActionStatus.UNKNOWN
    return ActionStatus.INSTALLED if known else ActionStatus.MISSING
