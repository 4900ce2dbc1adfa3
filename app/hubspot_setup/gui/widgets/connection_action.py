"""The card that reconnects a connection HubSpot stopped accepting, or moves a legacy one to
Connect with HubSpot (OAuth), without disconnecting.

Both run HubSpot's consent screen in the system browser (the same browser hand-off as the
connect page). When the admin approves another portal than the connected one, nothing has
changed yet: the card asks whether to continue with the new portal or keep the old one.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from hubspot_setup.flow.answers import Connection
from hubspot_setup.flow.ports import AttemptListener, IntegrationFacts
from hubspot_setup.flow.problems import Problem
from hubspot_setup.flow.reconnect import (
    MOVE_BENEFITS,
    MOVE_BUTTON,
    MOVE_INTRO,
    MOVE_KEEPS,
    MOVE_TITLE,
    PORTAL_CHANGE_TITLE,
    RECONNECT_BUTTON,
    RECONNECT_KEEPS,
    RECONNECT_TITLE,
    ConnectionAction,
    PortalChange,
    PortalChangeNeeded,
    cancel_label,
    continue_label,
    done_note,
    done_title,
    portal_change_question,
    portal_label,
    recommended_action,
    reconnect_message,
)
from hubspot_setup.flow.words import translate
from hubspot_setup.gui.accessibility import mark_heading
from hubspot_setup.gui.page import PageContext
from hubspot_setup.gui.pages.browser_leg import BrowserLeg
from hubspot_setup.gui.theme import Tone, scaled_font, set_role, set_tone
from hubspot_setup.gui.widgets.browser_attempt import BrowserAttemptView
from hubspot_setup.gui.widgets.consent_help import ConsentHelpPanel


class ConnectionActionCard(QFrame):
    def __init__(
        self,
        ctx: PageContext,
        parent: QWidget | None = None,
        *,
        offers: frozenset[ConnectionAction] = frozenset(ConnectionAction),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("connectionActionCard")
        set_role(self, "notice")
        self.ctx = ctx
        self.offers = offers  # the actions this page offers (the summary: reconnect only)
        self.action: ConnectionAction | None = None
        self.started: ConnectionAction | None = None  # what the running attempt does
        self.question: QMessageBox | None = None
        self.change: PortalChange | None = None

        self.title = QLabel(self)
        self.title.setObjectName("actionTitle")
        self.title.setWordWrap(True)
        self.title.setFont(scaled_font(self.title, 1.1, bold=True))
        mark_heading(self.title)
        self.message = QLabel(self)
        self.message.setObjectName("actionMessage")
        self.message.setWordWrap(True)
        self.keeps = QLabel(self)
        self.keeps.setObjectName("actionKeeps")
        self.keeps.setWordWrap(True)
        set_role(self.keeps, "muted")
        self.attempt = BrowserAttemptView(
            RECONNECT_BUTTON.text().replace("HubSpot", "&HubSpot", 1), self
        )
        # HubSpot can refuse on its own consent page and never come back: the same help as
        # the connect page, after about a minute without an answer.
        self.attempt.add_late_help(ConsentHelpPanel(self.attempt))
        self.browser = BrowserLeg(ctx, self.attempt)
        self.attempt.start_requested.connect(self.start)
        # What happened last: done (with where to delete the legacy app), or kept as it was.
        self.outcome = QLabel(self)
        self.outcome.setObjectName("actionOutcome")
        self.outcome.setWordWrap(True)
        self.outcome.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 14, 12)
        layout.setSpacing(8)
        for widget in (self.title, self.message, self.keeps, self.attempt, self.outcome):
            layout.addWidget(widget)
        self.hide()

    # -- what the page calls ----------------------------------------------------------

    def show_for(self, connection: Connection | None) -> None:
        """Show the action this connection needs; keep showing the outcome once done."""
        action = recommended_action(connection)
        if action not in self.offers:
            action = None
        if action is not None and connection is not None:
            self._show_action(action, connection)
        elif self.action is not None and not self.browser.running and self.started is None:
            self.action = None
            self._show_done_only()
        busy = self.browser.running or self.started is not None
        self.setVisible(action is not None or busy or self.outcome.isVisibleTo(self))

    def left(self) -> None:
        self.browser.cancel()

    # -- the action -------------------------------------------------------------------

    def _show_action(self, action: ConnectionAction, connection: Connection) -> None:
        if action is not self.action:
            self.outcome.hide()
        self.action = action
        self.message.setTextFormat(
            Qt.TextFormat.RichText
            if action is ConnectionAction.MOVE_TO_OAUTH
            else Qt.TextFormat.PlainText
        )
        if action is ConnectionAction.RECONNECT:
            self.title.setText(RECONNECT_TITLE.text())
            set_tone(self.title, Tone.WARNING)
            self.message.setText(reconnect_message(connection))
            self.keeps.setText(RECONNECT_KEEPS.text())
            button = RECONNECT_BUTTON.text()
        else:
            self.title.setText(MOVE_TITLE.text())
            set_tone(self.title, None)
            items = "".join(f"<li>{escape(line.text())}</li>" for line in MOVE_BENEFITS)
            self.message.setText(f"{escape(MOVE_INTRO.text())}<ul>{items}</ul>")
            self.keeps.setText(MOVE_KEEPS.text())
            button = MOVE_BUTTON.text()
        # Alt+H on both (only one shows): the manage page's other buttons use the rest.
        self.attempt.start_button.setText(button.replace("HubSpot", "&HubSpot", 1))
        self.attempt.start_button.setAccessibleName(button)
        for widget in (self.message, self.keeps, self.attempt):
            widget.show()

    def _show_done_only(self) -> None:
        for widget in (self.message, self.keeps, self.attempt):
            widget.hide()

    def start(self) -> None:
        if self.browser.running:
            return
        self.outcome.hide()
        self.started = self.action
        self.browser.start(self._connect, self._answered)

    async def _connect(self, on_attempt: AttemptListener) -> IntegrationFacts | PortalChange:
        try:
            return await self.ctx.controller.connect_hubspot(on_attempt)
        except PortalChangeNeeded as asked:  # a question for the admin, not a failure
            return asked.change
        except BaseException:
            self.started = None
            raise

    def _answered(self, result: IntegrationFacts | PortalChange) -> None:
        if isinstance(result, PortalChange):
            self.attempt.reset()
            self._ask(result)
            return
        self._done()

    def _done(self, also: str = "") -> None:
        action, self.started = self.started, None
        self.attempt.reset()
        if action is not None:
            self.title.setText(done_title(action))
            set_tone(self.title, Tone.SUCCESS)
            self._say(" ".join(filter(None, (done_note(action), also))), None)
        self.show_for(self.ctx.controller.state.answers.connection)

    def _say(self, text: str, tone: Tone | None) -> None:
        self.outcome.setText(text)
        set_tone(self.outcome, tone)
        self.outcome.show()

    # -- another portal approved ------------------------------------------------------

    def _ask(self, change: PortalChange) -> None:
        self.change = change
        box = QMessageBox(self)
        box.setObjectName("portalChangeQuestion")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(PORTAL_CHANGE_TITLE.text())
        box.setText(PORTAL_CHANGE_TITLE.text())
        box.setInformativeText(portal_change_question(change))
        # The safe answer is the default one: Enter or Escape keeps the connected portal.
        keep = box.addButton(cancel_label(change), QMessageBox.ButtonRole.RejectRole)
        move = box.addButton(continue_label(change), QMessageBox.ButtonRole.AcceptRole)
        keep.setObjectName("keepPortalButton")
        move.setObjectName("movePortalButton")
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.setStyleSheet("QLabel#qt_msgbox_informativelabel { min-width: 26em; }")
        box.buttonClicked.connect(lambda button: self._portal_answer(button is move))
        self.question = box
        box.open()  # not exec(): the Qt loop (and asyncio on it) keeps running

    def _portal_answer(self, move: bool) -> None:
        change = self.change
        self.question = None
        self.change = None
        if change is None:
            return
        if not move:
            self.started = None
            self.ctx.controller.keep_current_portal()
            self._say(
                translate(
                    "gui.widgets.connection_action", "Nothing changed: OpenCX stays with %1."
                ).arg(portal_label(change.connected)),
                None,
            )
            self.show_for(self.ctx.controller.state.answers.connection)
            return
        moved_to = translate(
            "gui.widgets.connection_action",
            "OpenCX now uses %1. Choose who the AI posts as there (Change who the AI posts as).",
        ).arg(portal_label(change.approved))
        self.ctx.tasks.run(
            self.ctx.controller.continue_with_new_portal(),
            busy=translate("gui.widgets.connection_action", "Moving OpenCX to %1…").arg(
                portal_label(change.approved)
            ),
            on_result=lambda _facts: self._done(moved_to),
            on_problem=self._failed,
            cancellable=False,  # half a move helps nobody: let it finish
        )

    def _failed(self, problem: Problem) -> None:
        self.started = None
        self.ctx.show_problem(problem)
        self.show_for(self.ctx.controller.state.answers.connection)

    @property
    def move_button(self) -> QPushButton:
        """The one start button (its words depend on the action)."""
        return self.attempt.start_button
