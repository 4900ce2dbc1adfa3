"""The shell's problem banner: what happened, what to do, and technical details folded away."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hubspot_setup.flow.problems import Problem
from hubspot_setup.gui.theme import scaled_font


class ProblemBanner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemBanner")
        self.setAccessibleName(self.tr("Problem"))
        self.problem: Problem | None = None

        self.title = QLabel(self)
        self.title.setObjectName("problemTitle")
        self.title.setFont(scaled_font(self, 1.05, bold=True))
        self.title.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("problemMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fix = QLabel(self)
        self.fix.setObjectName("problemFix")
        self.fix.setWordWrap(True)
        self.fix.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.details_button = QPushButton(self.tr("Show &details"), self)
        self.details_button.setObjectName("problemDetailsButton")
        self.details_button.setAccessibleName(self.tr("Show technical details"))
        self.details_button.setCheckable(True)
        self.details_button.setAutoDefault(False)
        self.details_button.toggled.connect(self._toggle_details)
        self.dismiss_button = QPushButton(self.tr("Dis&miss"), self)
        self.dismiss_button.setObjectName("problemDismissButton")
        self.dismiss_button.setAccessibleName(self.tr("Dismiss the problem"))
        self.dismiss_button.setAutoDefault(False)
        self.dismiss_button.clicked.connect(self.clear)
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("problemDetails")
        self.details.setAccessibleName(self.tr("Technical details"))
        self.details.setReadOnly(True)
        self.details.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
        self.details.hide()

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.details_button)
        buttons.addWidget(self.dismiss_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 12, 10)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.message)
        layout.addWidget(self.fix)
        layout.addWidget(self.details)
        layout.addLayout(buttons)
        self.hide()

    def show_problem(self, problem: Problem) -> None:
        self.problem = problem
        self.title.setText(problem.title)
        self.message.setText(problem.message)
        self.fix.setText(problem.fix)
        self.fix.setVisible(bool(problem.fix))
        self.details.setPlainText(problem.details or "")
        self.details_button.setVisible(bool(problem.details))
        self.details_button.setChecked(False)
        self.show()

    def clear(self) -> None:
        self.problem = None
        self.hide()

    def _toggle_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.details_button.setText(self.tr("Hide &details") if shown else self.tr("Show &details"))
