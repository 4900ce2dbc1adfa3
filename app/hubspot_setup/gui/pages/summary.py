"""Summary: what was set up, links to the HubSpot inbox and the OpenCX session, and the
diagnostics export for OpenCX support."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QFormLayout, QLabel, QPushButton, QWidget

from hubspot_setup.flow.problems import Problem
from hubspot_setup.flow.steps import Method, StepId
from hubspot_setup.gui import answer_text
from hubspot_setup.gui.page import PageContext, StepPage
from hubspot_setup.gui.theme import set_role

if TYPE_CHECKING:
    from hubspot_setup.flow.state import WizardState

# The PageContext extra that writes the redacted bundle (off the GUI thread) and returns where.
EXPORT_DIAGNOSTICS = "export_diagnostics"
DiagnosticsExport = Callable[[Path], Awaitable[Path]]


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
        self.export_button = self.child(QPushButton, "exportButton")
        self.export_label = self.child(QLabel, "exportLabel")
        set_role(self.export_label, "muted")
        exporter = ctx.extras.get(EXPORT_DIAGNOSTICS)
        self.exporter = cast("DiagnosticsExport | None", exporter)
        if self.exporter is None:
            self.export_button.setEnabled(False)
            self.export_button.setToolTip(self.tr("Not available yet in this version."))
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
        self.sender_label.setText(self.tr("Default user") if legacy else self.tr("AI posts as"))
        # Signatures and workflow actions exist on the OAuth path only.
        self.form.setRowVisible(self.values["signatures"], not legacy)
        self.form.setRowVisible(self.values["actions"], not legacy)

    # -- diagnostics -------------------------------------------------------------------

    def _choose_destination(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        dialog = QFileDialog(self, self.tr("Save diagnostics for OpenCX support"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("Diagnostics bundle (*.zip)"))
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
        self.export_label.setText(self.tr("Writing the diagnostics file…"))
        self.ctx.tasks.run(
            self.exporter(Path(chosen)),
            busy=self.tr("Writing the diagnostics file…"),
            on_result=self._exported,
            on_problem=self._export_failed,
            on_cancel=lambda: self._export_failed(None),
        )

    def _exported(self, path: Path) -> None:
        self.export_button.setEnabled(True)
        self.export_label.setText(
            self.tr(
                "Saved as %1. It contains no passwords or tokens; send it to OpenCX support."
            ).replace("%1", escape(str(path)))
        )

    def _export_failed(self, problem: Problem | None) -> None:
        self.export_button.setEnabled(True)
        self.export_label.setText("")
        if problem is not None:
            self.ctx.show_problem(problem)
