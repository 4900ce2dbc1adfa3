"""The shell's problem banner: what happened, what to do, and technical details folded away.

Its stripe and icon say how serious it is: a failure red, a warning amber (declined, timed
out, rate limited), information blue (cancelled by the admin).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from hubspot_setup.flow.problems import Problem, ProblemKind
from hubspot_setup.flow.words import translate
from hubspot_setup.gui.accessibility import announce, spoken
from hubspot_setup.gui.plain_text import shows_server_text
from hubspot_setup.gui.theme import GRID, HEADING_SCALE, Tone, scaled_font, set_tone

_WARNINGS = frozenset(
    {ProblemKind.DECLINED, ProblemKind.TIMED_OUT, ProblemKind.EXPIRED, ProblemKind.RATE_LIMITED}
)
_ICONS = {
    Tone.INFO: QStyle.StandardPixmap.SP_MessageBoxInformation,
    Tone.SUCCESS: QStyle.StandardPixmap.SP_MessageBoxInformation,
    Tone.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
    Tone.FAILURE: QStyle.StandardPixmap.SP_MessageBoxCritical,
}


def tone_of(problem: Problem) -> Tone:
    if problem.kind is ProblemKind.CANCELLED:
        return Tone.INFO
    if problem.kind in _WARNINGS:
        return Tone.WARNING
    return Tone.FAILURE


class ProblemBanner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemBanner")
        self.setAccessibleName(translate("gui.widgets.problem_banner", "Problem"))
        self.problem: Problem | None = None

        self.icon = QLabel(self)
        self.icon.setObjectName("problemIcon")
        self.title = QLabel(self)
        self.title.setObjectName("problemTitle")
        self.title.setFont(scaled_font(self.title, HEADING_SCALE, bold=True))
        self.title.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("problemMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fix = QLabel(self)
        self.fix.setObjectName("problemFix")
        self.fix.setWordWrap(True)
        self.fix.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        shows_server_text(self.title, self.message, self.fix)  # may quote OpenCX or HubSpot

        self.details_button = QPushButton(
            translate("gui.widgets.problem_banner", "Show &details"), self
        )
        self.details_button.setObjectName("problemDetailsButton")
        self.details_button.setAccessibleDescription(
            translate("gui.widgets.problem_banner", "Details for OpenCX support")
        )
        self.details_button.setCheckable(True)
        self.details_button.setAutoDefault(False)
        self.details_button.toggled.connect(self._toggle_details)
        self.dismiss_button = QPushButton(translate("gui.widgets.problem_banner", "Dis&miss"), self)
        self.dismiss_button.setObjectName("problemDismissButton")
        self.dismiss_button.setAccessibleName(
            translate("gui.widgets.problem_banner", "Dismiss the problem")
        )
        self.dismiss_button.setAutoDefault(False)
        self.dismiss_button.clicked.connect(self.clear)
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("problemDetails")
        self.details.setAccessibleName(translate("gui.widgets.problem_banner", "Technical details"))
        self.details.setReadOnly(True)
        self.details.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
        self.details.hide()

        self._arrange()
        self.hide()

    def _arrange(self) -> None:
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.details_button)
        buttons.addWidget(self.dismiss_button)
        text = QVBoxLayout()
        text.setSpacing(GRID // 2)
        text.addWidget(self.title)
        text.addWidget(self.message)
        text.addWidget(self.fix)
        text.addWidget(self.details)
        text.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(GRID * 2, GRID + 2, GRID + 4, GRID)
        layout.setSpacing(GRID + 4)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(text, 1)

    def show_problem(self, problem: Problem) -> None:
        self.problem = problem
        tone = tone_of(problem)
        set_tone(self, tone)
        size = round(self.title.fontMetrics().height() * 1.2)
        self.icon.setPixmap(self.style().standardIcon(_ICONS[tone]).pixmap(size, size))
        self.title.setText(problem.title)
        self.message.setText(problem.message)
        self.fix.setText(problem.fix)
        self.fix.setVisible(bool(problem.fix))
        self.details.setPlainText(problem.details or "")
        self.details_button.setVisible(bool(problem.details))
        self.details_button.setChecked(False)
        self.show()
        # Heard at once, without moving the focus away from what the admin was doing.
        announce(self, spoken(problem.title, problem.message, problem.fix), urgent=True)

    def clear(self) -> None:
        self.problem = None
        self.hide()

    def _toggle_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.details_button.setText(
            translate("gui.widgets.problem_banner", "Hide &details")
            if shown
            else translate("gui.widgets.problem_banner", "Show &details")
        )
