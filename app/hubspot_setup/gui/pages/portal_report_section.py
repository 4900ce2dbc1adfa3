"""The portal report as a section of a page: shown once a portal is connected, read again on
"Check again". Shared by the connect pages (OAuth and legacy) and the summary."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QScrollArea

from hubspot_setup.flow.portal_report import PortalFacts, report_of
from hubspot_setup.flow.problems import Problem
from hubspot_setup.flow.words import translate
from hubspot_setup.gui.page import PageContext
from hubspot_setup.gui.tasks import TaskHandle
from hubspot_setup.gui.widgets.portal_report import GRID, PortalReportView

if TYPE_CHECKING:
    from hubspot_setup.flow.state import WizardState


class PortalReportSection(QObject):
    def __init__(self, ctx: PageContext, view: PortalReportView) -> None:
        super().__init__(view)
        self.ctx = ctx
        self.view = view
        self._reading: TaskHandle[PortalFacts] | None = None
        view.refresh_requested.connect(self.refresh)
        view.hide()

    def render(self, state: WizardState) -> None:
        report = report_of(state.answers)
        connection = state.answers.connection
        self.view.setVisible(report is not None)
        self.view.show_report(report, connection.portal.id if connection else None)

    def reveal(self) -> None:
        """Scroll the page so the report shows (it sits below the page's fields)."""
        parent = self.view.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if parent is not None:
            scroll = parent
            # After the layout has placed the newly shown report; dropped if the view goes.
            QTimer.singleShot(0, self.view, lambda: scroll.ensureWidgetVisible(self.view, 0, GRID))

    def read_if_missing(self, state: WizardState) -> None:
        """Progress saved before the portal was read (or by an older version): read it now."""
        if state.answers.connection is not None and state.answers.portal_facts is None:
            self.refresh()

    def refresh(self) -> None:
        if self._reading is not None and not self._reading.done:
            return
        self.view.set_reading(True)
        self._reading = self.ctx.tasks.run(
            self.ctx.controller.refresh_portal_report(),
            busy=translate("gui.pages.portal_report_section", "Reading the portal from HubSpot…"),
            on_result=self._read,
            on_problem=self._failed,
            on_cancel=lambda: self.view.set_reading(False),
        )

    def cancel(self) -> None:
        if self._reading is not None and not self._reading.done:
            self._reading.cancel()

    def _read(self, facts: PortalFacts) -> None:
        self.view.set_reading(False)
        self.render(self.ctx.controller.state)

    def _failed(self, problem: Problem) -> None:
        self.view.set_reading(False)
        self.ctx.show_problem(problem)
