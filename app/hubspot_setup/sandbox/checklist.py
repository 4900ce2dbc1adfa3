"""Test runs: the guide's five checks, ticked as the simulated customer and OpenCX act.

A run waits for the simulated customer's message on its channel; then, after the scenario's
delays (times the time scale), OpenCX creates the session and posts the AI reply as the chosen
sender. A requested handoff is performed once the session exists. Every change of a check is
an event with a sequence number, so followers can resume without loss or duplicates.
"""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from hubspot_setup.flow.guide import CHANNEL_LABELS, Channel, CheckId
from hubspot_setup.sandbox.hubspot import Owner, Thread, now, rfc3339
from hubspot_setup.sandbox.opencx import SimulatedOpenCX

EXPLAIN_AUTOPILOT_OFF = (
    "Autopilot is off for {channel}, so OpenCX stored the conversation but did not reply. "
    "Turn Autopilot on for {channel} (Settings → Autopilot) and send another test message."
)
EXPLAIN_AI_REPLY_FAILED = (
    "OpenCX wrote a reply but HubSpot refused to post it to the thread. Check that the teammate "
    "the AI posts as still has a HubSpot seat with access to this inbox, then try again."
)
EXPLAIN_WEBHOOK = (
    "The conversation never reached OpenCX. In HubSpot, open your legacy private app's Webhooks "
    "tab, check the webhook URL is OpenCX's, subscribe to Conversation: New message, "
    "Conversation: Conversation creation and Ticket: Property change, then click Commit changes."
)
EXPLAIN_SKIPPED = "Not checked, because OpenCX never received the conversation."


@dataclass
class Check:
    id: CheckId
    state: str = "pending"
    at: datetime | None = None
    link: str | None = None
    explanation: str | None = None

    def wire(self) -> dict[str, Any]:
        return {
            "id": self.id.value,
            "state": self.state,
            "at": rfc3339(self.at) if self.at else None,
            "link": self.link,
            "explanation": self.explanation,
        }


