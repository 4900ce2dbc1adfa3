"""Paging that loops or never ends, over the real sandbox: the sandbox's owner list is made to
hand back a cursor it gave before, or a new one for ever, and the real clients read it."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field

import pytest

from hubspot_setup.flow.teammate_list import may_be_incomplete
from hubspot_setup.sandbox.hubspot import Owner
from hubspot_setup.sandbox.server import RunningSandbox
from hubspot_setup.services import hubspot as hubspot_module
from hubspot_setup.services import opencx as opencx_module
from hubspot_setup.services.http import make_http_client
from hubspot_setup.services.hubspot import HubSpotClient
from hubspot_setup.services.hubspot_port import HubSpotService
from hubspot_setup.services.opencx import OpenCXClient, SessionAuth
from hubspot_setup.services.paging import Cut

PAGE = 2  # owners per page, whatever limit the client asks for


@dataclass
class OwnerPages:
    """Replaces the sandbox's owner paging: `next_cursor(page_number)` names each next page."""

    owners: tuple[Owner, ...]
    next_cursor: Callable[[int], str]
    same_page: bool = False  # every page holds the first owners (a server stuck on page 1)
    calls: list[str | None] = field(default_factory=list)

    def __call__(
        self, limit: int, after: str | None, email: str | None = None
    ) -> tuple[list[Owner], str | None]:
        self.calls.append(after)
        start = 0 if self.same_page or not after else int(after) % len(self.owners)
        return list(self.owners[start : start + PAGE]), self.next_cursor(len(self.calls))


@dataclass
class Clients:
    sandbox: RunningSandbox
    hubspot: HubSpotService
    opencx: OpenCXClient

    def page_owners(self, pages: OwnerPages) -> None:
        # Both the HubSpot owners route and the OpenCX teammates route read this list.
        self.sandbox.world.hubspot.owners_page = pages  # type: ignore[method-assign]


@pytest.fixture
async def clients(sandbox_factory: Callable[..., RunningSandbox]) -> AsyncIterator[Clients]:
    sandbox = sandbox_factory("default")
    http = make_http_client(proxies={})
    hubspot = HubSpotService(HubSpotClient(sandbox.hubspot_api_url, http))
    opencx = OpenCXClient(sandbox.opencx_url, http, auth=SessionAuth.from_api_key(sandbox.api_key))
    token = sandbox.legacy_private_app_token
    someone = next(p for p in await hubspot.owners(token) if p.user_id is not None)
    await opencx.save_legacy_credentials(token, str(someone.user_id))  # teammates need a portal
    yield Clients(sandbox, hubspot, opencx)
    await http.aclose()


def _owners(clients: Clients) -> tuple[Owner, ...]:
    return tuple(clients.sandbox.world.hubspot.owners)


async def test_hubspot_owners_stop_at_a_repeated_cursor_without_duplicates(
    clients: Clients, caplog: pytest.LogCaptureFixture
) -> None:
    pages = OwnerPages(_owners(clients), lambda _n: str(PAGE), same_page=True)
    clients.page_owners(pages)
    with caplog.at_level(logging.WARNING, "hubspot_setup.services.paging"):
        people = await clients.hubspot.owners(clients.sandbox.legacy_private_app_token)
    assert pages.calls == [None, str(PAGE)]  # not 200 identical requests
    ids = [p.owner_id for p in people]
    assert len(ids) == len(set(ids)) == PAGE
    assert may_be_incomplete(people)
    assert "HubSpot owners: dropped 2 listed more than once" in caplog.text
    assert Cut.REPEATED_CURSOR.value in caplog.text


async def test_a_cursor_seen_pages_ago_also_stops_the_reading(clients: Clients) -> None:
    owners = _owners(clients)
    assert len(owners) >= 3 * PAGE
    cursors = {1: "2", 2: "4", 3: "2"}  # page 3 points back at page 2
    clients.page_owners(OwnerPages(owners, cursors.__getitem__))
    people = await clients.hubspot.owners(clients.sandbox.legacy_private_app_token)
    assert [p.owner_id for p in people] == [o.id for o in owners[: 3 * PAGE]]
    assert may_be_incomplete(people)


async def test_hubspot_owners_cut_at_the_page_limit_say_so(
    clients: Clients, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(hubspot_module, "MAX_OWNER_PAGES", 3)
    pages = OwnerPages(_owners(clients), lambda n: str(n * PAGE))  # a new cursor every time
    clients.page_owners(pages)
    with caplog.at_level(logging.WARNING, "hubspot_setup.services.paging"):
        people = await clients.hubspot.owners(clients.sandbox.legacy_private_app_token)
    assert len(pages.calls) == 3
    assert may_be_incomplete(people)
    assert Cut.PAGE_LIMIT.value in caplog.text


async def test_opencx_teammates_stop_at_a_repeated_cursor_without_duplicates(
    clients: Clients,
) -> None:
    pages = OwnerPages(_owners(clients), lambda _n: str(PAGE), same_page=True)
    clients.page_owners(pages)
    teammates = await clients.opencx.all_teammates()
    assert pages.calls == [None, str(PAGE)]
    ids = [t.owner_id for t in teammates]
    assert len(ids) == len(set(ids)) == PAGE
    assert teammates.cut is Cut.REPEATED_CURSOR


async def test_opencx_teammates_end_at_a_page_limit(
    clients: Clients, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(opencx_module, "MAX_TEAMMATE_PAGES", 4)
    pages = OwnerPages(_owners(clients), lambda n: str(n * PAGE))  # round and round
    clients.page_owners(pages)
    async with asyncio.timeout(20):  # it never ended before there was a page limit
        teammates = await clients.opencx.all_teammates()
    assert len(pages.calls) == 4
    assert teammates.cut is Cut.PAGE_LIMIT
    assert len({t.owner_id for t in teammates}) == len(teammates)


async def test_a_list_that_ends_is_complete(clients: Clients) -> None:
    people = await clients.hubspot.owners(clients.sandbox.legacy_private_app_token)
    teammates = await clients.opencx.all_teammates()
    assert not may_be_incomplete(people)
    assert teammates.cut is None
    assert len(teammates) == len(_owners(clients))
    assert isinstance(teammates, list)
