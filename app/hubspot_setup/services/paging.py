"""Following HubSpot-shaped `after` cursors to the end, without looping or repeating.

HubSpot (and OpenCX's teammates route, which has its shape) hands out a list a page at a
time, each page naming the `after` cursor of the next. A server that hands back a cursor it
gave before would have us read the same pages until the page limit and return everyone many
times over, so a repeated cursor stops the reading, people already read are kept once, and a
list that was cut short (a repeated cursor or the page limit) says so and is logged.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Hashable, Iterable, Sequence
from enum import StrEnum
from typing import Generic, TypeVar

logger = logging.getLogger(__name__)

T = TypeVar("T")


class Cut(StrEnum):
    REPEATED_CURSOR = "the server sent a cursor it had sent before"
    PAGE_LIMIT = "the page limit was reached"


class Paged(list[T], Generic[T]):
    """Everything read, in the server's order, each item once; `cut` is why the list may be
    incomplete (None: the server said it was the last page)."""

    def __init__(self, items: Iterable[T] = (), cut: Cut | None = None) -> None:
        super().__init__(items)
        self.cut = cut


# One page: its items and the cursor of the next page (None: this was the last).
Page = tuple[Sequence[T], str | None]


async def read_all_pages(
    fetch: Callable[[str | None], Awaitable[Page[T]]],
    *,
    key: Callable[[T], Hashable],
    max_pages: int,
    what: str,
) -> Paged[T]:
    """Every item of every page `fetch(after)` returns, following cursors from None."""
    found: Paged[T] = Paged()
    keys: set[Hashable] = set()
    cursors: set[str] = set()
    duplicates = page_number = 0
    cut: Cut | None = None
    after: str | None = None
    for page_number in range(1, max_pages + 1):
        items, after = await fetch(after)
        for item in items:
            item_key = key(item)
            if item_key in keys:
                duplicates += 1
                continue
            keys.add(item_key)
            found.append(item)
        if not after:
            break
        if after in cursors:
            cut = Cut.REPEATED_CURSOR
            break
        if page_number == max_pages:
            cut = Cut.PAGE_LIMIT
            break
        cursors.add(after)
    if duplicates:
        logger.warning("%s: dropped %d listed more than once", what, duplicates)
    if cut is not None:
        logger.warning(
            "%s: stopped after %d pages with %d read, because %s; the list may be incomplete",
            what,
            page_number,
            len(found),
            cut.value,
        )
    found.cut = cut
    return found
