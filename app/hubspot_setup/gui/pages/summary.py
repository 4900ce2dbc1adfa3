"""Summary: what was set up, links to the HubSpot inbox and the OpenCX session, and the
diagnostics export for OpenCX support."""

from __future__ import annotations

from datetime import datetime
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hubspot_setup.flow.problems import Problem
from hubspot_setup.flow.reconnect import ConnectionAction
from hubspot_setup.flow.steps import Method, StepId
from hubspot_setup.flow.words import translate
from hubspot_setup.gui import answer_text
from hubspot_setup.gui.default_user import name_default_user
from hubspot_setup.gui.page import PageContext, StepPage
from hubspot_setup.gui.pages.portal_report_section import PortalReportSection
from hubspot_setup.gui.theme import set_role
from hubspot_setup.gui.widgets.connected_card import ConnectedCard
from hubspot_setup.gui.widgets.connection_action import ConnectionActionCard
from hubspot_setup.gui.widgets.portal_report import PortalReportView

if TYPE_CHECKING:
    from hubspot_setup.flow.state import WizardState


def default_bundle_name(now: datetime | None = None) -> str:
    return f"opencx-hubspot-diagnostics-{(now or datetime.now()).strftime('%Y%m%d-%H%M')}.zip"


class SummaryPage(StepPage):
    step = StepId.SUMMARY
    ui_name = "summary"

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.form = self.child(QFormLayout, "summaryForm")
        self.values = {
            name: self.child(QLabel, f"{name}Value")
            for name in (
                "method",
                "portal",
                "account",
                "sender",
                "autopilot",
                "signatures",
                "actions",
                "checklist",
            )
        }
        self.sender_label = self.child(QLabel, "senderLabel")
        # HubSpot may stop accepting OpenCX's access after setup: offer the reconnect here.
        self.action_card = ConnectionActionCard(
            ctx, self, offers=frozenset({ConnectionAction.RECONNECT})
        )
        self.child(QVBoxLayout, "pageLayout").insertWidget(0, self.action_card)
        # The end of the path: "You're connected" and "Open HubSpot inbox".
        self.connected_card = ConnectedCard(ctx, self)
        self.child(QVBoxLayout, "pageLayout").insertWidget(1, self.connected_card)
        self.intro = self.child(QLabel, "introLabel")
        self.connected_intro = self.intro.text()
        # What could be verified about the portal, below the export (which stays in view at
        # the minimum size), above the bottom spacer.
        self.portal_report = PortalReportView(self)
        page_layout = self.child(QVBoxLayout, "pageLayout")
        page_layout.insertWidget(page_layout.count() - 1, self.portal_report)
        self.report_section = PortalReportSection(ctx, self.portal_report)
        self.export_button = self.child(QPushButton, "exportButton")
        self.export_label = self.child(QLabel, "exportLabel")
        set_role(self.export_label, "muted")
        # Writes the redacted bundle (off the GUI thread) and returns where.
        self.exporter = ctx.services.export_diagnostics
        if self.exporter is None:
            self.export_button.setEnabled(False)
            self.export_button.setToolTip(
                translate("gui.pages.summary", "Not available yet in this version.")
            )
        self.export_button.clicked.connect(self._choose_destination)
        self.dialog: QFileDialog | None = None

    def render(self, state: WizardState) -> None:
        answers = state.answers
        legacy = answers.method is Method.LEGACY
        texts = {
            "method": answer_text.method_text(answers.connection),
            "portal": answer_text.portal_text(answers.connection),
            "account": answer_text.account_text(answers),
            "sender": answer_text.sender_text(answers),
            "autopilot": answer_text.autopilot_text(answers),
            "signatures": answer_text.signatures_text(answers),
            "actions": answer_text.actions_text(answers),
            "checklist": answer_text.checklist_text(answers.test),
        }
        for name, text in texts.items():
            self.values[name].setText(text)
        self.sender_label.setText(
            translate("gui.pages.summary", "Default user")
            if legacy
            else translate("gui.pages.summary", "AI posts as")
        )
        # Signatures and workflow actions exist on the OAuth path only.
        self.form.setRowVisible(self.values["signatures"], not legacy)
        self.form.setRowVisible(self.values["actions"], not legacy)
        self.report_section.render(state)
        self.action_card.show_for(answers.connection)
        self.connected_card.show_for(answers)
        reconnect = answers.connection is not None and answers.connection.needs_reconnect
        if reconnect:
            self.intro.setText(
                translate(
                    "gui.pages.summary",
                    "This is what was set up. Since then HubSpot has stopped OpenCX's access: "
                    "reconnect above. Everything below stays as it is.",
                )
            )
        else:
            self.intro.setText(self.connected_intro)

    def entered(self) -> None:
        self.report_section.read_if_missing(self.ctx.controller.state)
        name_default_user(self.ctx)

    def left(self) -> None:
        self.report_section.cancel()
        self.action_card.left()

    # -- diagnostics -------------------------------------------------------------------

    def _choose_destination(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        dialog = QFileDialog(
            self, translate("gui.pages.summary", "Save diagnostics for OpenCX support")
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(translate("gui.pages.summary", "Diagnostics bundle (*.zip)"))
        dialog.setDefaultSuffix("zip")
        dialog.selectFile(str(Path(folder) / default_bundle_name()))
        dialog.fileSelected.connect(self.export_to)
        # Qt's file dialog watches folders from a thread: let Qt delete it, not the GC.
        dialog.finished.connect(self._dialog_closed)
        self.dialog = dialog
        dialog.open()

    def _dialog_closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None

    def export_to(self, chosen: str) -> None:
        if self.exporter is None or not chosen:
            return
        self.export_button.setEnabled(False)
        writing = translate("gui.pages.summary", "Writing the diagnostics file…")
        self.export_label.setText(writing)
        self.ctx.tasks.run(
            self.exporter(Path(chosen)),
            busy=writing,
            on_result=self._exported,
            on_problem=self._export_failed,
            on_cancel=lambda: self._export_failed(None),
        )

    def _exported(self, path: Path) -> None:
        self.export_button.setEnabled(True)
        self.export_label.setText(
            translate(
                "gui.pages.summary",
                "Saved as %1. It contains no passwords or tokens; send it to OpenCX support.",
            ).arg(escape(str(path)))
        )

    def _export_failed(self, problem: Problem | None) -> None:
        self.export_button.setEnabled(True)
        self.export_label.setText("")
        if problem is not None:
            self.ctx.show_problem(problem)
