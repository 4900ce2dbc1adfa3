"""The live test-message checklist (issues 7 and 14): check Autopilot and the inbox's routing,
say where to send the message, then follow the backend's test run and tick the guide's checks
(and the handoff's ticket) as they happen.

The controller follows the run's event stream and commits each event to the state; this page
only renders that state through the flow's view model (`flow.checklist_view`: rows, result
line, what is offered). A message OpenCX never received is fixed by sending another: "Watch
for another message" keeps the same run. In the sandbox a practice customer can send the
message.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from datetime import UTC, datetime
from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPoint, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hubspot_setup.flow.answers import ChecklistOutcome
from hubspot_setup.flow.checklist import routing_warning
from hubspot_setup.flow.checklist_view import Offers, Primary, checklist_view
from hubspot_setup.flow.guide import CHANNEL_LABELS, UNTESTABLE_CHANNEL_REASON
from hubspot_setup.flow.message_destination import (
    DestinationKind,
    message_destination,
    where_to_find,
)
from hubspot_setup.flow.problems import Problem
from hubspot_setup.flow.steps import StepId
from hubspot_setup.flow.words import translate
from hubspot_setup.gui.page import PageContext, PrimaryAction, StepPage
from hubspot_setup.gui.tasks import TaskHandle
from hubspot_setup.gui.theme import Tone, set_role, set_tone
from hubspot_setup.gui.widgets.channel_choice import (
    chosen_channel,
    fill_channel_combo,
    show_channel,
)
from hubspot_setup.gui.widgets.checklist import ChecklistView

if TYPE_CHECKING:
    from hubspot_setup.flow.ports import Inbox
    from hubspot_setup.flow.state import WizardState

LATE_CHECK_MS = 5_000  # how often a running test looks for an item that is late


class TestChecklistPage(StepPage):
    step = StepId.TEST_CHECKLIST
    ui_name = "test_checklist"

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.test_channel = self.child(QComboBox, "testChannelCombo")
        fill_channel_combo(self.test_channel)
        self.autopilot_label = self.child(QLabel, "autopilotLabel")
        self.turn_on_button = self.child(QPushButton, "turnOnButton")
        self.inboxes_label = self.child(QLabel, "inboxesLabel")
        self.destination_label = self.child(QLabel, "destinationLabel")
        self.copy_destination = self.child(QPushButton, "copyDestinationButton")
        self.copy_destination.hide()
        self._destination = ""
        self.copy_destination.clicked.connect(lambda: self.ctx.copy_text(self._destination))
        self.channel_note = self.child(QLabel, "channelNoteLabel")
        self.channel_note.setText(UNTESTABLE_CHANNEL_REASON.text())
        set_role(self.channel_note, "muted")
        self.routing_label = self.child(QLabel, "routingLabel")
        set_tone(self.routing_label, Tone.WARNING)
        self.routing_label.hide()
        self.watch_button = self.child(QPushButton, "watchButton")
        self.watch_button.hide()
        self.result_label = self.child(QLabel, "resultLabel")
        self.start_button = self.child(QPushButton, "startButton")
        self.customer_button = self.child(QPushButton, "customerButton")
        self.handoff_button = self.child(QPushButton, "handoffButton")
        self.skip_button = self.child(QPushButton, "skipButton")
        # The footer's filled button starts the test (see primary_action); this one is quiet.
        set_role(self.handoff_button, "primary")
        self.checklist = ChecklistView(self)
        self.checklist_box = self.child(QGroupBox, "checklistBox")
        self.child(QVBoxLayout, "checklistLayout").addWidget(self.checklist)
        self.customer = ctx.services.simulated_customer  # on the practice sandbox only
        self.customer_button.hide()  # shown while a test runs, and only on the sandbox
        self.inboxes_label.setText(
            translate("gui.pages.test_checklist", "Looking up your HubSpot inboxes…")
        )
        self._run: TaskHandle[Any] | None = None
        # An item that does not tick in its expected time shows its likely causes; the
        # clock is an attribute so tests can move it forward.
        self.now: Callable[[], datetime] = lambda: datetime.now(UTC)
        self._started_at: datetime | None = None
        self.late_timer = QTimer(self)
        self.late_timer.setInterval(LATE_CHECK_MS)
        self.late_timer.timeout.connect(self._render_current)
        self._asked_handoff = False
        self._inboxes_loaded = False
        self._inboxes: Sequence[Inbox] = ()
        self._offers = Offers()  # what the flow offers, as last rendered
        self.test_channel.currentIndexChanged.connect(self._channel_chosen)
        self.turn_on_button.clicked.connect(self._turn_on_autopilot)
        self.start_button.clicked.connect(self._start)
        self.customer_button.clicked.connect(self._send_as_customer)
        self.handoff_button.clicked.connect(self._request_handoff)
        self.watch_button.clicked.connect(self._watch_again)
        self.skip_button.clicked.connect(self._skip)

    @property
    def running(self) -> bool:
        return self._run is not None and not self._run.done

    # -- rendering ---------------------------------------------------------------------

    def render(self, state: WizardState) -> None:
        answers = state.answers
        channel = answers.test_channel
        show_channel(self.test_channel, channel)
        self.test_channel.setEnabled(not self.running)
        label = CHANNEL_LABELS[channel].text()
        autopilot = answers.autopilot.get(channel)
        if autopilot is None:
            self.autopilot_label.setText(
                translate("gui.pages.test_checklist", "Checking whether Autopilot is on…")
            )
        elif autopilot:
            self.autopilot_label.setText(
                translate("gui.pages.test_checklist", "✓ Autopilot is on for %1.").arg(label)
            )
        else:
            self.autopilot_label.setText(
                translate(
                    "gui.pages.test_checklist",
                    "Autopilot is off for %1: OpenCX will store the conversation but the AI "
                    "will not reply, so the test stops at the AI reply. Turn it on first.",
                ).arg(label)
            )
        self.turn_on_button.setVisible(autopilot is False)
        warning = routing_warning(answers, self._inboxes)
        self.routing_label.setText(warning or "")
        self.routing_label.setVisible(warning is not None)
        self._render_destination(state)
        view = checklist_view(
            answers,
            running=self.running,
            started_at=self._started_at,
            now=self.now(),
            handoff_asked=self._asked_handoff,
            practice_customer=self.customer is not None,
        )
        if not self.running:
            self.late_timer.stop()
        self.checklist.show_rows(view.rows)
        self.result_label.setText(view.result)
        offers = self._offers = view.offers
        self.handoff_button.setEnabled(offers.request_handoff)
        self.handoff_button.setVisible(offers.handoff_shown)
        self.customer_button.setVisible(offers.customer_shown)
        self.customer_button.setEnabled(offers.send_as_customer)
        self.watch_button.setVisible(offers.watch_again)
        self.start_button.setEnabled(offers.start)
        self.start_button.setText(
            translate("gui.pages.test_checklist", "&Start again")
            if offers.start_again
            else translate("gui.pages.test_checklist", "&Start the test")
        )
        self.skip_button.setEnabled(offers.skip)
        self.start_button.setDefault(offers.primary is Primary.START)
        self.watch_button.setDefault(offers.primary is Primary.WATCH_AGAIN)
        self.handoff_button.setDefault(offers.request_handoff)
        self.primary_changed.emit()

    def primary_action(self) -> PrimaryAction | None:
        """The footer starts the test (or starts it again) until it passed or was skipped;
        while it runs, and afterwards, the footer continues (the flow's `Offers.primary`)."""
        primary = self._offers.primary
        if primary is Primary.WATCH_AGAIN:  # a lost message is fixed by another one
            return PrimaryAction(self.watch_button.text(), self._watch_again)
        if primary is Primary.START:
            return PrimaryAction(self.start_button.text(), self._start)
        return None

    def _render_destination(self, state: WizardState) -> None:
        """Where to send the message, with Copy; or where to find that in HubSpot."""
        channel = state.answers.test_channel
        where = message_destination(channel, state.answers.portal_facts, self._inboxes)
        self._destination = where.value if where is not None else ""
        self.copy_destination.setVisible(where is not None)
        if where is None:
            self.destination_label.setText(escape(where_to_find(channel)))
            return
        if where.kind is DestinationKind.EMAIL:
            text = translate(
                "gui.pages.test_checklist", "Send an email to %1 (HubSpot inbox “%2”)."
            )
        else:
            text = translate(
                "gui.pages.test_checklist",
                "Open %1 and write in its chat window (HubSpot inbox “%2”).",
            )
        self.destination_label.setText(
            text.arg(f"<b>{escape(where.value)}</b>", escape(where.inbox))
        )

    def _render_current(self) -> None:
        if self.ctx.has_controller:
            self.render(self.ctx.controller.state)

    # -- loads -------------------------------------------------------------------------

    def entered(self) -> None:
        controller = self.ctx.controller
        if controller.state.answers.test_channel not in controller.state.answers.autopilot:
            self.ctx.tasks.run(
                controller.refresh_autopilot(),
                busy=translate("gui.pages.test_checklist", "Checking Autopilot…"),
                on_problem=self.ctx.show_problem,
            )
        if not self._inboxes_loaded:
            self.ctx.tasks.run(
                controller.inboxes(),
                busy=translate("gui.pages.test_checklist", "Looking up your HubSpot inboxes…"),
                on_result=self._show_inboxes,
                on_problem=self._inboxes_failed,
            )

    def left(self) -> None:
        self._stop_run()

    def _stop_run(self) -> None:
        run, self._run = self._run, None
        if run is not None:
            run.cancel()

    def _show_inboxes(self, inboxes: Sequence[Inbox]) -> None:
        self._inboxes_loaded = True
        self._inboxes = tuple(inboxes)
        self._render_current()
        if not inboxes:
            self.inboxes_label.setText(
                translate(
                    "gui.pages.test_checklist",
                    "HubSpot lists no inboxes for this portal. Connect an email address or "
                    "the chat widget to a HubSpot inbox first (in HubSpot: Settings → Inboxes).",
                )
            )
            return
        lines = []
        for inbox in inboxes:
            where = ", ".join(escape(channel) for channel in inbox.channels) or translate(
                "gui.pages.test_checklist", "no channels connected"
            )
            line = translate("gui.pages.test_checklist", "%1: %2", "an inbox: its channels")
            lines.append(f"<li>{line.arg(f'<b>{escape(inbox.name)}</b>', where)}</li>")
        intro = translate("gui.pages.test_checklist", "Your HubSpot inboxes and their channels:")
        self.inboxes_label.setText(f"{intro}<ul>{''.join(lines)}</ul>")

    def _inboxes_failed(self, problem: Problem) -> None:
        self.inboxes_label.setText(
            translate(
                "gui.pages.test_checklist",
                "The inboxes could not be listed. Use any HubSpot inbox address you know.",
            )
        )
        self.ctx.show_problem(problem)

    # -- intents -----------------------------------------------------------------------

    def _channel_chosen(self) -> None:
        self.ctx.controller.set_test_channel(chosen_channel(self.test_channel))

    def _turn_on_autopilot(self) -> None:
        self.ctx.clear_problem()
        self.turn_on_button.setEnabled(False)
        channel = self.ctx.controller.state.answers.test_channel
        self.ctx.tasks.run(
            self.ctx.controller.set_autopilot(channel, True),
            busy=translate("gui.pages.test_checklist", "Turning Autopilot on…"),
            on_result=lambda _none: self.turn_on_button.setEnabled(True),
            on_problem=self._autopilot_failed,
        )

    def _autopilot_failed(self, problem: Problem) -> None:
        self.turn_on_button.setEnabled(True)
        self.ctx.show_problem(problem)

    def _start(self) -> None:
        following = translate("gui.pages.test_checklist", "Following the test message…")
        if self._follow(self.ctx.controller.run_test, following):
            self._scroll_to_checklist()

    def _follow(self, follow: Callable[[], Awaitable[ChecklistOutcome]], busy: str) -> bool:
        """Follow a run (a new one, or the same one for another message) as the page's task."""
        if self.running:
            return False
        self.ctx.clear_problem()
        self._asked_handoff = False
        self._started_at = self.now()
        self.late_timer.start()
        self._run = self.ctx.tasks.run(
            follow(),
            busy=busy,
            on_result=lambda _outcome: self._render_current(),
            on_problem=self._run_failed,
            on_cancel=self._run_cancelled,
        )
        self._render_current()
        return True

    def _scroll_to_checklist(self) -> None:
        """The checks are what matters now: bring them into view if the page scrolls."""
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        content = parent.widget() if parent is not None else None
        if parent is not None and content is not None:
            top = self.checklist_box.mapTo(content, QPoint(0, 0)).y()
            parent.verticalScrollBar().setValue(top)

    def _watch_again(self) -> None:
        """Same run, next message: OpenCX takes each message once, so waiting cannot help."""
        self._follow(
            self.ctx.controller.watch_for_another_message,
            translate("gui.pages.test_checklist", "Watching for another message…"),
        )

    def _run_cancelled(self) -> None:
        self._run = None  # stopped (the busy strip's Cancel): no longer running
        self._render_current()

    def _run_failed(self, problem: Problem) -> None:
        self._render_current()
        self.ctx.show_problem(problem)

    def _send_as_customer(self) -> None:
        if self.customer is None:
            return
        self.customer_button.setEnabled(False)
        channel = self.ctx.controller.state.answers.test_channel
        self.ctx.tasks.run(
            self.customer.send_test_message(channel),
            busy=translate(
                "gui.pages.test_checklist", "The practice customer is sending the message…"
            ),
            on_problem=self._customer_failed,
        )

    def _customer_failed(self, problem: Problem) -> None:
        self._render_current()
        self.ctx.show_problem(problem)

    def _request_handoff(self) -> None:
        self._asked_handoff = True
        self.handoff_button.setEnabled(False)
        self.ctx.tasks.run(
            self.ctx.controller.request_handoff(),
            busy=translate(
                "gui.pages.test_checklist", "Asking OpenCX to hand the conversation to a person…"
            ),
            on_problem=self._handoff_failed,
        )

    def _handoff_failed(self, problem: Problem) -> None:
        self._asked_handoff = False
        self._render_current()
        self.ctx.show_problem(problem)

    def _skip(self) -> None:
        self._stop_run()
        self.ctx.controller.skip_test()
