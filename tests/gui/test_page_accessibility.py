"""Every control on the later pages has an accessible name, every button a mnemonic, and
every page its step id as objectName; built by the real window, as the shell builds them."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QWidget,
)

from fixtures.gui_wizard import WizardRig
from hubspot_setup.flow.steps import StepId
from hubspot_setup.gui.pages import PAGE_CLASSES

LATER_PAGES = [
    StepId.SENDER,
    StepId.AUTOPILOT,
    StepId.SIGNATURES,
    StepId.WORKFLOW_ACTIONS,
    StepId.TEST_CHECKLIST,
    StepId.SUMMARY,
    StepId.MANAGE,
]


@pytest.mark.parametrize("step", LATER_PAGES)
def test_every_control_is_named_and_reachable_by_keyboard(
    wizard_factory: Callable[..., WizardRig], step: StepId
) -> None:
    rig = wizard_factory("default")
    page = rig.wizard.page(step)
    assert page.objectName() == step.value
    assert type(page) is PAGE_CLASSES[step]
    controls: list[QWidget] = [
        *page.findChildren(QAbstractButton),
        *page.findChildren(QLineEdit),
        *page.findChildren(QComboBox),
        *page.findChildren(QPlainTextEdit),
        *page.findChildren(QTextBrowser),
        *page.findChildren(QAbstractItemView),
    ]
    assert controls
    for control in controls:
        if control.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        label = control.accessibleName() or getattr(control, "text", lambda: "")()
        assert label, f"{step.value}: {type(control).__name__} {control.objectName()} unnamed"
        if isinstance(control, QPushButton):
            assert "&" in control.text(), f"{step.value}: {control.text()!r} has no mnemonic"