@dataclass
class TestRun:
    id: str
    channel: Channel
    created_at: datetime
    checks: dict[CheckId, Check] = field(
        default_factory=lambda: {check: Check(check) for check in CheckId}
    )
    events: list[dict[str, Any]] = field(default_factory=list)
    status: str = "waiting"
    thread: Thread | None = None
    session_link: str | None = None
    handoff_requested: bool = False
    handoff_started: bool = False
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
        explanation: str | None = None,
    ) -> None:
        check = self.checks[check_id]
        check.state, check.at, check.link, check.explanation = state, now(), link, explanation
        self.events.append({"seq": len(self.events) + 1, "check": check.wire()})
        states = {c.state for c in self.checks.values()}
        if "pending" not in states:
            self.status = "failed" if "failed" in states else "passed"
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
        self.tasks: set[asyncio.Task[None]] = set()
        self._sleep = sleep

    def start(self, channel: Channel) -> TestRun:
        run = TestRun(id=f"run_{secrets.token_hex(8)}", channel=channel, created_at=now())
        self.runs[run.id] = run
        return run

    def request_handoff(self, run: TestRun) -> None:
        run.handoff_requested = True
        self._maybe_handoff(run)

    def customer_sends(self, channel_type: str) -> Thread:
        """The simulated customer writes; the oldest waiting run on that channel starts."""
        hubspot = self.opencx.hubspot
        text = "Hello! This is a test message: can you help me with my order?"
        thread = hubspot.customer_writes(channel_type, text)
        waiting = [
            r
            for r in self.runs.values()
            if r.status == "waiting" and customer_channel_of(r.channel) == channel_type
        ]
        if waiting:
            run = waiting[0]
            run.status, run.thread = "running", thread
            self._spawn(self._conversation(run, thread))
        return thread

    def _spawn(self, work: Awaitable[None]) -> None:
        task: asyncio.Task[None] = asyncio.ensure_future(work)
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)

    async def _wait(self, seconds: float) -> None:
        await self._sleep(seconds * self.time_scale)

    async def _conversation(self, run: TestRun, thread: Thread) -> None:
        opencx, timing = self.opencx, self.opencx.scenario.timing
        await self._wait(timing.conversation)
        portal = opencx.portal()
        if portal is None:  # disconnected meanwhile: nothing reaches OpenCX any more
            return
        run.mark(
            CheckId.CONVERSATION_IN_HUBSPOT,
            "passed",
            link=opencx.hubspot.thread_link(opencx.hubspot_app_url, portal, thread),
        )
        await self._wait(timing.session)
        failures = opencx.scenario.failures
        if opencx.integration.method == "legacy" and failures.legacy_webhook_fails:
            run.mark(CheckId.OPENCX_SESSION, "failed", explanation=EXPLAIN_WEBHOOK)
            for later in (CheckId.AI_REPLY_POSTED, CheckId.HANDOFF_TRIGGERED, CheckId.HANDOFF_NOTE):
                run.mark(later, "failed", explanation=EXPLAIN_SKIPPED)
            return
        run.session_link = f"{opencx.opencx_url}/inbox/sessions/{session_id(thread)}"
        run.mark(CheckId.OPENCX_SESSION, "passed", link=run.session_link)
        self._maybe_handoff(run)
        await self._wait(timing.ai_reply)
        self._ai_reply(run, thread)

    def _ai_reply(self, run: TestRun, thread: Thread) -> None:
        opencx = self.opencx
        if not opencx.autopilot[run.channel]:
            label = CHANNEL_LABELS[run.channel]
            run.mark(
                CheckId.AI_REPLY_POSTED,
                "failed",
                explanation=EXPLAIN_AUTOPILOT_OFF.format(channel=label),
            )
            return
        if opencx.scenario.failures.ai_reply_fails:
            run.mark(CheckId.AI_REPLY_POSTED, "failed", explanation=EXPLAIN_AI_REPLY_FAILED)
            return
        owner = self._posting_owner()
        actor = f"A-{owner.user_id}" if owner else "S-hubspot"
        name = f"{owner.first_name} {owner.last_name}" if owner else "OpenCX"
        message = opencx.hubspot.post(
            thread,
            "MESSAGE",
            "Thanks for your message! I can help you with your order.",
            actor_id=actor,
            name=name,
            email=owner.email if owner else None,
            direction="OUTGOING",
            integration=True,
        )
        portal = opencx.portal()
        link = None
        if portal is not None:
            thread_url = opencx.hubspot.thread_link(opencx.hubspot_app_url, portal, thread)
            link = f"{thread_url}#message-{message.id}"
        run.mark(CheckId.AI_REPLY_POSTED, "passed", link=link)

    def _posting_owner(self) -> Owner | None:
        integration, hubspot = self.opencx.integration, self.opencx.hubspot
        if integration.method == "legacy" and integration.default_user_id:
            return hubspot.owner_by_user_id(integration.default_user_id)
        if integration.sender_owner_id:
            return hubspot.owner(integration.sender_owner_id)
        return None

    def _maybe_handoff(self, run: TestRun) -> None:
        if run.handoff_requested and run.session_link and not run.handoff_started:
            run.handoff_started = True
            self._spawn(self._handoff(run))

    async def _handoff(self, run: TestRun) -> None:
        timing, thread = self.opencx.scenario.timing, run.thread
        await self._wait(timing.handoff)
        run.mark(CheckId.HANDOFF_TRIGGERED, "passed", link=run.session_link)
        await self._wait(timing.handoff_note)
        if thread is not None:
            text = f"OpenCX handed this conversation to a human. Session: {run.session_link}"
            self.opencx.hubspot.post(
                thread,
                "COMMENT",
                text,
                actor_id="S-hubspot",
                name="OpenCX",
                email=None,
                direction=None,
                integration=True,
            )
        run.mark(CheckId.HANDOFF_NOTE, "passed", link=run.session_link)

    async def close(self) -> None:
        for task in list(self.tasks):
            task.cancel()
        await asyncio.gather(*self.tasks, return_exceptions=True)
