"""The workflow actions page: the guide's four actions with the install status OpenCX reports."""

from __future__ import annotations

from collections.abc import Callable

from fixtures.gui_rig import Rig
from hubspot_setup.flow.guide import WORKFLOW_ACTIONS
from hubspot_setup.flow.state import replace
from hubspot_setup.flow.steps import StepId
from hubspot_setup.gui.pages.workflow_actions import WorkflowActionsPage


def test_shows_the_four_actions_installed_by_the_oauth_install(
    page_rig: Callable[..., Rig],
) -> None:
    rig = page_rig("default")
    rig.connect_oauth()
    rig.choose_first_sender()
    rig.go_to(StepId.WORKFLOW_ACTIONS)
    page = rig.show(WorkflowActionsPage)
    assert isinstance(page, WorkflowActionsPage)
    assert page.objectName() == "workflow_actions"
    for action in WORKFLOW_ACTIONS:
        assert page.statuses[action.id].text() == "✓ Installed"
    assert "All four actions are ready" in page.summary.text()

    page.refresh_button.click()  # asks OpenCX again
    rig.wait_idle()
    assert rig.problems == []
    assert "All four actions are ready" in page.summary.text()

    state = rig.controller.state
    missing = {action.id: action.id != "request_handoff" for action in WORKFLOW_ACTIONS}
    page.render(replace(state, answers=replace(state.answers, workflow_actions_installed=missing)))
    assert page.statuses["request_handoff"].text() == "Missing"
    assert "Not installed: Request OpenCX handoff" in page.summary.text()
