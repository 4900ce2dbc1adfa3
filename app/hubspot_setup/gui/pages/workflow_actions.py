"""Workflow actions: the four OpenCX actions in HubSpot workflows, when to use each, and
whether the OAuth install added them to the portal."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QWidget

from hubspot_setup.flow.guide import WORKFLOW_ACTIONS
from hubspot_setup.flow.steps import StepId
from hubspot_setup.flow.words import translate
from hubspot_setup.flow.workflow_actions import STATUS_TEXT, workflow_actions_view
from hubspot_setup.gui.page import PageContext, StepPage
from hubspot_setup.gui.theme import set_role

if TYPE_CHECKING:
    from hubspot_setup.flow.state import WizardState


class WorkflowActionsPage(StepPage):
    step = StepId.WORKFLOW_ACTIONS
    ui_name = "workflow_actions"

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        grid = self.child(QGridLayout, "actionsGrid")
        self.summary = self.child(QLabel, "summaryLabel")
        self.refresh_button = self.child(QPushButton, "refreshButton")
        self.statuses: dict[str, QLabel] = {}
        for row, action in enumerate(WORKFLOW_ACTIONS, start=1):
            name = QLabel(action.name, self)
            name.setObjectName(f"action_{action.id}")
            use_when = QLabel(action.use_when.text(), self)
            use_when.setWordWrap(True)
            status = QLabel(self)
            status.setObjectName(f"installed_{action.id}")
            grid.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(use_when, row, 1, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(status, row, 2, Qt.AlignmentFlag.AlignTop)
            self.statuses[action.id] = status
        grid.setColumnStretch(1, 1)
        set_role(self.summary, "muted")
        self.refresh_button.clicked.connect(self._refresh)

    def render(self, state: WizardState) -> None:
        view = workflow_actions_view(state.answers.workflow_actions_installed)
        for action, status in view.rows:
            text = STATUS_TEXT[status].text()
            self.statuses[action.id].setText(text)
            self.statuses[action.id].setAccessibleName(f"{action.name}: {text}")
        summary = view.summary
        if not state.answers.workflow_actions_installed:
            summary += " " + translate("gui.pages.workflow_actions", "Use Check again.")
        self.summary.setText(summary)

    def _refresh(self) -> None:
        self.ctx.tasks.run(
            self.ctx.controller.refresh_integration(),
            busy=translate(
                "gui.pages.workflow_actions", "Asking OpenCX which actions are installed…"
            ),
            on_problem=self.ctx.show_problem,
        )
