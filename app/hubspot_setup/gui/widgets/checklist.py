"""The checks of the guide's test message (and the handoff's ticket), each ticking itself as
the backend sees it.

The widget only renders a `ChecklistOutcome` from the state: a mark, the check's text, when it
passed and a link to the HubSpot thread, OpenCX session or ticket, and for a stalled or skipped
check its cause and fix, worded by the flow (`flow.checklist.stall_text`).
"""

from __future__ import annotations

from datetime import datetime
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QWidget

from hubspot_setup.flow.answers import Answers, ChecklistOutcome, CheckState
from hubspot_setup.flow.checklist import likely_causes, row_states, stall_text
from hubspot_setup.flow.checklist_causes import Cause
from hubspot_setup.flow.guide import CHECK_LABELS, CheckId
from hubspot_setup.gui.accessibility import announce
from hubspot_setup.gui.theme import Tone, tone_colour

_MARKS = {
    CheckState.PASSED: "✓",
    CheckState.STALLED: "!",
    CheckState.WAITING: "○",
    CheckState.SKIPPED: "–",
}


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
    return at.astimezone().strftime("%H:%M:%S")


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
        self.title = QLabel(self.tr(CHECK_LABELS[check]), self)
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
        widest = max(
            self.fontMetrics().horizontalAdvance(self.tr(text))
            for text in ("Open session", "Open in HubSpot", "Open ticket")
        )
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
        self.show_state(CheckState.WAITING, None, None, None)

    def show_state(
        self,
        state: CheckState,
        at: datetime | None,
        link: str | None,
        explanation: str | None,
        *,
        causes: tuple[str, ...] = (),
        late: bool = False,
    ) -> None:
        """`causes` (likely cause and fix, from the flow) are shown for a stalled item
        without the backend's own explanation, and for an item that is `late`."""
        self.state = state
        self.mark.setText(_MARKS[state])
        colour = state_colour(state, self.palette())
        if state is CheckState.SKIPPED and not explanation:  # never reached: just muted
            colour = self.palette().color(QPalette.ColorRole.PlaceholderText)
        self.mark.setStyleSheet(f"color: {colour.name()};")
        self.when.setText(_time_text(at) if at and state is CheckState.PASSED else "")
        if link and state is CheckState.PASSED:
            in_opencx = self.check in (CheckId.OPENCX_SESSION, CheckId.HANDOFF_TRIGGERED)
            what = self.tr("Open session") if in_opencx else self.tr("Open in HubSpot")
            if self.check is CheckId.HANDOFF_TICKET:
                what = self.tr("Open ticket")
            self.link.setText(f'<a href="{escape(link, quote=True)}">{what}</a>')
            self.link.setToolTip(link)
            self.link.show()
        else:
            self.link.setText("")
            self.link.hide()
        late = late and state is CheckState.WAITING
        text = ""
        if state is CheckState.STALLED:
            text = explanation or _bullets(causes)
        elif state is CheckState.SKIPPED:
            text = explanation or ""
        elif late:
            text = self.tr("This is taking longer than expected. Likely causes:") + "\n"
            text += _bullets(causes)
        self.explanation.setText(text)
        self.explanation.setVisible(bool(text))
        if late:
            self.mark.setText("…")
            self.mark.setStyleSheet(
                f"color: {state_colour(CheckState.STALLED, self.palette()).name()};"
            )
        waiting = self.tr("taking longer than expected") if late else self.tr("waiting")
        status = {
            CheckState.PASSED: self.tr("done"),
            CheckState.STALLED: self.tr("did not happen"),
            CheckState.WAITING: waiting,
            CheckState.SKIPPED: self.tr("did not happen, as set up")
            if explanation
            else self.tr("not checked"),
        }[state]
        name = f"{self.title.text()}: {status}"
        if name != self.accessibleName() and (state is not CheckState.WAITING or late):
            announce(self, name)  # each tick is heard as it happens, in turn
        self.setAccessibleName(name)
        self.mark.setAccessibleName(status)  # "done", not "check mark"


class ChecklistView(QWidget):
    """One row per check, in the guide's order."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checklist")
        self.setAccessibleName(self.tr("Test message checklist"))
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setVerticalSpacing(2)
        self.rows: dict[CheckId, ChecklistRow] = {}
        for position, check in enumerate(CheckId):
            row = ChecklistRow(check, self)
            self.rows[check] = row
            layout.addWidget(row, position, 0)

    def show_outcome(
        self,
        outcome: ChecklistOutcome | None,
        answers: Answers | None = None,
        late: CheckId | None = None,
    ) -> None:
        """Show `outcome`; `answers` let a stalled or `late` item name its likely causes."""
        states = row_states(outcome) if outcome is not None else {}
        for check, row in self.rows.items():
            if outcome is None or outcome.skipped:
                row.show_state(CheckState.WAITING, None, None, None)
                continue
            row.show_state(
                states[check],
                outcome.times.get(check),
                outcome.links.get(check),
                _explanation(outcome, check),
                causes=likely_causes(answers, check) if answers is not None else (),
                late=check is late,
            )


def _explanation(outcome: ChecklistOutcome, check: CheckId) -> str | None:
    """The flow's words for a stalled or skipped check; nothing for one that was never
    reached, or for a cause nobody named (the likely causes are shown then)."""
    if outcome.checks.get(check) not in (CheckState.STALLED, CheckState.SKIPPED):
        return None
    cause = outcome.causes.get(check, Cause.UNKNOWN)
    if cause is Cause.NOT_REACHED:
        return None
    if cause is Cause.UNKNOWN and check not in outcome.explanations:
        return None
    return stall_text(outcome, check)


def _bullets(causes: tuple[str, ...]) -> str:
    return "\n".join(f"• {cause}" for cause in causes)
