"""What the live test checklist shows and offers, decided once for the window and `apply`.

`checklist_view` turns the test's state into rows (mark, label, time, link, cause text), the
one result line under them, and what the admin may do next (start, watch for another message,
ask for the handoff, let the practice customer write, skip). The test page only renders it;
`apply` prints the same rows and follows the same offers, so both agree on every rule.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from hubspot_setup.flow.answers import Answers, ChecklistOutcome, CheckState
from hubspot_setup.flow.checklist import (
    another_message_helps,
    finished_text,
    late_item,
    likely_causes,
    next_waiting,
    row_states,
    stall_text,
)
from hubspot_setup.flow.checklist_causes import Cause
from hubspot_setup.flow.guide import CHECK_LABELS, CheckId
from hubspot_setup.flow.words import QT_TRANSLATE_NOOP, Phrase, translate


class RowMark(StrEnum):
    """What a row says about its check."""

    DONE = "done"
    STALLED = "stalled"  # did not happen: its cause and fix are under it
    WAITING = "waiting"
    LATE = "late"  # still waiting, past its expected time: likely causes under it
    AS_SET_UP = "as_set_up"  # did not happen, because the settings say so
    NOT_CHECKED = "not_checked"  # never reached (an earlier check stalled), or no cause known


_SYMBOLS = {
    RowMark.DONE: "✓",
    RowMark.STALLED: "!",
    RowMark.WAITING: "○",
    RowMark.LATE: "…",
    RowMark.AS_SET_UP: "–",
    RowMark.NOT_CHECKED: "–",
}
# What a screen reader says after the check's label.
_STATUS: dict[RowMark, Phrase] = {
    RowMark.DONE: QT_TRANSLATE_NOOP("flow.checklist_view", "done"),
    RowMark.STALLED: QT_TRANSLATE_NOOP("flow.checklist_view", "did not happen"),
    RowMark.WAITING: QT_TRANSLATE_NOOP("flow.checklist_view", "waiting"),
    RowMark.LATE: QT_TRANSLATE_NOOP("flow.checklist_view", "taking longer than expected"),
    RowMark.AS_SET_UP: QT_TRANSLATE_NOOP("flow.checklist_view", "did not happen, as set up"),
    RowMark.NOT_CHECKED: QT_TRANSLATE_NOOP("flow.checklist_view", "not checked"),
}
# The command line's short tag: `[ok] The conversation appears in HubSpot`.
_TAGS: dict[RowMark, Phrase] = {
    RowMark.DONE: QT_TRANSLATE_NOOP("flow.checklist_view", "ok"),
    RowMark.STALLED: QT_TRANSLATE_NOOP("flow.checklist_view", "stalled"),
    RowMark.WAITING: QT_TRANSLATE_NOOP("flow.checklist_view", "waiting"),
    RowMark.LATE: QT_TRANSLATE_NOOP("flow.checklist_view", "late"),
    RowMark.AS_SET_UP: QT_TRANSLATE_NOOP("flow.checklist_view", "as set up"),
    RowMark.NOT_CHECKED: QT_TRANSLATE_NOOP("flow.checklist_view", "not checked"),
}
_STATES = {
    RowMark.DONE: CheckState.PASSED,
    RowMark.STALLED: CheckState.STALLED,
    RowMark.WAITING: CheckState.WAITING,
    RowMark.LATE: CheckState.WAITING,
    RowMark.AS_SET_UP: CheckState.SKIPPED,
    RowMark.NOT_CHECKED: CheckState.SKIPPED,
}
_IN_OPENCX = (CheckId.OPENCX_SESSION, CheckId.HANDOFF_TRIGGERED)
# The widest, in the admin's language, sets the column.
LINK_TEXTS: tuple[Phrase, ...] = (
    QT_TRANSLATE_NOOP("flow.checklist_view", "Open session"),
    QT_TRANSLATE_NOOP("flow.checklist_view", "Open in HubSpot"),
    QT_TRANSLATE_NOOP("flow.checklist_view", "Open ticket"),
)
LATE_INTRO = QT_TRANSLATE_NOOP(
    "flow.checklist_view", "This is taking longer than expected. Likely causes:"
)


@dataclass(frozen=True)
class RowView:
    check: CheckId
    label: str  # translated
    mark: RowMark
    at: datetime | None = None  # when it passed
    link: str | None = None  # the HubSpot thread, OpenCX session or ticket, once passed
    text: str = ""  # the cause and fix, or the likely causes; "" for none

    @property
    def symbol(self) -> str:
        return _SYMBOLS[self.mark]

    @property
    def status(self) -> str:
        return _STATUS[self.mark].text()

    @property
    def tag(self) -> str:
        return _TAGS[self.mark].text()

    @property
    def state(self) -> CheckState:
        return _STATES[self.mark]

    @property
    def happened(self) -> bool:
        """The check has its answer (passed, stalled or did not happen): no longer waiting."""
        return self.mark not in (RowMark.WAITING, RowMark.LATE)

    @property
    def link_text(self) -> str:
        if self.check is CheckId.HANDOFF_TICKET:
            return LINK_TEXTS[2].text()
        return (LINK_TEXTS[0] if self.check in _IN_OPENCX else LINK_TEXTS[1]).text()


class Primary(StrEnum):
    """The one action the footer's filled button does on the test page."""

    START = "start"
    WATCH_AGAIN = "watch_again"


