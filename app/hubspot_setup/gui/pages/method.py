"""The connection method: OAuth Public App (recommended) or a legacy private app."""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from hubspot_setup.flow import navigation as nav
from hubspot_setup.flow.guide import LEGACY_SUNSET_NOTICE, METHOD_COMPARISON
from hubspot_setup.flow.navigation import Redo
from hubspot_setup.flow.problems import Problem
from hubspot_setup.flow.state import WizardState
from hubspot_setup.flow.steps import Method, StepId
from hubspot_setup.gui.page import PageContext, StepPage
from hubspot_setup.gui.theme import make_title, set_role


class MethodPage(StepPage):
    step = StepId.METHOD
    ui_name = "method"

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.oauth_radio = self.child(QRadioButton, "oauthRadio")
        self.legacy_radio = self.child(QRadioButton, "legacyRadio")
        self.oauth_radio.toggled.connect(self._radio_toggled)
        self.legacy_radio.toggled.connect(self._radio_toggled)
        set_role(self.child(QLabel, "oauthHelp"), "muted")
        legacy_help = self.child(QLabel, "legacyHelp")
        legacy_help.setText(
            self.tr(
                "You create a private app in HubSpot yourself and paste its token. For "
                "portals that already have a legacy private app."
            )
        )
        set_role(legacy_help, "muted")
        make_title(self.child(QLabel, "compareHeading"), 1.1)
        set_role(self.child(QLabel, "workflowNote"), "muted")

        self.confirm_box = self.child(QFrame, "confirmBox")
        set_role(self.confirm_box, "notice")
        self.confirm_label = self.child(QLabel, "confirmLabel")
        self.child(QPushButton, "confirmSwitchButton").clicked.connect(self._confirm_switch)
        self.child(QPushButton, "keepMethodButton").clicked.connect(self._keep)
        self.confirm_box.hide()
        self._pending: Method | None = None

        self.warning = self.child(QLabel, "warningLabel")
        set_role(self.warning, "error")
        self._fill_table()

    def _fill_table(self) -> None:
        table = self.child(QTableWidget, "comparisonTable")
        table.setColumnCount(3)
        table.setHorizontalHeaderLabels(
            [self.tr(""), self.tr("OAuth Public App"), self.tr("Private App (legacy)")]
        )
        table.setRowCount(len(METHOD_COMPARISON))
        for row, feature in enumerate(METHOD_COMPARISON):
            for column, text in enumerate((feature.aspect, feature.oauth, feature.legacy)):
                item = QTableWidgetItem(self.tr(text))
                if column == 0:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                table.setItem(row, column, item)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        table.resizeRowsToContents()
        self._table = table

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Wrapped cells need their rows re-measured, and the table sized to show them all.
        self._table.resizeRowsToContents()
        height = self._table.horizontalHeader().height() + 2 * self._table.frameWidth()
        height += sum(self._table.rowHeight(row) for row in range(self._table.rowCount()))
        self._table.setFixedHeight(height)

    def render(self, state: WizardState) -> None:
        method = state.answers.method
        radio = self.oauth_radio if method is Method.OAUTH else self.legacy_radio
        if not radio.isChecked() and self._pending is None:
            radio.blockSignals(True)
            radio.setChecked(True)
            radio.blockSignals(False)
        warnings = nav.warnings(state)
        self.warning.setText("\n\n".join(self.tr(text) for text in warnings))
        self.warning.setVisible(bool(warnings))
        self.child(QLabel, "legacyHelp").setToolTip(self.tr(LEGACY_SUNSET_NOTICE))

    # -- intents ----------------------------------------------------------------------

    def _radio_toggled(self, on: bool) -> None:
        if on:
            self.choose(Method.OAUTH if self.oauth_radio.isChecked() else Method.LEGACY)

    def choose(self, method: Method) -> None:
        controller = self.ctx.controller
        if method is controller.state.answers.method:
            return
        impact = controller.method_change_impact(method)
        if impact is not None and impact.needs_disconnect:
            self._ask(method, impact)
            return
        self.ctx.tasks.run(self._save_choice(method), busy=self.tr("Saving your choice…"))

    async def _save_choice(self, method: Method) -> None:
        # The task starts on the loop's next turn; a Next that landed first (two mnemonics
        # pressed quickly) has left this step, and a method chosen from another step's page
        # would leave the current step outside the path. Coming back shows the saved choice.
        if self.ctx.controller.state.current is not self.step:
            return
        await self.ctx.controller.choose_method(method)

    def _ask(self, method: Method, impact: Redo) -> None:
        self._pending = method
        self.confirm_label.setText(impact.notice)
        self.confirm_box.show()

    def _confirm_switch(self) -> None:
        method = self._pending
        if method is None:
            return
        self.ctx.tasks.run(
            self.ctx.controller.choose_method(method, disconnect_first=True),
            busy=self.tr("Disconnecting HubSpot, then switching…"),
            on_result=lambda _redo: self._settled(),
            on_problem=self._failed,
        )

    def _keep(self) -> None:
        self._settled()
        self.render(self.ctx.controller.state)

    def _failed(self, problem: Problem) -> None:
        self._keep()
        self.ctx.show_problem(problem)

    def _settled(self) -> None:
        self._pending = None
        self.confirm_box.hide()
