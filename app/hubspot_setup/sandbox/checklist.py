"""Test runs: the guide's checks, ticked as OpenCX's message pipeline handles the test message.

A run waits for the practice customer's message on its channel. Then, after the scenario's
delays (times the time scale), OpenCX takes HubSpot's event (at most once), waits five seconds
for an email, applies its filters, makes the session, and answers as the AI's teammate unless
the conversation belongs to someone else, Assist Mode is on or a handoff topic matches
(`pipeline` holds those rules). The checks are read from what ended up in HubSpot: a public
message with OpenCX's reply marker, a comment with its handoff marker, a tagged ticket. A failed
or skipped check carries a machine `cause` (and `details`) besides its plain explanation. Every
change of a check is an event with a sequence number, so followers resume without loss.
"""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from hubspot_setup.sandbox import pipeline
from hubspot_setup.sandbox.contract_rules import CHANNEL_LABELS, Cause, Channel, CheckId
from hubspot_setup.sandbox.hubspot import Owner, Thread, now, rfc3339
from hubspot_setup.sandbox.opencx import SimulatedOpenCX

# The backend's own plain words; the assistant words known causes itself from `cause`.
EXPLANATIONS: dict[Cause, str] = {
    Cause.AUTOPILOT_OFF: "Autopilot is off for {channel}, so OpenCX stored the conversation "
    "but did not reply. Turn Autopilot on for {channel} (Settings → Autopilot) and send "
    "another test message.",
    Cause.ASSIST_MODE: "Assist Mode is on for {channel}: the AI wrote its answer as a draft in "
    "an internal comment, not as a reply to the customer.",
    Cause.ASSIGNED_TO_HUMAN: "The conversation was assigned to {assignee}, not to "
    "{ai_teammate}: the AI stays silent on conversations someone else owns.",
    Cause.HANDOFF_TOPIC: "The message matched the handoff topic “{topic}”, so OpenCX handed "
    "it to your team without an AI reply.",
    Cause.REPLY_REFUSED: "OpenCX wrote a reply but HubSpot refused to post it to the thread. "
    "Check that the teammate the AI posts as still has a HubSpot seat with access to this "
    "inbox, then try again.",
    Cause.IGNORED_SENDER: "OpenCX ignores this message ({sender_kind}: {sender}), so it made "
    "no session. Write from an outside address, as a customer would.",
    Cause.WEBHOOK_DROPPED: "HubSpot's notice of the message was lost on its way to OpenCX, "
    "which takes each message once and does not retry. Send another message.",
    Cause.WEBHOOKS_NOT_SET_UP: "The conversation never reached OpenCX. In HubSpot, open your "
    "legacy private app's Webhooks tab, check the webhook URL is OpenCX's, subscribe to "
    "Conversation → New message, Conversation → Creation and Ticket → Property "
    "change, then click Commit changes.",
    Cause.TICKET_CREATION_OFF: "Ticket creation is off for this OpenCX organisation, so a "
    "handoff makes no HubSpot ticket.",
    Cause.CONTACT_WITHOUT_EMAIL: "OpenCX could not create the HubSpot ticket: the contact has "
    "no email address, and tickets are linked to a contact by email.",
    Cause.NOT_REACHED: "Not checked, because an earlier step did not happen.",
}


@dataclass
class Check:
    id: CheckId
    state: str = "pending"  # pending | passed | failed | skipped
    at: datetime | None = None
    link: str | None = None
    cause: Cause | None = None
    details: dict[str, str] = field(default_factory=dict)
    explanation: str | None = None

    def wire(self) -> dict[str, Any]:
        return {
            "id": self.id.value,
            "state": self.state,
            "at": rfc3339(self.at) if self.at else None,
            "link": self.link,
            "cause": self.cause.value if self.cause else None,
            "details": dict(self.details),
            "explanation": self.explanation,
        }


def _fresh_checks() -> dict[CheckId, Check]:
    return {check: Check(check) for check in CheckId}


