"""The end of the path: "You're connected", what that means, and "Open HubSpot inbox".

The inbox link is built by the flow (`hubspot_inbox.inbox_url`) and only on a HubSpot app
domain; without one the button is not shown. The link opens through the app's own browser
launcher (`PageContext.open_url`). While HubSpot needs a reconnect the card stays hidden:
the reconnect card above says what to do instead.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from hubspot_setup.flow.answers import Answers, ChecklistOutcome
from hubspot_setup.flow.hubspot_inbox import inbox_url
from hubspot_setup.flow.words import translate
from hubspot_setup.gui.accessibility import mark_heading
from hubspot_setup.gui.page import PageContext
from hubspot_setup.gui.plain_text import shows_server_text
from hubspot_setup.gui.theme import GRID, TITLE_SCALE, Tone, make_title, set_role, set_tone


def _portal_name(answers: Answers) -> str:
    connection = answers.connection
    if connection is None:
        return ""
    portal = connection.portal
    if portal.domain:
        return translate("gui.widgets.connected_card", "%1 (portal %2)").arg(
            portal.domain, portal.id
        )
    return translate("gui.widgets.connected_card", "portal %1").arg(portal.id)


def _test_line(test: ChecklistOutcome | None) -> str:
    if test is None or test.skipped or test.run_id is None:
        return translate(
            "gui.widgets.connected_card",
            "You have not sent a test message yet: you can run the test any time from this "
            "assistant.",
        )
    if test.passed:
        return translate(
            "gui.widgets.connected_card", "Your test message went all the way through."
        )
    return translate(
        "gui.widgets.connected_card",
        "The test message did not finish: you can run it again from this assistant.",
    )


class ConnectedCard(QFrame):
    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("connectedCard")
        set_role(self, "card")
        self._url: str | None = None

        self.icon = QLabel(self)
        self.icon.setObjectName("connectedIcon")
        self.title = QLabel(translate("gui.widgets.connected_card", "You're connected"), self)
        self.title.setObjectName("connectedTitle")
        make_title(self.title, TITLE_SCALE)
        set_tone(self.title, Tone.SUCCESS)
        mark_heading(self.title)
        self.message = QLabel(self)
        self.message.setObjectName("connectedMessage")
        self.message.setWordWrap(True)
        self.test_line = QLabel(self)
        self.test_line.setObjectName("connectedTest")
        shows_server_text(self.message)  # the portal's name
        self.test_line.setWordWrap(True)
        set_role(self.test_line, "muted")
        self.inbox_button = QPushButton(
            translate("gui.widgets.connected_card", "Open HubSpot &inbox"), self
        )
        self.inbox_button.setObjectName("openInboxButton")
        self.inbox_button.setAccessibleDescription(
            translate(
                "gui.widgets.connected_card",
                "Opens the portal's conversations inbox in HubSpot, in your browser",
            )
        )
        self.inbox_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.inbox_button.clicked.connect(self._open_inbox)

        text = QVBoxLayout()
        text.setSpacing(GRID)
        text.addWidget(self.title)
        text.addWidget(self.message)
        text.addWidget(self.test_line)
        text.addSpacing(GRID // 2)
        text.addWidget(self.inbox_button, 0, Qt.AlignmentFlag.AlignLeft)
        row = QHBoxLayout(self)
        row.setContentsMargins(GRID * 3, GRID * 3, GRID * 3, GRID * 3)
        row.setSpacing(GRID * 2)
        row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(text, 1)
        self._set_icon()

    def _set_icon(self) -> None:
        size = round(self.fontMetrics().height() * TITLE_SCALE * 1.4)
        tick = self.style().standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton)
        self.icon.setPixmap(tick.pixmap(size, size))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the text zoom: the tick grows with it
            self._set_icon()

    def show_for(self, answers: Answers) -> None:
        """Shown while connected and not waiting for a reconnect."""
        connection = answers.connection
        if connection is None or connection.needs_reconnect:
            self.hide()
            return
        self.message.setText(
            translate(
                "gui.widgets.connected_card",
                "OpenCX now works on the HubSpot conversations of %1, and answers them on "
                "the channels where Autopilot is on.",
            ).arg(_portal_name(answers))
        )
        self.test_line.setText(_test_line(answers.test))
        self._url = inbox_url(connection.portal)
        self.inbox_button.setVisible(self._url is not None)
        self.show()

    def _open_inbox(self) -> None:
        if self._url is not None:
            self.ctx.open_url(self._url)
