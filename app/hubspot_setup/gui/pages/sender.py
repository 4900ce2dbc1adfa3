"""AI posts as: pick the HubSpot teammate OpenCX attributes its replies to.

Picking is the choice: the teammate the admin clicks (or presses Enter on) is saved at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from hubspot_setup.flow.answers import Teammate
from hubspot_setup.flow.problems import Problem
from hubspot_setup.flow.steps import StepId
from hubspot_setup.flow.words import translate
from hubspot_setup.gui.answer_text import person_text
from hubspot_setup.gui.page import PageContext, StepPage
from hubspot_setup.gui.tasks import TaskHandle
from hubspot_setup.gui.widgets.teammate_picker import TeammatePicker

if TYPE_CHECKING:
    from hubspot_setup.flow.state import WizardState


class SenderPage(StepPage):
    step = StepId.SENDER
    ui_name = "sender"

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.current_label = self.child(QLabel, "currentLabel")
        self.current_label.setTextFormat(Qt.TextFormat.RichText)
        self.reload_button = self.child(QPushButton, "reloadButton")
        self.picker = TeammatePicker(self)
        self.child(QVBoxLayout, "pickerLayout").addWidget(self.picker)
        self.setFocusProxy(self.picker.search)
        self.setTabOrder(self.picker.search, self.picker.list)
        self.setTabOrder(self.picker.list, self.reload_button)
        self._sender: Teammate | None = None
        self._loading: TaskHandle[Any] | None = None
        self._saving: TaskHandle[Any] | None = None
        self._waiting: Teammate | None = None  # picked while another one was being saved
        self._loaded = False
        self.picker.picked.connect(self._picked)
        self.reload_button.clicked.connect(lambda: self._load(refresh=True))

    def render(self, state: WizardState) -> None:
        self._sender = state.answers.sender
        if self._sender is None:
            self.current_label.setText(
                translate(
                    "gui.pages.sender",
                    "The AI does not post as anyone yet. Click a teammate to choose.",
                )
            )
        else:
            self.current_label.setText(
                translate("gui.pages.sender", "The AI posts as %1.").arg(person_text(self._sender))
            )
            if self._saving is None or self._saving.done:
                self.picker.select(self._sender.owner_id)

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
            busy=translate("gui.pages.sender", "Loading your HubSpot teammates…"),
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

    def _load_failed(self, problem: Problem) -> None:
        self._load_stopped()
        self.ctx.show_problem(problem)

    def _load_stopped(self) -> None:
        self.picker.set_loading(False)
        self.reload_button.setEnabled(True)

    # -- picking saves ------------------------------------------------------------------

    def _picked(self, teammate: Teammate) -> None:
        if self._saving is not None and not self._saving.done:
            self._waiting = teammate  # the last pick wins, once this save is done
            return
        if self._sender is not None and teammate.owner_id == self._sender.owner_id:
            return  # already the one
        self.ctx.clear_problem()
        self._saving = self.ctx.tasks.run(
            self.ctx.controller.choose_sender(teammate),
            busy=translate("gui.pages.sender", "Saving who the AI posts as…"),
            on_result=self._saved,
            on_problem=self._save_failed,
            on_cancel=self._show_saved_choice,
        )

    def _saved(self, _teammate: Teammate) -> None:
        self.ctx.show_feedback(translate("gui.pages.sender", "Saved"))
        self._next_waiting()

    def _save_failed(self, problem: Problem) -> None:
        self._waiting = None
        self._show_saved_choice()
        self.ctx.show_problem(problem)

    def _next_waiting(self) -> None:
        waiting, self._waiting = self._waiting, None
        if waiting is not None:
            self._picked(waiting)
        else:
            self._show_saved_choice()

    def _show_saved_choice(self) -> None:
        """The tick goes back to what OpenCX has (after a failure, or a cancelled save)."""
        self.picker.select(self._sender.owner_id if self._sender else None)