@dataclass
class TestRun:
    id: str
    channel: Channel
    created_at: datetime
    checks: dict[CheckId, Check] = field(default_factory=_fresh_checks)
    events: list[dict[str, Any]] = field(default_factory=list)
    status: str = "waiting"
    thread: Thread | None = None
    session_link: str | None = None
    handoff_requested: bool = False
    handoff_started: bool = False
    ai_done: bool = False  # the AI had its turn (replied): a requested handoff may go ahead
    turn: int = 0  # which message the run follows; "watch for another message" moves it on
    changed: asyncio.Event = field(default_factory=asyncio.Event)

    @property
    def done(self) -> bool:
        return self.status in {"passed", "failed"}

    def wire(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "channel": self.channel.value,
            "status": self.status,
            "created_at": rfc3339(self.created_at),
            "last_seq": len(self.events),
            "checks": [check.wire() for check in self.checks.values()],
        }

    def events_after(self, seq: int) -> list[dict[str, Any]]:
        return [event for event in self.events if event["seq"] > seq]

    def mark(
        self,
        check_id: CheckId,
        state: str,
        *,
        link: str | None = None,
        cause: Cause | None = None,
        details: dict[str, str] | None = None,
    ) -> None:
        check = self.checks[check_id]
        check.state, check.at, check.link = state, now(), link
        check.cause, check.details = cause, dict(details or {})
        text = EXPLANATIONS[cause].format_map(check.details) if cause else None
        check.explanation = text
        self._record(check)
        if state == "failed":  # the pipeline stops here: later checks never get their turn
            for later in self.checks.values():
                if later.state == "pending":
                    later.state, later.at, later.cause = "skipped", now(), Cause.NOT_REACHED
                    later.explanation = EXPLANATIONS[Cause.NOT_REACHED]
                    self._record(later)
        states = {c.state for c in self.checks.values()}
        if "pending" not in states:
            self.status = "failed" if "failed" in states else "passed"
        self._notify()

    def _record(self, check: Check) -> None:
        self.events.append({"seq": len(self.events) + 1, "check": check.wire()})

    def watch_again(self) -> None:
        """Forget the message followed so far and wait for the next one."""
        self.turn += 1
        self.status, self.thread, self.session_link = "waiting", None, None
        self.handoff_requested = self.handoff_started = self.ai_done = False
        for check in self.checks.values():
            check.state, check.at, check.link = "pending", now(), None
            check.cause, check.details, check.explanation = None, {}, None
            self._record(check)
        self._notify()

    def _notify(self) -> None:
        self.changed.set()
        self.changed = asyncio.Event()


def session_id(thread: Thread) -> str:
    """The simulated OpenCX session that a HubSpot thread became."""
    return f"ses_{thread.id}"


def customer_channel_of(channel: Channel) -> str:
    """Which message the simulated customer sends for a run on this channel."""
    return "chat" if channel is Channel.WEB else "email"


