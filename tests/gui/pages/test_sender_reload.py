"""The sender page's Reload reads the teammates again, through the real services and sandbox:
a teammate added in HubSpot while the page is open shows up (issue 17: it never did, because
the OpenCX service kept its own copy that a reload did not clear)."""

from __future__ import annotations

from collections.abc import Callable

from fixtures.gui_rig import Rig
from hubspot_setup.flow.steps import StepId
from hubspot_setup.gui.pages.sender import SenderPage
from hubspot_setup.sandbox.hubspot import Owner


def test_reload_shows_a_teammate_added_in_hubspot(page_rig: Callable[..., Rig]) -> None:
    rig = page_rig("default")
    rig.connect_oauth()
    rig.go_to(StepId.SENDER)
    page = rig.show(SenderPage)
    assert isinstance(page, SenderPage)
    rig.wait_idle()
    before = page.picker.model.total
    assert before > 1

    hubspot = rig.sandbox.world.hubspot
    hubspot.owners = (*hubspot.owners, Owner("4999", 77999, "new.hire@acme.test", "New", "Hire"))
    page.reload_button.click()
    rig.wait_idle()
    assert rig.problems == []
    assert page.picker.model.total == before + 1
    assert any(t.owner_id == "4999" for t in page.picker.model.teammates)
