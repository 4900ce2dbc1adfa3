"""AI posts as: pick the HubSpot teammate OpenCX attributes its replies to."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from hubspot_setup.flow.answers import Teammate
from hubspot_setup.flow.problems import Problem
from hubspot_setup.flow.steps import StepId
from hubspot_setup.gui.page import PageContext, StepPage
from hubspot_setup.gui.tasks import TaskHandle
from hubspot_setup.gui.theme import set_role
from hubspot_setup.gui.widgets.teammate_picker import TeammatePicker

if TYPE_CHECKING:
    from hubspot_setup.flow.state import WizardState


class SenderPage(StepPage):
    step = StepId.SENDER
    ui_name = "sender"

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.current_label = self.child(QLabel, "currentLabel")
        self.save_button = self.child(QPushButton, "saveButton")
        self.reload_button = self.child(QPushButton, "reloadButton")
        set_role(self.save_button, "primary")
        self.picker = TeammatePicker(self)
        self.child(QVBoxLayout, "pickerLayout").addWidget(self.picker)
        self.setFocusProxy(self.picker.search)
        self.setTabOrder(self.picker.search, self.picker.list)
        self.setTabOrder(self.picker.list, self.reload_button)
        self.setTabOrder(self.reload_button, self.save_button)
        self._sender: Teammate | None = None
        self._loading: TaskHandle[Any] | None = None
        self._loaded = False
        self.picker.picked.connect(self._picked)
        self.save_button.clicked.connect(self._save)
        self.reload_button.clicked.connect(lambda: self._load(refresh=True))

    def render(self, state: WizardState) -> None:
        self._sender = state.answers.sender
        if self._sender is None:
            self.current_label.setText(self.tr("The AI does not post as anyone yet."))
        else:
            self.current_label.setText(
                self.tr("The AI posts as <b>%1</b>.").replace("%1", escape(self._sender.label))
            )
            if self.picker.current() is None:
                self.picker.select(self._sender.owner_id)
        self._update_save()

    def entered(self) -> None:
        if not self._loaded:
            self._load(refresh=False)

    def left(self) -> None:
        if self._loading is not None:
            self._loading.cancel()

    def _load(self, *, refresh: bool) -> None:
        if self._loading is not None and not self._loading.done:
            return
        self.picker.set_loading(True)
        self.reload_button.setEnabled(False)
        self._loading = self.ctx.tasks.run(
            self.ctx.controller.teammates(refresh=refresh),
            busy=self.tr("Loading your HubSpot teammates…"),
            on_result=self._loaded_teammates,
            on_problem=self._load_failed,
            on_cancel=self._load_stopped,
        )

    def _loaded_teammates(self, teammates: tuple[Teammate, ...]) -> None:
        self._loaded = True
        self.reload_button.setEnabled(True)
        self.picker.set_teammates(teammates)
        if self._sender is not None:
            self.picker.select(self._sender.owner_id)
        self._update_save()

    def _load_failed(self, problem: Problem) -> None:
        self._load_stopped()
        self.ctx.show_problem(problem)

    def _load_stopped(self) -> None:
        self.picker.set_loading(False)
        self.reload_button.setEnabled(True)

    def _picked(self, _teammate: Teammate | None) -> None:
        self._update_save()

    def _update_save(self) -> None:
        chosen = self.picker.current()
        differs = chosen is not None and (
            self._sender is None or chosen.owner_id != self._sender.owner_id
        )
        self.save_button.setEnabled(differs)
        self.save_button.setDefault(differs)

    def _save(self) -> None:
        chosen = self.picker.current()
        if chosen is None:
            return
        self.ctx.clear_problem()
        self.save_button.setEnabled(False)
        self.ctx.tasks.run(
            self.ctx.controller.choose_sender(chosen),
            busy=self.tr("Saving who the AI posts as…"),
            on_result=lambda _saved: self._update_save(),
            on_problem=self._save_failed,
            on_cancel=self._update_save,
        )

    def _save_failed(self, problem: Problem) -> None:
        self._update_save()
        self.ctx.show_problem(problem)