class Checklist:
    """All test runs, and the background tasks that tick them."""

    def __init__(
        self, opencx: SimulatedOpenCX, time_scale: float, sleep: Callable[[float], Awaitable[None]]
    ) -> None:
        self.opencx = opencx
        self.time_scale = time_scale
        self.runs: dict[str, TestRun] = {}
        self.sessions: dict[str, Thread] = {}  # session id -> the thread it was made from
        self.tasks: set[asyncio.Task[None]] = set()
        self.events_to_drop = opencx.scenario.pipeline.dropped_events
        self._sleep = sleep

    def start(self, channel: Channel) -> TestRun:
        run = TestRun(id=f"run_{secrets.token_hex(8)}", channel=channel, created_at=now())
        self.runs[run.id] = run
        self._known_up_front(run)
        return run

    def _known_up_front(self, run: TestRun) -> None:
        if not self.opencx.scenario.pipeline.ticket_creation:
            run.mark(CheckId.HANDOFF_TICKET, "skipped", cause=Cause.TICKET_CREATION_OFF)

    def request_handoff(self, run: TestRun) -> None:
        run.handoff_requested = True
        self._maybe_handoff(run, run.turn, reason="The customer asked for a person.")

    def watch_again(self, run: TestRun) -> None:
        run.watch_again()
        self._known_up_front(run)

    def customer_sends(self, channel_type: str) -> Thread:
        """The practice customer writes; the oldest waiting run on that channel starts."""
        thread = pipeline.practice_message(self.opencx.hubspot, channel_type)
        waiting = [
            r
            for r in self.runs.values()
            if r.status == "waiting" and customer_channel_of(r.channel) == channel_type
        ]
        if waiting:
            run = waiting[0]
            run.status, run.thread = "running", thread
            self._spawn(self._conversation(run, thread, run.turn))
        return thread

    def _spawn(self, work: Awaitable[None]) -> None:
        task: asyncio.Task[None] = asyncio.ensure_future(work)
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)

    async def _wait(self, seconds: float) -> None:
        await self._sleep(seconds * self.time_scale)

    async def _conversation(self, run: TestRun, thread: Thread, turn: int) -> None:
        opencx, timing = self.opencx, self.opencx.scenario.timing
        await self._wait(timing.conversation)
        portal = opencx.portal()
        if portal is None or run.turn != turn:  # disconnected, or watching for another one
            return
        hubspot_link = opencx.hubspot.thread_link(opencx.hubspot_app_url, portal, thread)
        run.mark(CheckId.CONVERSATION_IN_HUBSPOT, "passed", link=hubspot_link)
        if not await self._session(run, thread, turn):
            return
        await self._ai_turn(run, thread, turn)

    async def _session(self, run: TestRun, thread: Thread, turn: int) -> bool:
        """HubSpot's event reaches OpenCX (or not), the filters look at the message, and the
        session is made. False when the run stops here."""
        opencx, timing = self.opencx, self.opencx.scenario.timing
        legacy_fails = (
            opencx.integration.method == "legacy" and opencx.scenario.failures.legacy_webhook_fails
        )
        dropped = not legacy_fails and self.events_to_drop > 0
        if dropped:
            self.events_to_drop -= 1  # acknowledged, lost, never retried
        if run.channel is Channel.EMAIL and not (legacy_fails or dropped):
            await self._wait(timing.email_delay)  # lets OpenCX's other email workflows finish
        await self._wait(timing.session)
        if run.turn != turn:
            return False
        if legacy_fails or dropped:
            cause = Cause.WEBHOOKS_NOT_SET_UP if legacy_fails else Cause.WEBHOOK_DROPPED
            run.mark(CheckId.OPENCX_SESSION, "failed", cause=cause)
            return False
        skipped = pipeline.skipped_by_filters(opencx.hubspot, thread.messages[0])
        if skipped is not None:
            details = {"sender_kind": skipped.sender_kind, "sender": skipped.sender}
            run.mark(CheckId.OPENCX_SESSION, "failed", cause=Cause.IGNORED_SENDER, details=details)
            return False
        self.sessions[session_id(thread)] = thread
        run.session_link = f"{opencx.opencx_url}/inbox/sessions/{session_id(thread)}"
        run.mark(CheckId.OPENCX_SESSION, "passed", link=run.session_link)
        return True

    async def _ai_turn(self, run: TestRun, thread: Thread, turn: int) -> None:
        opencx, scenario = self.opencx, self.opencx.scenario
        ai = self._posting_owner()
        channel_type = customer_channel_of(run.channel)
        assist = pipeline.assist_mode_on(scenario, channel_type)
        owner = pipeline.other_owner(opencx.hubspot, thread, ai)
        if owner is not None and not assist:  # owner gating: the session is handed off
            details = {
                "assignee": pipeline.owner_name(owner),
                "ai_teammate": pipeline.owner_name(ai) if ai else "the AI's teammate",
            }
            run.mark(
                CheckId.AI_REPLY_POSTED, "failed", cause=Cause.ASSIGNED_TO_HUMAN, details=details
            )
            return
        topic = pipeline.matching_topic(scenario.pipeline, thread.messages[0].text)
        if topic is not None and opencx.autopilot[run.channel]:
            run.mark(
                CheckId.AI_REPLY_POSTED,
                "skipped",
                cause=Cause.HANDOFF_TOPIC,
                details={"topic": topic},
            )
            run.handoff_requested = True
            run.ai_done = True
            self._maybe_handoff(run, turn, reason=f"The message is about “{topic}”.")
            return
        await self._wait(scenario.timing.ai_reply)
        if run.turn != turn:
            return
        label = {"channel": CHANNEL_LABELS[run.channel]}
        if not opencx.autopilot[run.channel]:
            run.mark(CheckId.AI_REPLY_POSTED, "failed", cause=Cause.AUTOPILOT_OFF, details=label)
            return
        if scenario.failures.ai_reply_fails and not assist:
            run.mark(CheckId.AI_REPLY_POSTED, "failed", cause=Cause.REPLY_REFUSED)
            return
        self._post_ai_answer(thread, ai, draft=assist)
        reply = pipeline.public_ai_reply(thread)
        if reply is None:  # only a draft: what the checklist sees in Assist Mode
            run.mark(CheckId.AI_REPLY_POSTED, "failed", cause=Cause.ASSIST_MODE, details=label)
            return
        portal = opencx.portal()
        link = None
        if portal is not None:
            thread_url = opencx.hubspot.thread_link(opencx.hubspot_app_url, portal, thread)
            link = f"{thread_url}#message-{reply.id}"
        run.mark(CheckId.AI_REPLY_POSTED, "passed", link=link)
        run.ai_done = True
        self._maybe_handoff(run, turn, reason="The customer asked for a person.")

    def _post_ai_answer(self, thread: Thread, ai: Owner | None, *, draft: bool) -> None:
        text = "Thanks for your message! I can help you with your order."
        self.opencx.hubspot.post(
            thread,
            "COMMENT" if draft else "MESSAGE",
            f"{text}\n{pipeline.AI_MARKER}",
            actor_id=pipeline.actor_of(ai) if ai else "S-hubspot",
            name=pipeline.owner_name(ai) if ai else "OpenCX",
            email=ai.email if ai else None,
            direction=None if draft else "OUTGOING",
            integration=True,
        )

    def _posting_owner(self) -> Owner | None:
        integration, hubspot = self.opencx.integration, self.opencx.hubspot
        if integration.method == "legacy" and integration.default_user_id:
            return hubspot.owner_by_user_id(integration.default_user_id)
        if integration.sender_owner_id:
            return hubspot.owner(integration.sender_owner_id)
        return None

    def _maybe_handoff(self, run: TestRun, turn: int, *, reason: str) -> None:
        if run.handoff_requested and run.ai_done and not run.handoff_started:
            run.handoff_started = True
            self._spawn(self._handoff(run, turn, reason))

    async def _handoff(self, run: TestRun, turn: int, reason: str) -> None:
        opencx, timing, thread = self.opencx, self.opencx.scenario.timing, run.thread
        await self._wait(timing.handoff)
        if run.turn != turn or thread is None:
            return
        run.mark(CheckId.HANDOFF_TRIGGERED, "passed", link=run.session_link)
        await self._wait(timing.handoff_note)
        if run.turn != turn:
            return
        ai = self._posting_owner()
        note = (
            f"{pipeline.HANDOFF_MARKER}\nReason: {reason}\nSentiment: neutral. Language: English."
            f"\nOpenCX session: {run.session_link}"
        )
        opencx.hubspot.post(
            thread,
            "COMMENT",
            note,
            actor_id="S-hubspot",
            name="OpenCX",
            email=None,
            direction=None,
            integration=True,
        )
        if pipeline.handoff_note(thread) is not None:
            run.mark(CheckId.HANDOFF_NOTE, "passed", link=run.session_link)
        if run.checks[CheckId.HANDOFF_TICKET].state != "pending":  # ticket creation is off
            return
        if thread.contact_email is None:
            run.mark(CheckId.HANDOFF_TICKET, "failed", cause=Cause.CONTACT_WITHOUT_EMAIL)
            return
        ticket = opencx.hubspot.create_ticket(
            thread, "Handed off by OpenCX: test message", ai.id if ai else None
        )
        portal = opencx.portal()
        link = (
            opencx.hubspot.ticket_link(opencx.hubspot_app_url, portal, ticket) if portal else None
        )
        details = {"assignee": pipeline.owner_name(ai)} if ai else {}
        run.mark(CheckId.HANDOFF_TICKET, "passed", link=link, details=details)

    async def close(self) -> None:
        for task in list(self.tasks):
            task.cancel()
        await asyncio.gather(*self.tasks, return_exceptions=True)
