"""The portal report: what could be verified about the connected HubSpot portal.

One row per line of `flow.portal_report.PortalReport`: a mark (seen, worth knowing, a gap,
not verifiable), the text, and for a gap what to do. The words come from the flow; this
widget only lays them out. "Check again" asks the page to read the portal once more.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hubspot_setup.flow.portal_report import Mark, PortalReport
from hubspot_setup.flow.words import QT_TRANSLATE_NOOP, Phrase, translate
from hubspot_setup.gui.accessibility import mark_heading
from hubspot_setup.gui.theme import make_title, set_role

GRID = 8  # the wizard's spacing grid

# Mark -> glyph, the style sheet's tone for it (None: muted), what it means in words.
_MARKS: dict[Mark, tuple[str, str | None, Phrase]] = {
    Mark.SEEN: ("✓", "success", QT_TRANSLATE_NOOP("gui.widgets.portal_report", "Seen")),
    Mark.INFO: ("•", None, QT_TRANSLATE_NOOP("gui.widgets.portal_report", "Worth knowing")),
    Mark.GAP: ("!", "warning", QT_TRANSLATE_NOOP("gui.widgets.portal_report", "Needs a look")),
    Mark.UNKNOWN: ("?", None, QT_TRANSLATE_NOOP("gui.widgets.portal_report", "Not verified")),
}


class PortalReportView(QFrame):
    refresh_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("portalReport")
        self.setAccessibleName(
            translate("gui.widgets.portal_report", "What could be seen in the HubSpot portal")
        )
        set_role(self, "card")
        self.title = QLabel(
            translate("gui.widgets.portal_report", "What HubSpot shows about this portal"), self
        )
        self.title.setObjectName("portalReportTitle")
        self.title.setWordWrap(True)
        make_title(self.title, 1.1)
        mark_heading(self.title)
        self.refresh_button = QPushButton(
            translate("gui.widgets.portal_report", "Chec&k again"), self
        )
        self.refresh_button.setObjectName("portalReportRefresh")
        self.refresh_button.setAccessibleDescription(
            translate("gui.widgets.portal_report", "Reads the portal again")
        )
        self.refresh_button.setAutoDefault(False)
        set_role(self.refresh_button, "quiet")
        self.refresh_button.clicked.connect(self.refresh_requested)
        self.status = QLabel(self)
        self.status.setObjectName("portalReportStatus")
        self.status.setWordWrap(True)
        set_role(self.status, "muted")
        self.status.hide()

        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignTop)
        self.rows = QGridLayout()
        self.rows.setHorizontalSpacing(GRID)
        self.rows.setVerticalSpacing(GRID // 2)
        self.rows.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(GRID * 2, GRID * 3 // 2, GRID * 2, GRID * 3 // 2)
        layout.setSpacing(GRID)
        layout.addLayout(heading)
        layout.addWidget(self.status)
        layout.addLayout(self.rows)
        self.report: PortalReport | None = None

    def set_reading(self, reading: bool) -> None:
        self.refresh_button.setEnabled(not reading)
        self.status.setText(
            translate("gui.widgets.portal_report", "Reading the portal from HubSpot…")
            if reading
            else ""
        )
        self.status.setVisible(reading)

    def show_report(self, report: PortalReport | None, portal_id: int | None = None) -> None:
        if portal_id is not None:
            self.title.setText(
                translate("gui.widgets.portal_report", "What HubSpot shows about portal %1").arg(
                    portal_id
                )
            )
        if report == self.report:
            return
        self.report = report
        self._clear_rows()
        if report is None:
            return
        row = 0
        for line in report.lines:
            glyph, tone, phrase = _MARKS[line.mark]
            meaning = phrase.text()
            mark = QLabel(glyph, self)
            mark.setObjectName(f"mark_{line.topic}")
            mark.setAccessibleName(meaning)
            mark.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
            mark.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") + GRID)
            if tone is None:
                set_role(mark, "muted")
            else:
                mark.setProperty("tone", tone)  # a new widget: polished when first shown
            text = QLabel(line.text, self)  # the flow's words, already translated
            text.setObjectName(f"line_{line.topic}")
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            text.setAccessibleName(
                translate("gui.widgets.portal_report", "%1: %2").arg(meaning, line.text)
            )
            if line.details:
                text.setToolTip(line.details)
            self.rows.addWidget(mark, row, 0)
            self.rows.addWidget(text, row, 1)
            row += 1
            if line.fix and line.mark is Mark.GAP:
                fix = QLabel(
                    translate("gui.widgets.portal_report", "What to do: %1").arg(line.fix), self
                )
                fix.setObjectName(f"fix_{line.topic}")
                fix.setWordWrap(True)
                set_role(fix, "muted")
                self.rows.addWidget(fix, row, 1)
                row += 1

    def texts(self) -> list[str]:
        """The row texts, top to bottom (for tests and screen readers' checks)."""
        found = []
        for index in range(self.rows.count()):
            item = self.rows.itemAt(index)
            widget = item.widget() if item is not None else None
            if isinstance(widget, QLabel) and not widget.objectName().startswith("mark_"):
                found.append(widget.text())
        return found

    def _clear_rows(self) -> None:
        while self.rows.count():
            item = self.rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
