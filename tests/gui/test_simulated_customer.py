"""The sandbox's practice customer: a real POST to the real sandbox, and plain-words failures."""

from __future__ import annotations

import httpx
import pytest

from hubspot_setup.flow.guide import Channel
from hubspot_setup.flow.problems import ProblemError
from hubspot_setup.sandbox.server import RunningSandbox
from hubspot_setup.services.simulated_customer import SimulatedCustomer, customer_channel


def test_channels_map_to_what_the_customer_can_send() -> None:
    assert customer_channel(Channel.WEB) == "web"
    for channel in (Channel.EMAIL, Channel.SMS, Channel.WHATSAPP, Channel.PHONE):
        assert customer_channel(channel) == "email"


async def test_sends_a_message_into_the_sandbox(sandbox: RunningSandbox) -> None:
    def threads() -> int:
        state = httpx.get(sandbox.state_url, trust_env=False, timeout=5).json()
        return len(state["threads"])

    before = threads()
    await SimulatedCustomer(sandbox.base_url).send_test_message(Channel.EMAIL)
    assert threads() == before + 1


async def test_a_refusal_or_no_server_is_a_problem_without_a_trace() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        return httpx.Response(422, json={"error": {"code": "validation_failed"}})

    refusing = SimulatedCustomer("http://127.0.0.1:9", transport=httpx.MockTransport(refuse))
    with pytest.raises(ProblemError) as refused:
        await refusing.send_test_message(Channel.WEB)
    assert refused.value.problem.details == "POST /_sandbox/customer: HTTP 422"

    def unreachable(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    gone = SimulatedCustomer("http://127.0.0.1:9", transport=httpx.MockTransport(unreachable))
    with pytest.raises(ProblemError) as failed:
        await gone.send_test_message(Channel.EMAIL)
    assert "practice customer" in failed.value.problem.title
    assert failed.value.problem.details == "POST /_sandbox/customer: ConnectError"
