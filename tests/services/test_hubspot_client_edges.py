"""HubSpot client: rate-limit headers, paging, errors (respx)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import httpx
import pytest
import respx

from hubspot_setup.flow.problems import ProblemError, ProblemKind
from hubspot_setup.services.http import make_http_client
from hubspot_setup.services.hubspot import HubSpotClient
from hubspot_setup.services.hubspot_port import HubSpotService
from hubspot_setup.services.retry import RetryPolicy

BASE = "https://api.hubapi.com"
TOKEN = "pat-na1-91d91373-8e94-4872-893c-e7d080224a56"


class Sleeps(list[float]):
    async def __call__(self, seconds: float) -> None:
        self.append(seconds)


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture
def router() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=BASE, assert_all_called=False) as mock:
        yield mock


@pytest.fixture
async def client(sleeps: Sleeps) -> AsyncIterator[HubSpotClient]:
    http = make_http_client(proxies={})
    yield HubSpotClient(BASE, http, retry=RetryPolicy(sleep=sleeps, jitter=lambda: 0.5))
    await http.aclose()


def _owner(n: int, **extra: object) -> dict[str, object]:
    return {
        "id": str(n),
        "email": f"p{n}@acme.test",
        "firstName": "P",
        "lastName": str(n),
        "userId": 1000 + n,
        "type": "PERSON",
        "archived": False,
        **extra,
    }


async def test_429_waits_for_hubspots_window_then_succeeds(
    router: respx.MockRouter, client: HubSpotClient, sleeps: Sleeps
) -> None:
    limited = httpx.Response(
        429,
        json={"status": "error", "message": "secondly", "errorType": "RATE_LIMIT"},
        headers={
            "X-HubSpot-RateLimit-Interval-Milliseconds": "10000",
            "X-HubSpot-RateLimit-Max": "100",
            "X-HubSpot-RateLimit-Remaining": "0",
        },
    )
    router.post("/oauth/v2/private-apps/get/access-token-info").mock(
        side_effect=[limited, httpx.Response(200, json={"hubId": 42, "scopes": ["tickets"]})]
    )
    info = await client.access_token_info(TOKEN)
    assert info.hub_id == 42
    assert sleeps == [10.0]


async def test_429_with_retry_after_is_honoured(
    router: respx.MockRouter, client: HubSpotClient, sleeps: Sleeps
) -> None:
    router.get("/account-info/v3/details").mock(
        side_effect=[
            httpx.Response(429, headers={"Retry-After": "3"}),
            httpx.Response(200, json={"portalId": 7, "uiDomain": "app-eu1.hubspot.com"}),
        ]
    )
    details = await client.account_details(TOKEN)
    assert (details.portal_id, details.ui_domain) == (7, "app-eu1.hubspot.com")
    assert sleeps == [3.0]


async def test_daily_limit_ends_as_rate_limited(
    router: respx.MockRouter, client: HubSpotClient
) -> None:
    router.get("/crm/v3/owners").mock(
        return_value=httpx.Response(
            429,
            json={"status": "error", "message": "You have reached your daily limit."},
            headers={"Retry-After": "86400"},
        )
    )
    with pytest.raises(ProblemError) as caught:
        await client.owners(TOKEN)
    assert caught.value.problem.kind is ProblemKind.RATE_LIMITED


async def test_owners_follow_every_page_and_the_port_keeps_people(
    router: respx.MockRouter, client: HubSpotClient
) -> None:
    route = router.get("/crm/v3/owners").mock(
        side_effect=[
            httpx.Response(
                200,
                json={
                    "results": [_owner(1), _owner(2, type="QUEUE")],
                    "paging": {"next": {"after": "abc", "link": "x"}},
                },
            ),
            httpx.Response(200, json={"results": [_owner(3)]}),
        ]
    )
    people = await HubSpotService(client).owners(TOKEN)
    assert [p.owner_id for p in people] == ["1", "3"]
    assert people[0].user_id == 1001
    assert people[0].name == "P 1"
    assert route.calls[1].request.url.params["after"] == "abc"
    assert route.calls[0].request.headers["Authorization"] == f"Bearer {TOKEN}"


async def test_token_facts(router: respx.MockRouter, client: HubSpotClient) -> None:
    route = router.post("/oauth/v2/private-apps/get/access-token-info").mock(
        return_value=httpx.Response(
            200, json={"userId": 1, "hubId": 1020304, "appId": 9, "scopes": ["tickets", "oauth"]}
        )
    )
    facts = await HubSpotService(client).private_app_token_facts(TOKEN)
    assert facts.portal_id == 1020304
    assert facts.granted_scopes == ("tickets", "oauth")
    assert route.calls[0].request.content == f'{{"tokenKey":"{TOKEN}"}}'.encode()


async def test_rejected_token_is_a_field_problem_without_the_token(
    router: respx.MockRouter, client: HubSpotClient
) -> None:
    router.post("/oauth/v2/private-apps/get/access-token-info").mock(
        return_value=httpx.Response(
            401, json={"status": "error", "message": "bad", "correlationId": "cid-1"}
        )
    )
    with pytest.raises(ProblemError) as caught:
        await client.access_token_info(TOKEN)
    problem = caught.value.problem
    assert problem.kind is ProblemKind.INVALID_INPUT
    assert problem.field == "private_app_token"
    assert TOKEN not in repr(problem)
    assert problem.details is not None
    assert "cid-1" in problem.details


async def test_malformed_json(router: respx.MockRouter, client: HubSpotClient) -> None:
    router.get("/account-info/v3/details").mock(return_value=httpx.Response(200, text="<html>"))
    with pytest.raises(ProblemError) as caught:
        await client.account_details(TOKEN)
    assert caught.value.problem.kind is ProblemKind.UNEXPECTED