@dataclass(frozen=True)
class Offers:
    """What the admin may do now (a button shown and enabled, or the command doing it)."""

    start: bool = True
    start_again: bool = False  # the start button says "Start again"
    choose_channel: bool = True
    watch_again: bool = False  # the message never became a session: send another one
    handoff_shown: bool = False
    request_handoff: bool = False
    customer_shown: bool = False  # the sandbox's practice customer
    send_as_customer: bool = False
    skip: bool = True
    primary: Primary | None = Primary.START


@dataclass(frozen=True)
class ChecklistView:
    rows: tuple[RowView, ...]
    result: str
    offers: Offers


def checklist_view(
    answers: Answers,
    *,
    running: bool = False,
    started_at: datetime | None = None,
    now: datetime | None = None,
    handoff_asked: bool = False,
    practice_customer: bool = False,
) -> ChecklistView:
    """The checklist for `answers.test`: `running` while the run is followed, `started_at`
    and `now` to tell a late item, `handoff_asked` once the handoff was asked for and has not
    happened yet, `practice_customer` on the sandbox."""
    test = answers.test
    late = None
    if running and test is not None and started_at is not None and now is not None:
        late = late_item(test, started_at, now)
    return ChecklistView(
        rows=_rows(test, answers, late),
        result=result_text(test, running=running, practice_customer=practice_customer),
        offers=_offers(test, running, handoff_asked, practice_customer),
    )


def _rows(
    test: ChecklistOutcome | None, answers: Answers, late: CheckId | None
) -> tuple[RowView, ...]:
    if test is None or test.skipped:
        return tuple(
            RowView(check, CHECK_LABELS[check].text(), RowMark.WAITING) for check in CheckId
        )
    states = row_states(test)
    return tuple(_row(test, answers, check, states[check], check is late) for check in CheckId)


def _row(
    test: ChecklistOutcome, answers: Answers, check: CheckId, state: CheckState, late: bool
) -> RowView:
    label = CHECK_LABELS[check].text()
    if state is CheckState.PASSED:
        return RowView(check, label, RowMark.DONE, test.times.get(check), test.links.get(check))
    explanation = _explanation(test, check)
    if state is CheckState.STALLED:
        text = explanation or _bullets(likely_causes(answers, check))
        return RowView(check, label, RowMark.STALLED, text=text)
    if state is CheckState.SKIPPED:
        if explanation is None:
            return RowView(check, label, RowMark.NOT_CHECKED)
        return RowView(check, label, RowMark.AS_SET_UP, text=explanation)
    if late:
        text = f"{LATE_INTRO.text()}\n{_bullets(likely_causes(answers, check))}"
        return RowView(check, label, RowMark.LATE, text=text)
    return RowView(check, label, RowMark.WAITING)


