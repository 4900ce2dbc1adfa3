"""Everything one running sandbox simulates, and its snapshot for `GET /_sandbox/state`."""

from __future__ import annotations

import asyncio
import threading
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from hubspot_setup.sandbox.checklist import Checklist
from hubspot_setup.sandbox.hubspot import SimulatedHubSpot
from hubspot_setup.sandbox.idempotency import IdempotencyStore
from hubspot_setup.sandbox.opencx import SimulatedOpenCX, portal_wire
from hubspot_setup.sandbox.scenario import Scenario


@dataclass
class SandboxWorld:
    scenario: Scenario
    base_url: str
    time_scale: float
    hubspot: SimulatedHubSpot = field(init=False)
    opencx: SimulatedOpenCX = field(init=False)
    checklist: Checklist = field(init=False)
    idempotency: IdempotencyStore = field(default_factory=IdempotencyStore)
    write_counts: Counter[str] = field(default_factory=Counter)
    # Set from the thread that stops the server; long waits check it so shutdown is prompt.
    stopping: threading.Event = field(default_factory=threading.Event)

    def __post_init__(self) -> None:
        self.hubspot = SimulatedHubSpot(self.scenario)
        self.opencx = SimulatedOpenCX(
            scenario=self.scenario,
            hubspot=self.hubspot,
            opencx_url=self.opencx_url,
            hubspot_app_url=f"{self.base_url}/hubspot-app",
        )
        self.checklist = Checklist(self.opencx, self.time_scale, self.sleep)

    @property
    def opencx_url(self) -> str:
        return f"{self.base_url}/opencx"

    @property
    def hubspot_api_url(self) -> str:
        return f"{self.base_url}/hubapi"

    def delay(self, seconds: float) -> float:
        return seconds * self.time_scale

    async def sleep(self, seconds: float) -> None:
        """Sleep, but wake early when the sandbox stops."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + seconds
        while not self.stopping.is_set():
            left = deadline - loop.time()
            if left <= 0:
                return
            await asyncio.sleep(min(left, 0.1))

    def snapshot(self) -> dict[str, Any]:
        opencx = self.opencx
        integration = opencx.integration_wire()
        return {
            "scenario": self.scenario.name,
            "description": self.scenario.description,
            "time_scale": self.time_scale,
            "base_url": self.base_url,
            "opencx_api_url": self.opencx_url,
            "hubspot_api_url": self.hubspot_api_url,
            "api_key": opencx.api_key,
            "api_key_old_form": opencx.old_form_api_key,
            "legacy_private_app_token": self.hubspot.legacy_token,
            "user": opencx.me(),
            "integration": integration,
            "method": integration["method"],
            "portal": integration["portal"],
            "sender": integration["sender"],
            "portals": [portal_wire(p) for p in self.scenario.hubspot.portals],
            "owners_count": len(self.hubspot.owners),
            "signatures": [rule.wire() for rule in opencx.signatures.values()],
            "autopilot": {channel.value: on for channel, on in opencx.autopilot.items()},
            "test_runs": [
                {**run.wire(), "events": run.events} for run in self.checklist.runs.values()
            ],
            "threads": [
                {"id": t.id, "inbox_id": t.inbox_id, "messages": len(t.messages)}
                for t in self.hubspot.threads.values()
            ],
            "tickets": [
                {"id": t.id, "thread_id": t.thread_id, "tags": list(t.tags), "owner_id": t.owner_id}
                for t in self.hubspot.tickets.values()
            ],
            "write_counts": dict(sorted(self.write_counts.items())),
        }
