"""Welcome and the guide's prerequisites: what was checked automatically, what to confirm."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from hubspot_setup.flow.steps import StepId
from hubspot_setup.flow.words import QT_TRANSLATE_NOOP, Phrase
from hubspot_setup.gui.page import PageContext, StepPage
from hubspot_setup.gui.theme import make_title, set_role

if TYPE_CHECKING:
    from hubspot_setup.flow.answers import Prerequisite, PrerequisiteAnswer
    from hubspot_setup.flow.state import WizardState

# What an automatic check says, passed and not met, by prerequisite value: whole sentences
# (the source of the check is part of each), so a translator can word each one.
_CHECKED: dict[str, tuple[Phrase, Phrase]] = {
    "service_hub": (
        QT_TRANSLATE_NOOP(
            "gui.pages.prerequisites", "✓ Checked automatically from HubSpot portal details."
        ),
        QT_TRANSLATE_NOOP(
            "gui.pages.prerequisites",
            "✗ Not met (checked automatically from HubSpot portal details). %1",
        ),
    ),
    "hubspot_admin": (
        QT_TRANSLATE_NOOP(
            "gui.pages.prerequisites",
            "✓ Checked automatically: you approved the HubSpot connection.",
        ),
        QT_TRANSLATE_NOOP(
            "gui.pages.prerequisites",
            "✗ Not met (checked automatically: you approved the HubSpot connection). %1",
        ),
    ),
    "opencx_admin": (
        QT_TRANSLATE_NOOP(
            "gui.pages.prerequisites", "✓ Checked automatically from your OpenCX sign-in."
        ),
        QT_TRANSLATE_NOOP(
            "gui.pages.prerequisites",
            "✗ Not met (checked automatically from your OpenCX sign-in). %1",
        ),
    ),
}


class _Row:
    """One checklist item: its checkbox, what it means, and how it was checked."""

    def __init__(self, parent: QWidget, item: Prerequisite, title: str, why: str) -> None:
        self.item = item
        self.box = QCheckBox(title, parent)
        self.box.setObjectName(f"prerequisite_{item.value}")
        self.box.setAccessibleName(title)
        self.why = QLabel(why, parent)
        self.why.setWordWrap(True)
        set_role(self.why, "muted")
        self.status = QLabel(parent)
        self.status.setObjectName(f"prerequisiteStatus_{item.value}")
        self.status.setWordWrap(True)
        self.status.hide()
        self.automatic = False  # checked by OpenCX or HubSpot: shown, not changeable


class PrerequisitesPage(StepPage):
    step = StepId.PREREQUISITES
    ui_name = "prerequisites"

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        make_title(self.child(QLabel, "promiseLabel"), 1.2)
        make_title(self.child(QLabel, "checklistHeading"), 1.1)
        set_role(self.child(QLabel, "autoCheckNote"), "muted")
        self._rows: list[_Row] = []

    def _build_rows(self) -> None:
        # The texts live with the flow's models, loaded after the first paint.
        from hubspot_setup.flow.answers import PREREQUISITE_TEXT  # noqa: PLC0415

        box = self.child(QWidget, "checklistBox")
        layout = self.slot("checklistBox")
        for item, (title, why) in PREREQUISITE_TEXT.items():
            row = _Row(box, item, title.text(), why.text())
            row.box.toggled.connect(lambda checked, item=item: self._confirm(item, checked))
            block = QVBoxLayout()
            block.setSpacing(2)
            block.addWidget(row.box)
            inset = QVBoxLayout()
            inset.setContentsMargins(self.fontMetrics().horizontalAdvance("M") * 2, 0, 0, 0)
            inset.addWidget(row.why)
            inset.addWidget(row.status)
            block.addLayout(inset)
            layout.addLayout(block)
            self._rows.append(row)

    def render(self, state: WizardState) -> None:
        if not self._rows:
            self._build_rows()
        for row in self._rows:
            self._render_row(row, state.answers.prerequisites[row.item])

    def _render_row(self, row: _Row, answer: PrerequisiteAnswer) -> None:
        from hubspot_setup.flow.answers import CheckStatus  # noqa: PLC0415

        passed, not_met = _CHECKED[row.item.value]
        row.box.blockSignals(True)
        row.box.setChecked(answer.status in (CheckStatus.PASSED, CheckStatus.CONFIRMED))
        row.box.blockSignals(False)
        # An automatic result is a fact, not the admin's choice: it cannot be unticked, yet
        # it stays readable (a disabled box would look greyed out, as if it did not count).
        automatic = answer.status in (CheckStatus.PASSED, CheckStatus.FAILED)
        row.box.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, automatic)
        row.box.setFocusPolicy(Qt.FocusPolicy.NoFocus if automatic else Qt.FocusPolicy.StrongFocus)
        row.automatic = automatic
        if answer.status is CheckStatus.PASSED:
            row.status.setText(passed.text())
            set_role(row.status, "muted")
        elif answer.status is CheckStatus.FAILED:
            detail = answer.detail or ""
            row.status.setText(not_met.text().arg(detail))
            set_role(row.status, "error")
        else:
            row.status.setText("")
        row.status.setVisible(bool(row.status.text()))

    def _confirm(self, item: Prerequisite, checked: bool) -> None:
        for row in self._rows:
            if row.item is item and row.automatic:  # only the automatic check changes it
                self._render_row(row, self.ctx.controller.state.answers.prerequisites[item])
                return
        self.ctx.controller.confirm_prerequisite(item, checked)
