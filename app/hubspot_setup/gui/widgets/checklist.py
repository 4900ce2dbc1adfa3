"""The checks of the guide's test message (and the handoff's ticket), each ticking itself as
the backend sees it.

The widget only renders the flow's rows (`flow.checklist_view.RowView`): a mark, the check's
text, when it passed and a link to the HubSpot thread, OpenCX session or ticket, and for a
stalled, skipped or late check its cause and fix. Every rule and word is the flow's.
"""

from __future__ import annotations

from datetime import datetime
from html import escape

from PySide6.QtCore import QLocale, Qt, QTime
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QWidget

from hubspot_setup.flow.answers import CheckState
from hubspot_setup.flow.checklist_view import LINK_TEXTS, RowMark, RowView
from hubspot_setup.flow.guide import CHECK_LABELS, CheckId
from hubspot_setup.flow.words import translate
from hubspot_setup.gui.accessibility import announce
from hubspot_setup.gui.theme import Tone, tone_colour


def _is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def state_colour(state: CheckState, palette: QPalette) -> QColor:
    """A mark colour readable on the current (light or dark) window background."""
    dark = _is_dark(palette)
    if state is CheckState.PASSED:
        return QColor("#7bd88f" if dark else "#1e6b34")
    if state is CheckState.STALLED:
        return QColor("#ffb454" if dark else "#8a5300")
    if state is CheckState.SKIPPED:  # did not happen, as set up: information, not a warning
        return QColor(tone_colour(Tone.INFO, palette))
    return palette.color(QPalette.ColorRole.PlaceholderText)


def _time_text(at: datetime) -> str:
    """The time of day as the admin's locale writes it, with seconds (checks come seconds
    apart): 14:05:09 in German, 2:05:09 PM in American English."""
    local = at.astimezone()
    return str(QLocale().toString(QTime(local.hour, local.minute, local.second), _time_format()))


def _time_format() -> str:
    """The locale's short time format with seconds added ("HH:mm" -> "HH:mm:ss")."""
    short = QLocale().timeFormat(QLocale.FormatType.ShortFormat)
    return short if "s" in short else short.replace("mm", "mm:ss", 1)


class ChecklistRow(QFrame):
    """One check: mark, text, time and link on one line; the stall explanation below."""

    def __init__(self, check: CheckId, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = check
        self.state = CheckState.WAITING
        self.setObjectName(f"check_{check.value}")
        self.mark = QLabel(self)
        self.mark.setObjectName("mark")
        bold = QFont(self.font())
        bold.setBold(True)
        bold.setPointSizeF(self.font().pointSizeF() * 1.25)
        self.mark.setFont(bold)
        self.mark.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.mark.setFixedWidth(QFontMetrics(bold).horizontalAdvance("MM"))
        self.title = QLabel(CHECK_LABELS[check].text(), self)
        self.title.setObjectName("title")
        self.title.setWordWrap(True)
        self.title.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.when = QLabel(self)
        self.when.setObjectName("when")
        # Each row is its own grid: fixed widths keep marks, times and links in columns.
        self.when.setFixedWidth(self.fontMetrics().horizontalAdvance("00:00:00") + 8)
        self.when.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.link = QLabel(self)
        self.link.setObjectName("link")
        self.link.setTextFormat(Qt.TextFormat.RichText)
        self.link.setOpenExternalLinks(True)
        self.link.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        widest = max(self.fontMetrics().horizontalAdvance(text.text()) for text in LINK_TEXTS)
        self.link.setFixedWidth(widest + 8)
        keep_place = self.link.sizePolicy()
        keep_place.setRetainSizeWhenHidden(True)  # a row without a link keeps the columns
        self.link.setSizePolicy(keep_place)
        self.explanation = QLabel(self)
        self.explanation.setObjectName("explanation")
        self.explanation.setWordWrap(True)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.explanation.hide()
        layout = QGridLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setHorizontalSpacing(10)
        layout.addWidget(self.mark, 0, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.title, 0, 1)
        layout.addWidget(self.when, 0, 2, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.link, 0, 3, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.explanation, 1, 1, 1, 3)
        layout.setColumnStretch(1, 1)
        self.show_row(RowView(check, CHECK_LABELS[check].text(), RowMark.WAITING))

    def show_row(self, row: RowView) -> None:
        self.state = row.state
        self.mark.setText(row.symbol)
        colour = state_colour(row.state, self.palette())
        if row.mark is RowMark.NOT_CHECKED:  # never reached: just muted
            colour = self.palette().color(QPalette.ColorRole.PlaceholderText)
        elif row.mark is RowMark.LATE:
            colour = state_colour(CheckState.STALLED, self.palette())
        self.mark.setStyleSheet(f"color: {colour.name()};")
        self.when.setText(_time_text(row.at) if row.at else "")
        if row.link:
            what = row.link_text
            self.link.setText(f'<a href="{escape(row.link, quote=True)}">{escape(what)}</a>')
            self.link.setToolTip(row.link)
            self.link.show()
        else:
            self.link.setText("")
            self.link.hide()
        self.explanation.setText(row.text)
        self.explanation.setVisible(bool(row.text))
        status = row.status
        name = translate("gui.widgets.checklist", "%1: %2").arg(self.title.text(), status)
        if name != self.accessibleName() and row.mark is not RowMark.WAITING:
            announce(self, name)  # each tick is heard as it happens, in turn
        self.setAccessibleName(name)
        self.mark.setAccessibleName(status)  # "done", not "check mark"


class ChecklistView(QWidget):
    """One row per check, in the guide's order."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checklist")
        self.setAccessibleName(translate("gui.widgets.checklist", "Test message checklist"))
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setVerticalSpacing(2)
        self.rows: dict[CheckId, ChecklistRow] = {}
        for position, check in enumerate(CheckId):
            row = ChecklistRow(check, self)
            self.rows[check] = row
            layout.addWidget(row, position, 0)

    def show_rows(self, rows: tuple[RowView, ...]) -> None:
        for row in rows:
            self.rows[row.check].show_row(row)
