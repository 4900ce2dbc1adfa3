""" "Did HubSpot show one of these messages?": the refusals HubSpot shows on its own page
without sending the admin back, each with its fix (the list is the flow's)."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from hubspot_setup.flow.consent_refusals import CONSENT_HELP_TITLE, CONSENT_REFUSALS
from hubspot_setup.flow.words import translate
from hubspot_setup.gui.theme import set_role


class ConsentHelpPanel(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("consentHelpPanel")
        set_role(self, "notice")
        title = CONSENT_HELP_TITLE.text()
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 12, 10)
        layout.setSpacing(4)
        heading = QLabel(title, self)
        heading.setObjectName("consentHelpTitle")
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        self.messages: list[QLabel] = []
        for refusal in CONSENT_REFUSALS:
            shown = QLabel(refusal.heading, self)
            shown.setWordWrap(True)
            font = shown.font()
            font.setItalic(refusal.verbatim)
            shown.setFont(font)
            what_to_do = QLabel(f"{refusal.cause.text()} {refusal.fix.text()}", self)
            what_to_do.setWordWrap(True)
            what_to_do.setIndent(12)
            set_role(what_to_do, "muted")
            layout.addSpacing(4)
            layout.addWidget(shown)
            layout.addWidget(what_to_do)
            self.messages.append(shown)
        then = QLabel(
            translate(
                "gui.widgets.consent_help", "Once it is fixed, click Cancel here and connect again."
            ),
            self,
        )
        then.setWordWrap(True)
        layout.addSpacing(4)
        layout.addWidget(then)
