"""The sandbox's simulated customer: sends the test message a real customer would send.

Only ever used against the embedded sandbox (training sessions, demos, tests): it posts to the
sandbox's `/_sandbox/customer` route, which exists on no real backend. The GUI receives one
through its page context only when it runs against the sandbox.
"""

from __future__ import annotations

from typing import Literal

import httpx

from hubspot_setup.flow.guide import Channel
from hubspot_setup.flow.problems import ProblemError
from hubspot_setup.services.problem_texts import practice_customer_failed

# The channels the simulated customer can write on: an email into a HubSpot inbox, or a chat
# through the HubSpot chat widget. Other channels are tested with the email message.
CustomerChannel = Literal["email", "web"]

_TIMEOUT = httpx.Timeout(10.0, connect=5.0)


def customer_channel(channel: Channel) -> CustomerChannel:
    """The simulated customer's channel for the channel the admin tests on."""
    return "web" if channel is Channel.WEB else "email"


class SimulatedCustomer:
    """Sends a test message as a customer through the sandbox at `base_url`."""

    def __init__(self, base_url: str, *, transport: httpx.AsyncBaseTransport | None = None) -> None:
        self._url = base_url.rstrip("/") + "/_sandbox/customer"
        self._transport = transport

    async def send_test_message(self, channel: Channel) -> None:
        body = {"channel": customer_channel(channel)}
        try:
            async with httpx.AsyncClient(
                timeout=_TIMEOUT, transport=self._transport, trust_env=False
            ) as client:
                response = await client.post(self._url, json=body)
        except httpx.HTTPError as error:
            raise _problem(f"POST /_sandbox/customer: {type(error).__name__}") from error
        if response.status_code >= 400:
            raise _problem(f"POST /_sandbox/customer: HTTP {response.status_code}")


def _problem(details: str) -> ProblemError:
    return ProblemError(practice_customer_failed(details))
