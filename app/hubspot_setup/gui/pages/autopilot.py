"""Autopilot per channel, read from OpenCX, with a switch per channel and a warning for the
channel the admin will test on when it is off."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from hubspot_setup.flow import navigation
from hubspot_setup.flow.guide import CHANNEL_LABELS, Channel
from hubspot_setup.flow.problems import Problem
from hubspot_setup.flow.steps import StepId
from hubspot_setup.flow.words import translate
from hubspot_setup.gui.page import PageContext, StepPage
from hubspot_setup.gui.theme import set_role
from hubspot_setup.gui.widgets.channel_choice import (
    chosen_channel,
    fill_channel_combo,
    show_channel,
)

if TYPE_CHECKING:
    from hubspot_setup.flow.state import WizardState


class AutopilotPage(StepPage):
    step = StepId.AUTOPILOT
    ui_name = "autopilot"

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.test_channel = self.child(QComboBox, "testChannelCombo")
        fill_channel_combo(self.test_channel)
        self.warning_frame = self.child(QFrame, "warningFrame")
        self.warning_label = self.child(QLabel, "warningLabel")
        self.turn_on_button = self.child(QPushButton, "turnOnButton")
        self.refresh_button = self.child(QPushButton, "refreshButton")
        grid = self.child(QGridLayout, "channelsGrid")
        self.switches: dict[Channel, QCheckBox] = {}
        self.states: dict[Channel, QLabel] = {}
        for row, channel in enumerate(Channel):
            name = QLabel(CHANNEL_LABELS[channel].text(), self)
            switch = QCheckBox(translate("gui.pages.autopilot", "On"), self)
            switch.setObjectName(f"autopilot_{channel.value}")
            switch.setAccessibleName(
                translate("gui.pages.autopilot", "Autopilot for %1").arg(name.text())
            )
            state = QLabel(self)
            state.setObjectName(f"autopilotState_{channel.value}")
            name.setBuddy(switch)
            grid.addWidget(name, row, 0)
            grid.addWidget(switch, row, 1)
            grid.addWidget(state, row, 2)
            grid.setColumnStretch(2, 1)
            switch.toggled.connect(lambda on, c=channel: self._switch(c, on))
            self.switches[channel] = switch
            self.states[channel] = state
        self.warning_frame.hide()
        set_role(self.warning_frame, "notice")
        self.test_channel.currentIndexChanged.connect(self._test_channel_chosen)
        self.turn_on_button.clicked.connect(self._turn_on_test_channel)
        self.refresh_button.clicked.connect(self._refresh)
        self._known = False

    def render(self, state: WizardState) -> None:
        answers = state.answers
        show_channel(self.test_channel, answers.test_channel)
        for channel, switch in self.switches.items():
            enabled = answers.autopilot.get(channel)
            blocked = switch.blockSignals(True)
            switch.setChecked(bool(enabled))
            switch.setText(
                translate("gui.pages.autopilot", "On")
                if enabled
                else translate("gui.pages.autopilot", "Off")
            )
            switch.blockSignals(blocked)
            switch.setEnabled(enabled is not None)
            if enabled is None:
                text = translate("gui.pages.autopilot", "not read yet")
            elif enabled:
                text = translate("gui.pages.autopilot", "OpenCX replies on this channel")
            else:
                text = translate(
                    "gui.pages.autopilot", "OpenCX stores conversations but does not reply"
                )
            self.states[channel].setText(text)
        warnings = navigation.warnings(state, StepId.AUTOPILOT)
        self.warning_label.setText("\n".join(warnings))
        self.warning_frame.setVisible(bool(warnings))
        self.turn_on_button.setDefault(bool(warnings))

    def entered(self) -> None:
        self._refresh()

    def _refresh(self) -> None:
        self.ctx.tasks.run(
            self.ctx.controller.refresh_autopilot(),
            busy=translate("gui.pages.autopilot", "Reading the Autopilot settings from OpenCX…"),
            on_problem=self.ctx.show_problem,
        )

    def _test_channel_chosen(self) -> None:
        self.ctx.controller.set_test_channel(chosen_channel(self.test_channel))

    def _turn_on_test_channel(self) -> None:
        self._switch(self.ctx.controller.state.answers.test_channel, True)

    def _switch(self, channel: Channel, enabled: bool) -> None:
        self.ctx.clear_problem()
        self.switches[channel].setEnabled(False)
        label = CHANNEL_LABELS[channel].text()
        if enabled:
            busy = translate("gui.pages.autopilot", "Turning Autopilot on for %1…").arg(label)
        else:
            busy = translate("gui.pages.autopilot", "Turning Autopilot off for %1…").arg(label)
        self.ctx.tasks.run(
            self.ctx.controller.set_autopilot(channel, enabled),
            busy=busy,
            on_problem=self._failed,
            on_cancel=self._rerender,
        )

    def _failed(self, problem: Problem) -> None:
        self._rerender()  # the switch goes back to what OpenCX has
        self.ctx.show_problem(problem)

    def _rerender(self) -> None:
        self.render(self.ctx.controller.state)
