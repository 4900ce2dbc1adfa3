"""Manage mode: the connection's status, what it needs (reconnect, or move a legacy connection
to OAuth), pages to change, re-running the test, disconnecting."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from hubspot_setup.flow.problems import Problem
from hubspot_setup.flow.steps import Method, StepId
from hubspot_setup.flow.validation import FieldResult
from hubspot_setup.flow.words import translate
from hubspot_setup.gui import answer_text
from hubspot_setup.gui.default_user import name_default_user
from hubspot_setup.gui.page import PageContext, StepPage
from hubspot_setup.gui.widgets.connection_action import ConnectionActionCard
from hubspot_setup.gui.widgets.disconnect_dialog import DisconnectDialog

if TYPE_CHECKING:
    from hubspot_setup.flow.state import WizardState


class ManagePage(StepPage):
    step = StepId.MANAGE
    ui_name = "manage"

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.values = {
            name: self.child(QLabel, f"{name}Value")
            for name in ("connection", "portal", "account", "sender", "signatures", "checklist")
        }
        self.action_card = ConnectionActionCard(ctx, self)
        self.slot("actionSlot").addWidget(self.action_card)
        self.sender_label = self.child(QLabel, "senderLabel")
        self.detour_buttons = {
            StepId.SENDER: self.child(QPushButton, "senderButton"),
            StepId.AUTOPILOT: self.child(QPushButton, "autopilotButton"),
            StepId.SIGNATURES: self.child(QPushButton, "signaturesButton"),
            StepId.TEST_CHECKLIST: self.child(QPushButton, "checklistButton"),
        }
        for step, button in self.detour_buttons.items():
            button.clicked.connect(lambda _checked=False, s=step: self._open(s))
        self.disconnect_button = self.child(QPushButton, "disconnectButton")
        self.disconnect_button.clicked.connect(self._ask_disconnect)
        self.dialog: DisconnectDialog | None = None

    def render(self, state: WizardState) -> None:
        answers = state.answers
        connection = answers.connection
        legacy = connection is not None and connection.method is Method.LEGACY
        self.values["connection"].setText(answer_text.method_text(connection))
        self.values["portal"].setText(answer_text.portal_text(connection))
        self.values["account"].setText(answer_text.account_text(answers))
        self.values["sender"].setText(answer_text.sender_text(answers))
        self.values["checklist"].setText(answer_text.checklist_text(answers.test))
        # A legacy connection can have signatures too (kept when it moves to OAuth).
        self.values["signatures"].setText(answer_text.signatures_text(answers))
        self.sender_label.setText(
            translate("gui.pages.manage", "Default user")
            if legacy
            else translate("gui.pages.manage", "AI posts as")
        )
        # The AI sender and signatures are OAuth settings (the guide's "OAuth view").
        self.detour_buttons[StepId.SENDER].setVisible(not legacy)
        self.detour_buttons[StepId.SIGNATURES].setVisible(not legacy)
        # Picking a teammate and the test message need HubSpot's access back first.
        reconnect = connection is not None and connection.needs_reconnect
        for step in (StepId.SENDER, StepId.TEST_CHECKLIST):
            button = self.detour_buttons[step]
            button.setEnabled(not reconnect)
            button.setToolTip(
                translate("gui.pages.manage", "Reconnect with HubSpot first.") if reconnect else ""
            )
        self.disconnect_button.setEnabled(connection is not None)
        self.action_card.show_for(connection)

    def entered(self) -> None:
        # Signatures are the organisation's, whatever the method: read them for the status.
        self.ctx.tasks.run(
            self.ctx.controller.load_signatures(),
            busy=translate("gui.pages.manage", "Reading the email signatures…"),
        )
        name_default_user(self.ctx)

    def left(self) -> None:
        self.action_card.left()

    def _open(self, step: StepId) -> None:
        self.ctx.clear_problem()
        self.ctx.controller.open_from_manage(step)

    # -- disconnect --------------------------------------------------------------------

    def _ask_disconnect(self) -> None:
        connection = self.ctx.controller.state.answers.connection
        if connection is None:
            return
        portal = connection.portal.domain or str(connection.portal.id)
        dialog = DisconnectDialog(
            legacy=connection.method is Method.LEGACY, portal=portal, parent=self
        )
        dialog.confirmed.connect(self._disconnect)
        self.dialog = dialog
        dialog.open()

    def _disconnect(self, typed: str) -> None:
        self.ctx.clear_problem()
        self.ctx.tasks.run(
            self.ctx.controller.disconnect(typed),
            busy=translate("gui.pages.manage", "Disconnecting HubSpot…"),
            on_result=self._disconnected,
            on_problem=self._disconnect_failed,
            cancellable=False,  # half a disconnect helps nobody: let it finish
        )

    def _disconnected(self, result: FieldResult[str]) -> None:
        if self.dialog is None:
            return
        if result.value is None:
            self.dialog.rejected_word(result.error or "")
        else:
            self.dialog.show_disconnected()  # it words what happened itself

    def _disconnect_failed(self, problem: Problem) -> None:
        if self.dialog is not None:
            self.dialog.rejected_word(f"{problem.message} {problem.fix}")
        else:
            self.ctx.show_problem(problem)
