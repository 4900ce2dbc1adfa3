"""Every control on every page has an accessible name, every button a mnemonic, and
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

from fixtures.gui_rig import WizardRig
from hubspot_setup.flow.steps import StepId
from hubspot_setup.gui.pages import PAGE_CLASSES

ALL_PAGES = sorted(PAGE_CLASSES, key=list(StepId).index)


@pytest.mark.parametrize("step", ALL_PAGES)
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
        if control.focusPolicy() == Qt.FocusPolicy.NoFocus or control.parent() is None:
            continue
        label = control.accessibleName() or getattr(control, "text", lambda: "")()
        assert label, f"{step.value}: {type(control).__name__} {control.objectName()} unnamed"
        if isinstance(control, QPushButton):
            assert "&" in control.text(), f"{step.value}: {control.text()!r} has no mnemonic"