def _explanation(outcome: ChecklistOutcome, check: CheckId) -> str | None:
    """The flow's words for a stalled or skipped check; nothing for one that was never
    reached, or for a cause nobody named (the likely causes are shown then)."""
    if outcome.checks.get(check) not in (CheckState.STALLED, CheckState.SKIPPED):
        return None
    cause = outcome.causes.get(check, Cause.UNKNOWN)
    if cause is Cause.NOT_REACHED:
        return None
    if cause is Cause.UNKNOWN and check not in outcome.explanations:
        return None
    return stall_text(outcome, check)


def _bullets(causes: tuple[str, ...]) -> str:
    return "\n".join(f"• {cause}" for cause in causes)


def result_text(
    test: ChecklistOutcome | None, *, running: bool, practice_customer: bool = False
) -> str:
    """The one line under the checklist: what is happening, or how the test ended."""
    if test is not None and test.skipped:
        return translate(
            "flow.checklist_view",
            "You skipped the test. You can run it any time from the HubSpot connection page of "
            "this assistant.",
        )
    if running and (test is None or test.run_id is None):
        return translate("flow.checklist_view", "Starting the test…")
    if test is None or test.run_id is None:
        return translate(
            "flow.checklist_view",
            "Press Start the test, then send your message to one of the places above.",
        )
    finished = finished_text(test)
    if finished is not None:
        return finished
    if not running:
        return translate(
            "flow.checklist_view", "The test was stopped before it finished. Start it again."
        )
    if test.checks.get(CheckId.AI_REPLY_POSTED) is CheckState.PASSED:
        return translate(
            "flow.checklist_view",
            "The AI replied. Press Request handoff to check that a person can take over.",
        )
    if test.checks.get(CheckId.CONVERSATION_IN_HUBSPOT) is CheckState.PASSED:
        return translate(
            "flow.checklist_view", "The message arrived. Waiting for OpenCX and the AI…"
        )
    if practice_customer:
        return translate(
            "flow.checklist_view",
            "Waiting for the message. Send it now, or press Send a test message as a customer "
            "to let the practice customer send it.",
        )
    return translate(
        "flow.checklist_view", "Waiting for the message. Send it now to one of the places above."
    )


def _offers(
    test: ChecklistOutcome | None, running: bool, handoff_asked: bool, practice_customer: bool
) -> Offers:
    checks = test.checks if test is not None else {}
    replied = checks.get(CheckId.AI_REPLY_POSTED) is CheckState.PASSED
    handed = checks.get(CheckId.HANDOFF_TRIGGERED) is CheckState.PASSED
    arrived = checks.get(CheckId.CONVERSATION_IN_HUBSPOT) is CheckState.PASSED
    # OpenCX watches for the message once the run exists, until it arrived or a check
    # stalled (a run watched again has a stall until OpenCX starts watching once more).
    watching = (
        test is not None
        and test.run_id is not None
        and not arrived
        and CheckState.STALLED not in checks.values()
    )
    passed = test is not None and test.passed
    watch = not running and test is not None and another_message_helps(test)
    primary: Primary | None = Primary.WATCH_AGAIN if watch else Primary.START
    if running or (test is not None and (test.passed or test.skipped)):
        primary = None
    return Offers(
        start=not running,
        start_again=test is not None and test.run_id is not None,
        choose_channel=not running,
        watch_again=watch,
        handoff_shown=running and replied,
        request_handoff=running and replied and not handed and not handoff_asked,
        customer_shown=practice_customer and running,
        send_as_customer=practice_customer and running and watching,
        skip=not passed,
        primary=primary,
    )


def waiting_for(test: ChecklistOutcome | None) -> str:
    """The check the test was still waiting for, by its label ("none" when all happened)."""
    check = next_waiting(test) if test is not None else CheckId.CONVERSATION_IN_HUBSPOT
    return (
        CHECK_LABELS[check].text()
        if check is not None
        else translate("flow.checklist_view", "none")
    )
