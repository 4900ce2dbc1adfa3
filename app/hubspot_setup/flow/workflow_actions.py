"""Whether the four OpenCX workflow actions are in the portal, said once for the window and
`apply`: each action's status, how many of them are installed, and the summary with its fix."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from hubspot_setup.flow.guide import WORKFLOW_ACTIONS, WorkflowAction


class ActionStatus(StrEnum):
    INSTALLED = "installed"
    MISSING = "missing"
    UNKNOWN = "unknown"  # OpenCX has not said


STATUS_TEXT = {
    ActionStatus.INSTALLED: "✓ Installed",
    ActionStatus.MISSING: "Missing",
    ActionStatus.UNKNOWN: "Not known yet",
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
        return f"{self.installed} of {len(self.rows)} installed"


def workflow_actions_view(installed: Mapping[str, bool]) -> WorkflowActionsView:
    """What OpenCX reported (`workflow_actions_installed`), action by action."""
    rows = tuple((action, _status(installed.get(action.id))) for action in WORKFLOW_ACTIONS)
    missing = [action.name for action, status in rows if status is ActionStatus.MISSING]
    if not installed:
        summary = "OpenCX has not reported the workflow actions yet."
    elif missing:
        # OpenCX adds them while HubSpot is connected through the HubSpot app (OAuth).
        summary = (
            f"Not installed: {', '.join(missing)}. OpenCX adds them when you connect with "
            "HubSpot: disconnect and connect with HubSpot again to add them, or ask OpenCX "
            "support."
        )
    else:
        summary = "All four actions are ready to use in your workflows."
    return WorkflowActionsView(rows, summary)


def _status(known: bool | None) -> ActionStatus:
    if known is None:
        return ActionStatus.UNKNOWN
    return ActionStatus.INSTALLED if known else ActionStatus.MISSING
