"""Issue 15 on the welcome page: the promise in one line naming OpenCX and HubSpot, the
checklist still in view at the minimum size, and automatic results that do not look
disabled (yet cannot be changed)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel

from fixtures.gui_rig import WizardRig
from hubspot_setup.flow.answers import CheckStatus, Prerequisite
from hubspot_setup.flow.steps import StepId


def test_the_promise_is_one_line_above_a_checklist_in_view(
    wizard_factory: Callable[..., WizardRig],
) -> None:
    rig = wizard_factory("default")
    rig.wizard.resize(800, 600)
    rig.qtbot.waitUntil(lambda: rig.wizard.width() == 800)
    page = rig.wizard.page(StepId.PREREQUISITES)
    promise = page.findChild(QLabel, "promiseLabel")
    assert promise is not None
    assert promise.isVisible()
    assert "OpenCX" in promise.text()
    assert "HubSpot" in promise.text()
    assert promise.text().count(".") == 1  # one sentence
    assert promise.y() < page.findChild(QLabel, "introLabel").y()  # first thing read
    boxes = page.findChildren(QCheckBox)
    assert len(boxes) == 3
    for box in boxes:  # nothing the page asks for is below the fold
        assert box.visibleRegion().boundingRect().height() == box.height(), box.text()


def test_an_automatic_result_looks_enabled_but_cannot_be_unticked(
    wizard_factory: Callable[..., WizardRig],
) -> None:
    rig = wizard_factory("default")
    rig.tick_prerequisites()
    rig.sign_in()
    answers = rig.controller.state.answers
    assert answers.prerequisites[Prerequisite.OPENCX_ADMIN].status is CheckStatus.PASSED
    rig.wizard.back_button.click()
    rig.wait_step(StepId.PREREQUISITES)
    page = rig.wizard.page(StepId.PREREQUISITES)
    box = page.findChild(QCheckBox, "prerequisite_opencx_admin")
    assert box is not None
    assert box.isEnabled()  # readable, not greyed out
    assert box.isChecked()
    assert box.focusPolicy() is Qt.FocusPolicy.NoFocus
    box.click()
    assert box.isChecked()
    answer = rig.controller.state.answers.prerequisites[Prerequisite.OPENCX_ADMIN]
    assert answer.status is CheckStatus.PASSED
