"""The disconnect dialog (issue 15): room to breathe, says exactly what disconnecting does
before DELETE is typed, and confirms afterwards what happened. The whole exchange with the
backend runs against the real sandbox in tests/gui/pages/test_manage_page.py; here the dialog
itself, with real widgets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from hubspot_setup.flow.disconnect_effects import effects_after, effects_before
from hubspot_setup.flow.steps import Method
from hubspot_setup.gui.theme import GRID, style_sheet
from hubspot_setup.gui.widgets.disconnect_dialog import DisconnectDialog


@pytest.fixture
def window(qtbot: QtBot, qapp: QApplication) -> QWidget:
    """The wizard's stand-in: a window with the shell's style sheet, as the dialog's parent."""
    parent = QWidget()
    parent.setStyleSheet(style_sheet(qapp.palette()))
    parent.resize(800, 600)
    qtbot.addWidget(parent)
    parent.show()
    return parent


def open_dialog(qtbot: QtBot, window: QWidget, *, legacy: bool) -> DisconnectDialog:
    dialog = DisconnectDialog(legacy=legacy, portal="acme.test", parent=window)
    dialog.open()
    qtbot.waitUntil(dialog.isVisible)
    QApplication.processEvents()
    return dialog


def visible_labels(dialog: DisconnectDialog) -> list[QLabel]:
    return [label for label in dialog.findChildren(QLabel) if label.isVisibleTo(dialog)]


def assert_nothing_clipped(qtbot: QtBot, dialog: DisconnectDialog) -> None:
    """Every wrapped line is shown whole, and the dialog fits in an 800x600 window."""

    def fits() -> bool:
        return all(
            label.height() >= label.heightForWidth(label.width())
            for label in visible_labels(dialog)
            if label.wordWrap()
        )

    qtbot.waitUntil(fits)
    assert dialog.width() <= 800 - GRID * 4
    assert dialog.height() <= 600 - GRID * 4


def test_says_what_disconnecting_does_before_delete_is_typed(qtbot: QtBot, window: QWidget) -> None:
    dialog = open_dialog(qtbot, window, legacy=False)
    assert dialog.heading.text() == "Disconnect HubSpot from OpenCX?"
    assert "acme.test" in dialog.message.text()
    assert dialog.effects.text().split("\n") == list(effects_before(Method.OAUTH, "acme.test"))
    assert not dialog.legacy_box.isVisibleTo(dialog)
    assert dialog.word.hasFocus()
    assert not dialog.disconnect_button.isEnabled()
    assert dialog.cancel_button.isEnabled()
    assert_nothing_clipped(qtbot, dialog)
    # Room to breathe: a text column of a readable measure, on the 8 px grid's margins.
    margins = dialog.layout().contentsMargins()
    assert (margins.left(), margins.top()) == (GRID * 3, GRID * 3)
    assert dialog.width() >= dialog.fontMetrics().averageCharWidth() * 60


def test_legacy_names_the_webhook_step_and_the_token(qtbot: QtBot, window: QWidget) -> None:
    dialog = open_dialog(qtbot, window, legacy=True)
    assert dialog.legacy_box.isVisibleTo(dialog)
    assert dialog.legacy_title.text() == "Afterwards, in HubSpot"
    assert "webhook subscriptions" in dialog.legacy_note.text()
    assert "This computer forgets the legacy app's token." in dialog.effects.text()
    assert_nothing_clipped(qtbot, dialog)


def test_only_delete_in_capitals_confirms(qtbot: QtBot, window: QWidget) -> None:
    dialog = open_dialog(qtbot, window, legacy=False)
    sent: list[str] = []
    dialog.confirmed.connect(sent.append)
    qtbot.keyClicks(dialog.word, "delete")
    qtbot.keyClick(dialog.word, Qt.Key.Key_Return)
    assert sent == []
    assert dialog.isVisible()  # Enter never presses Cancel
    assert dialog.error.isVisibleTo(dialog)
    assert "DELETE in capitals" in dialog.error.text()
    assert "DELETE in capitals" in dialog.word.accessibleDescription()  # tied to the field
    dialog.word.clear()
    assert not dialog.error.isVisibleTo(dialog)
    qtbot.keyClicks(dialog.word, "DELETE")
    assert dialog.disconnect_button.isEnabled()
    qtbot.keyClick(dialog.word, Qt.Key.Key_Return)
    assert sent == ["DELETE"]


def test_while_it_runs_it_says_so_and_cannot_be_dismissed(qtbot: QtBot, window: QWidget) -> None:
    dialog = open_dialog(qtbot, window, legacy=False)
    dialog.word.setText("DELETE")
    dialog.disconnect_button.click()
    assert dialog.status.isVisibleTo(dialog)
    assert dialog.status.text() == "Disconnecting HubSpot…"
    assert not dialog.cancel_button.isEnabled()
    assert not dialog.word.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    # The backend refused: the admin can try again.
    dialog.rejected_word("OpenCX is having trouble. Try again in a few minutes.")
    assert not dialog.status.isVisibleTo(dialog)
    assert dialog.cancel_button.isEnabled()
    assert dialog.word.isEnabled()
    assert dialog.disconnect_button.isEnabled()
    assert "OpenCX is having trouble" in dialog.error.text()
    assert_nothing_clipped(qtbot, dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


@pytest.mark.parametrize("legacy", [False, True])
def test_afterwards_it_confirms_what_happened(qtbot: QtBot, window: QWidget, legacy: bool) -> None:
    dialog = open_dialog(qtbot, window, legacy=legacy)
    dialog.word.setText("DELETE")
    dialog.disconnect_button.click()
    dialog.show_disconnected()
    method = Method.LEGACY if legacy else Method.OAUTH
    assert dialog.heading.text() == "HubSpot is disconnected"
    assert dialog.heading.property("tone") == "success"
    assert dialog.icon.isVisibleTo(dialog)
    assert dialog.message.text() == " ".join(effects_after(method, "acme.test"))
    for hidden in (dialog.effects, dialog.confirm_box, dialog.status):
        assert not hidden.isVisibleTo(dialog)
    assert not dialog.cancel_button.isVisibleTo(dialog)
    assert not dialog.disconnect_button.isVisibleTo(dialog)
    assert dialog.close_button.isVisibleTo(dialog)
    assert dialog.close_button.hasFocus()
    assert dialog.legacy_box.isVisibleTo(dialog) is legacy
    if legacy:
        assert dialog.legacy_title.text() == "One more step in HubSpot"
    assert_nothing_clipped(qtbot, dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
