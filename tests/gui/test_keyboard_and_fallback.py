"""Keyboard-only use of the real window, and the "Having trouble?" pasted-address fallback.

Both run against the real sandbox. The keyboard walk sends key presses only (Tab, Space,
Return, Alt+mnemonic) to whatever widget has focus, the way an admin without a mouse would.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from fixtures.gui_rig import WizardRig
from fixtures.sandbox import approve_in_sandbox
from hubspot_setup.flow import navigation as nav
from hubspot_setup.flow.steps import Method, StepId
from hubspot_setup.gui.widgets.browser_attempt import BrowserAttemptView
from hubspot_setup.gui.widgets.teammate_picker import TeammatePicker

Key = Qt.Key
ALT = Qt.KeyboardModifier.AltModifier


def _focused(rig: WizardRig) -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has keyboard focus"
    return widget


def _press(rig: WizardRig, key: Qt.Key, modifier: Qt.KeyboardModifier | None = None) -> None:
    if modifier is None:
        QTest.keyClick(_focused(rig), key)
    else:
        QTest.keyClick(_focused(rig), key, modifier)


def _tab_to(rig: WizardRig, widget: QWidget, limit: int = 40) -> None:
    """Press Tab until `widget` has focus (fails if the tab order never reaches it)."""
    for _ in range(limit):
        if QApplication.focusWidget() is widget:
            return
        _press(rig, Key.Key_Tab)
    assert QApplication.focusWidget() is widget, (
        f"Tab never reaches {widget.objectName()}; stuck at {_focused(rig).objectName()}"
    )


def _mnemonic(text: str) -> str | None:
    index = text.replace("&&", "").find("&")
    stripped = text.replace("&&", "")
    return stripped[index + 1].lower() if 0 <= index < len(stripped) - 1 else None


def assert_mnemonics_unique(rig: WizardRig) -> None:
    """Two visible controls with the same Alt+letter make the letter only move focus
    between them (Qt's ambiguous shortcut): each letter must be used once on screen."""
    seen: dict[str, str] = {}
    controls: list[QAbstractButton | QLabel] = [
        *rig.wizard.findChildren(QAbstractButton),
        *rig.wizard.findChildren(QLabel),
    ]
    for control in controls:
        if not (control.isVisible() and control.isEnabled()):
            continue  # a hidden or disabled control's shortcut does not fire
        if isinstance(control, QLabel) and not control.buddy():
            continue
        letter = _mnemonic(control.text())
        if letter is None:
            continue
        assert letter not in seen, (
            f"Alt+{letter.upper()} is both {seen[letter]!r} and {control.text()!r}"
        )
        seen[letter] = control.text()


def _activate(rig: WizardRig) -> None:
    rig.wizard.activateWindow()
    rig.qtbot.waitUntil(rig.wizard.isActiveWindow)


def test_the_whole_oauth_path_with_the_keyboard_only(
    wizard_factory: Callable[..., WizardRig],
) -> None:
    rig = wizard_factory("default")
    _activate(rig)

    # Before you start: Tab to each checkbox and tick it with Space; Alt+N for Next.
    boxes = rig.page().findChildren(QCheckBox)
    assert len(boxes) == 3
    for box in boxes:
        _tab_to(rig, box)
        _press(rig, Key.Key_Space)
        assert box.isChecked(), box.objectName()
    assert_mnemonics_unique(rig)
    _press(rig, Key.Key_N, ALT)
    rig.wait_step(StepId.SIGNIN)

    # Sign in: the start button is reachable by Tab and pressed with Space.
    start = rig.find(QPushButton, "startBrowserButton")
    assert_mnemonics_unique(rig)
    _tab_to(rig, start)
    _press(rig, Key.Key_Space)
    rig.qtbot.waitUntil(lambda: rig.controller.state.answers.account is not None)
    rig.wait_idle()
    assert rig.wizard.next_button.isEnabled()
    # Return anywhere that is not a button presses the default button: Next.
    assert rig.wizard.next_button.isDefault()
    _press(rig, Key.Key_N, ALT)
    rig.wait_step(StepId.METHOD)

    # Method: OAuth is chosen already; Alt+N moves on.
    assert_mnemonics_unique(rig)
    _press(rig, Key.Key_N, ALT)
    rig.wait_step(StepId.OAUTH_CONNECT)

    # Connect: Tab to the connect button, Space; the consent stand-in approves over HTTP.
    start = rig.find(QPushButton, "startBrowserButton")
    _tab_to(rig, start)
    _press(rig, Key.Key_Space)
    rig.qtbot.waitUntil(rig.wizard.next_button.isEnabled)
    rig.wait_idle()
    _press(rig, Key.Key_N, ALT)
    rig.wait_step(StepId.SENDER)
    rig.wait_idle()

    # Alt+B goes back, from wherever focus is; Alt+N returns.
    _press(rig, Key.Key_B, ALT)
    rig.wait_step(StepId.OAUTH_CONNECT)
    _press(rig, Key.Key_N, ALT)
    rig.wait_step(StepId.SENDER)
    rig.wait_idle()

    # Sender: type in the search; Enter picks the only match, and picking saves it.
    search = rig.find(QLineEdit, "teammateSearch")
    _tab_to(rig, search)
    QTest.keyClicks(search, "ada@")
    assert_mnemonics_unique(rig)
    _press(rig, Key.Key_Return)
    rig.qtbot.waitUntil(lambda: rig.controller.state.answers.sender is not None)
    rig.wait_idle()
    _press(rig, Key.Key_N, ALT)
    rig.wait_step(StepId.AUTOPILOT)
    rig.wait_idle()

    # Autopilot is on for every channel in this scenario.
    assert_mnemonics_unique(rig)
    _press(rig, Key.Key_N, ALT)
    rig.wait_step(StepId.SIGNATURES)
    rig.wait_idle()

    # Signatures: the labels' mnemonics reach the fields; Alt+S saves the rule.
    assert_mnemonics_unique(rig)
    _press(rig, Key.Key_P, ALT)
    QTest.keyClicks(_focused(rig), "*.nl")
    _press(rig, Key.Key_G, ALT)  # the signature editor
    QTest.keyClicks(_focused(rig), "Kind regards")
    _press(rig, Key.Key_S, ALT)
    rig.qtbot.waitUntil(lambda: len(rig.controller.state.answers.signatures) == 1)
    rig.wait_idle()
    # Alt+E asks before removing; Return answers with the default, Cancel: the rule stays.
    page = rig.page()
    _press(rig, Key.Key_E, ALT)  # a mnemonic "animates" the click: it lands a moment later
    rig.qtbot.waitUntil(lambda: getattr(page, "confirm_box") is not None)  # noqa: B009
    rig.qtbot.waitUntil(lambda: QApplication.activeWindow() is getattr(page, "confirm_box"))  # noqa: B009
    _press(rig, Key.Key_Return)
    rig.qtbot.waitUntil(lambda: getattr(page, "confirm_box") is None)  # noqa: B009
    rig.wait_idle()
    assert len(rig.controller.state.answers.signatures) == 1
    _activate(rig)  # as the window manager does when the question closes
    _press(rig, Key.Key_E, ALT)
    rig.qtbot.waitUntil(lambda: QApplication.activeWindow() is getattr(page, "confirm_box"))  # noqa: B009
    _press(rig, Key.Key_R, ALT)
    rig.qtbot.waitUntil(lambda: rig.controller.state.answers.signatures == ())
    rig.wait_idle()
    _activate(rig)

    # Signatures are optional; workflow actions only inform: Alt+N each.
    for step in (StepId.WORKFLOW_ACTIONS, StepId.TEST_CHECKLIST):
        assert_mnemonics_unique(rig)
        _press(rig, Key.Key_N, ALT)
        rig.wait_step(step)
        rig.wait_idle()

    # The test message: Alt+S starts it, Alt+T plays the customer (Alt+C is the busy
    # strip's Cancel while the run is followed), Alt+H asks for handoff.
    page = rig.page()
    customer = rig.find(QPushButton, "customerButton")
    handoff = rig.find(QPushButton, "handoffButton")
    _press(rig, Key.Key_S, ALT)
    rig.qtbot.waitUntil(customer.isEnabled)
    assert rig.wizard.busy_cancel.isVisible()  # the run is followed: Cancel is on screen
    assert_mnemonics_unique(rig)
    _press(rig, Key.Key_T, ALT)
    rig.qtbot.waitUntil(handoff.isEnabled)
    _press(rig, Key.Key_H, ALT)
    rig.qtbot.waitUntil(lambda: page.ctx.controller.blocker() is None)
    rig.wait_idle()
    _press(rig, Key.Key_N, ALT)
    rig.wait_step(StepId.SUMMARY)

    # Summary: Alt+F finishes and closes the window.
    assert_mnemonics_unique(rig)
    _press(rig, Key.Key_F, ALT)
    rig.qtbot.waitUntil(lambda: not rig.wizard.isVisible())


def test_the_legacy_steps_with_the_keyboard_only(
    wizard_factory: Callable[..., WizardRig],
) -> None:
    rig = wizard_factory("default")
    _activate(rig)
    rig.tick_prerequisites()
    rig.sign_in()
    _press(rig, Key.Key_N, ALT)
    rig.wait_step(StepId.METHOD)

    # Method: Alt+P picks the private app.
    _press(rig, Key.Key_P, ALT)
    rig.qtbot.waitUntil(lambda: rig.controller.state.answers.method is Method.LEGACY)
    rig.wait_idle()
    _press(rig, Key.Key_N, ALT)
    rig.wait_step(StepId.LEGACY_APP)
    rig.wait_idle()

    # The five numbered steps: Alt+1 … Alt+5 tick them.
    assert_mnemonics_unique(rig)
    for key in (Key.Key_1, Key.Key_2, Key.Key_3, Key.Key_4, Key.Key_5):
        _press(rig, key, ALT)
    boxes = rig.page().findChildren(QCheckBox)
    rig.qtbot.waitUntil(lambda: all(box.isChecked() for box in boxes))
    _press(rig, Key.Key_N, ALT)
    rig.wait_step(StepId.LEGACY_CREDENTIALS)
    rig.wait_idle()

    # The token: Tab to it, type it, Alt+C checks it with HubSpot.
    token = rig.find(QLineEdit, "tokenField")
    _tab_to(rig, token)
    QTest.keyClicks(token, rig.sandbox_state()["legacy_private_app_token"])
    assert_mnemonics_unique(rig)
    _press(rig, Key.Key_C, ALT)
    rig.wait_idle()
    # The default user: Tab to the search, Down, Enter picks the first teammate, Alt+S saves.
    search = rig.find(QLineEdit, "teammateSearch")
    picker = rig.page().findChild(TeammatePicker)
    assert picker is not None
    rig.qtbot.waitUntil(lambda: search.isEnabled() and picker.model.rowCount() > 0)
    _tab_to(rig, search)
    _press(rig, Key.Key_Down)
    _press(rig, Key.Key_Return)
    assert_mnemonics_unique(rig)
    _press(rig, Key.Key_S, ALT)
    rig.qtbot.waitUntil(rig.wizard.next_button.isEnabled)
    rig.wait_idle()
    _press(rig, Key.Key_N, ALT)
    rig.wait_step(StepId.AUTOPILOT)


def test_a_method_chosen_as_next_is_pressed_does_not_break_the_window(
    wizard_factory: Callable[..., WizardRig],
) -> None:
    """Alt+P then Alt+N at once: both mnemonics click a moment later, Next first in effect
    (the choice is saved by a task on the loop's next turn). The window must stay usable."""
    rig = wizard_factory("default")
    _activate(rig)
    rig.tick_prerequisites()
    rig.sign_in()
    rig.next()
    rig.wait_step(StepId.METHOD)
    _press(rig, Key.Key_P, ALT)
    _press(rig, Key.Key_N, ALT)
    # Which lands first depends on the loop; either way the window stays consistent.
    rig.qtbot.waitUntil(lambda: rig.controller.state.current is not StepId.METHOD)
    rig.wait_idle()
    state = rig.controller.state
    assert state.current in nav.steps(state)
    expected = StepId.LEGACY_APP if state.answers.method is Method.LEGACY else StepId.OAUTH_CONNECT
    assert state.current is expected
    assert not rig.wizard.banner.isVisible(), rig.wizard.banner.message.text()
    _press(rig, Key.Key_B, ALT)
    rig.wait_step(StepId.METHOD)
    radio = "legacyRadio" if state.answers.method is Method.LEGACY else "oauthRadio"
    assert rig.find(QRadioButton, radio).isChecked()


def test_pasting_the_final_address_finishes_the_sign_in_and_the_connect(
    wizard_factory: Callable[..., WizardRig],
) -> None:
    # The stand-in browser only records the address: it never reaches the assistant, like a
    # browser that shows an error page after the admin approved.
    rig = wizard_factory("default", consent=None)
    rig.tick_prerequisites()

    def paste_final_address() -> None:
        attempt = rig.page().findChild(BrowserAttemptView)
        assert attempt is not None
        rig.qtbot.waitUntil(lambda: len(rig.browser.opened) > opened_before)
        rig.qtbot.waitUntil(attempt.link_box.isVisible)
        final = approve_in_sandbox(rig.browser.opened[-1], deliver=False)
        assert final.startswith("http://127.0.0.1:"), final
        attempt.trouble.show()  # as after a minute of waiting
        field = rig.find(QLineEdit, "pastedAddressField")
        field.setText(final)
        rig.click("usePastedAddressButton")

    opened_before = len(rig.browser.opened)
    rig.click("startBrowserButton")
    paste_final_address()
    rig.qtbot.waitUntil(lambda: rig.controller.state.answers.account is not None)
    rig.wait_idle()
    assert not rig.wizard.banner.isVisible()

    rig.next()
    rig.wait_step(StepId.METHOD)
    rig.next()
    rig.wait_step(StepId.OAUTH_CONNECT)
    opened_before = len(rig.browser.opened)
    rig.click("startBrowserButton")
    paste_final_address()
    rig.qtbot.waitUntil(lambda: rig.controller.state.answers.connection is not None)
    rig.wait_idle()
    assert rig.wizard.next_button.isEnabled()
    assert not rig.wizard.banner.isVisible()


def test_a_pasted_address_that_is_not_the_callback_is_refused_in_words(
    wizard_factory: Callable[..., WizardRig],
) -> None:
    rig = wizard_factory("default", consent=None)
    rig.tick_prerequisites()
    rig.click("startBrowserButton")
    attempt = rig.page().findChild(BrowserAttemptView)
    assert attempt is not None
    rig.qtbot.waitUntil(attempt.link_box.isVisible)
    attempt.trouble.show()
    rig.find(QLineEdit, "pastedAddressField").setText("https://example.com/somewhere")
    rig.click("usePastedAddressButton")
    rig.qtbot.waitUntil(rig.wizard.banner.isVisible)
    assert rig.controller.state.answers.account is None
    assert "Traceback" not in rig.wizard.banner.message.text()
    rig.click("cancelAttemptButton")
    rig.wait_idle()
