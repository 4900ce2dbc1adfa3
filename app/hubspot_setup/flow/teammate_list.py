"""The portal's teammates as read, and whether some may be missing.

A list read page by page can be cut short (the server repeated a page, or there were more
pages than the assistant reads). It is still usable, but the picker says quietly that someone
may be missing, rather than letting the admin hunt for a person who was never read.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from hubspot_setup.flow.answers import Teammate


class TeammateList(tuple[Teammate, ...]):
    """A tuple of teammates that also knows whether it may be `incomplete`."""

    incomplete: bool

    def __new__(
        cls, teammates: Iterable[Teammate] = (), *, incomplete: bool = False
    ) -> TeammateList:
        made = super().__new__(cls, teammates)
        made.incomplete = incomplete
        return made


def as_teammate_list(teammates: Sequence[Teammate]) -> TeammateList:
    """`teammates` as a TeammateList, keeping what it says about being incomplete."""
    if isinstance(teammates, TeammateList):
        return teammates
    return TeammateList(teammates)


def may_be_incomplete(teammates: Sequence[Teammate]) -> bool:
    return isinstance(teammates, TeammateList) and teammates.incomplete
