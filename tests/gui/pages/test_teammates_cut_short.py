"""A teammate list cut short is still usable, and the picker's count line says so quietly
(real sender page, controller, services and sandbox; the sandbox's owner paging is made to
hand back the same cursor again)."""

from __future__ import annotations

from collections.abc import Callable

from fixtures.gui_rig import Rig
from hubspot_setup.flow.steps import StepId
from hubspot_setup.gui.pages.sender import SenderPage
from hubspot_setup.sandbox.hubspot import Owner


def _stuck_on_the_first_page(rig: Rig) -> list[str | None]:
    owners = tuple(rig.sandbox.world.hubspot.owners)
    asked: list[str | None] = []

    def owners_page(
        limit: int, after: str | None, email: str | None = None
    ) -> tuple[list[Owner], str | None]:
        asked.append(after)
        return list(owners[:3]), "3"  # the same page and the same cursor, every time

    rig.sandbox.world.hubspot.owners_page = owners_page  # type: ignore[method-assign]
    return asked


def test_a_list_cut_short_is_shown_once_with_a_quiet_note(page_rig: Callable[..., Rig]) -> None:
    rig = page_rig("default")
    rig.connect_oauth()
    asked = _stuck_on_the_first_page(rig)
    rig.go_to(StepId.SENDER)
    page = rig.show(SenderPage)
    assert isinstance(page, SenderPage)
    rig.wait_idle()
    assert rig.problems == []
    assert asked == [None, "3"]
    ids = [t.owner_id for t in page.picker.model.teammates]
    assert len(ids) == len(set(ids)) == 3
    count = page.picker.count.text()
    assert count.startswith("3 teammates")
    assert "some may be missing" in count
    assert page.picker.count.toolTip()

    page.picker.search.setText(page.picker.model.teammates[0].email)  # the note stays on
    assert "some may be missing" in page.picker.count.text()


def test_a_whole_list_has_no_note(page_rig: Callable[..., Rig]) -> None:
    rig = page_rig("default")
    rig.connect_oauth()
    rig.go_to(StepId.SENDER)
    page = rig.show(SenderPage)
    assert isinstance(page, SenderPage)
    rig.wait_idle()
    assert page.picker.model.total > 1
    assert "missing" not in page.picker.count.text()
    assert page.picker.count.toolTip() == ""
