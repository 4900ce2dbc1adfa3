"""The window's frame (issue 15): the pinned footer with one primary button whose word comes
from the page and a quiet Back, Close and About in a small menu, focus after Continue, the
step indicator (also after a restart), the Practice mode badge, text zoom, the style sheet
following a light/dark switch, the reachability check before a browser sign-in, links through
the app's own browser launcher, "Welcome back" after a restart, and manage mode after Finish.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
)
from pytestqt.qtbot import QtBot
from test_screenshots_dark_and_hidpi import dark_palette

from fixtures.gui_rig import WizardRig
from hubspot_setup import APP_NAME
from hubspot_setup.flow.problems import ProblemKind
from hubspot_setup.flow.steps import Mode, StepId
from hubspot_setup.gui.pages.sender import SenderPage
from hubspot_setup.gui.theme import DARK_ACCENTS, LIGHT_ACCENTS
from hubspot_setup.gui.widgets.step_rail import StepState
from hubspot_setup.gui.wizard import SetupWizard, WizardConfig

SIGNATURE = '<p><b>Acme Support</b><br><a href="https://acme.test">acme.test</a></p>'


def label(rig: WizardRig) -> str:
    return rig.wizard.next_button.text().replace("&", "")


def states(rig: WizardRig) -> dict[str, StepState]:
    rail = rig.wizard.step_list
    return {rail.item(i).text(): rail.state_of(i) for i in range(rail.count())}


def walk_to_sender(rig: WizardRig) -> SenderPage:
    rig.tick_prerequisites()
    rig.sign_in()
    rig.start_oauth_connect()
    rig.next()
    rig.wait_step(StepId.SENDER)
    rig.wait_idle()
    page = rig.page()
    assert isinstance(page, SenderPage)
    return page


def choose_sender_and_go_to(rig: WizardRig, step: StepId) -> None:
    sender = rig.page()
    assert isinstance(sender, SenderPage)
    sender.picker.pick_row(0)  # picking is the choice: saved at once
    rig.wait_idle()
    while rig.controller.state.current is not step:
        rig.next()
        rig.qtbot.waitUntil(lambda: not rig.wizard.tasks._running)


def test_footer_has_one_primary_button_a_quiet_back_and_a_menu(
    wizard_factory: Callable[..., WizardRig],
) -> None:
    rig = wizard_factory("default")
    wizard = rig.wizard
    assert label(rig) == "Continue"
    assert wizard.next_button.property("role") == "primary"
    assert wizard.next_button.isDefault()
    rig.tick_prerequisites()
    assert wizard.back_button.isVisible()
    assert wizard.back_button.property("role") == "quiet"
    assert not wizard.back_button.isDefault()
    # Close and About are in the menu, not buttons of their own in the footer.
    assert wizard.menu_button.isVisible()
    assert {wizard.close_action, wizard.about_action} <= set(wizard.menu.actions())
    footer_buttons = {
        button.text().replace("&", "")
        for button in wizard.footer.findChildren(QPushButton)
        if button.isVisible()
    }
    # On the sign-in page the footer's one filled button is the page's action.
    assert footer_buttons == {"Back", "Sign in with your browser"}

    # One filled button to press at a time, and always the footer's.
    def filled() -> list[QPushButton]:
        return [
            button
            for button in wizard.findChildren(QPushButton)
            if button.isVisible() and button.property("role") == "primary" and button.isEnabled()
        ]

    assert filled() == [wizard.next_button]
    rig.sign_in()
    assert filled() == [wizard.next_button]
    assert label(rig) == "Continue"


def test_the_footer_starts_the_browser_legs(wizard_factory: Callable[..., WizardRig]) -> None:
    rig = wizard_factory("default")
    rig.tick_prerequisites()
    wizard = rig.wizard
    started: list[bool] = []
    page = wizard.current_page()
    assert page is not None
    page.attempt.start_requested.connect(lambda: started.append(True))
    wizard.next_button.click()
    assert started == [True]
    rig.qtbot.waitUntil(lambda: rig.controller.state.answers.account is not None, timeout=20_000)
    rig.wait_idle()
    rig.next()
    rig.wait_step(StepId.METHOD)
    rig.next()
    rig.wait_step(StepId.OAUTH_CONNECT)
    assert label(rig) == "Connect with HubSpot"
    wizard.next_button.click()
    rig.qtbot.waitUntil(lambda: rig.controller.state.answers.connection is not None, timeout=20_000)
    rig.wait_idle()
    assert label(rig) == "Continue"


def test_primary_button_takes_the_pages_word_and_does_its_action(
    wizard_factory: Callable[..., WizardRig],
) -> None:
    rig = wizard_factory("default")
    walk_to_sender(rig)
    assert label(rig) == "Continue"
    choose_sender_and_go_to(rig, StepId.SIGNATURES)
    rig.wait_idle()
    assert label(rig) == "Continue"  # nothing typed: the step is optional
    rig.find(QLineEdit, "patternEdit").setText("*.nl")
    rig.find(QPlainTextEdit, "htmlEdit").setPlainText(SIGNATURE)
    assert label(rig) == "Save rule"
    rig.wizard.next_button.click()  # saves, does not leave the page
    rig.wait_idle()
    assert [rule.pattern for rule in rig.controller.state.answers.signatures] == ["*.nl"]
    assert rig.controller.state.current is StepId.SIGNATURES
    assert label(rig) == "Continue"
    assert rig.wizard.feedback_label.text() == "✓ Saved"
    rig.next()
    rig.wait_step(StepId.WORKFLOW_ACTIONS)
    rig.next()
    rig.wait_step(StepId.TEST_CHECKLIST)
    rig.wait_idle()
    assert label(rig) == "Start the test"
    rig.wizard.next_button.click()  # starts the run
    rig.qtbot.waitUntil(lambda: rig.controller.state.answers.test is not None)
    rig.qtbot.waitUntil(lambda: label(rig) == "Continue")
    assert not rig.wizard.next_button.isEnabled()  # the test is not finished yet


def test_focus_after_continue_lands_on_the_pages_main_control(
    wizard_factory: Callable[..., WizardRig],
) -> None:
    rig = wizard_factory("default")
    first_box = rig.page().findChildren(QCheckBox)[0]
    rig.qtbot.waitUntil(lambda: rig.wizard.focusWidget() is first_box)
    rig.tick_prerequisites()
    # No field on the sign-in page: focus goes to the footer, which offers the sign-in.
    rig.qtbot.waitUntil(lambda: rig.wizard.focusWidget() is rig.wizard.next_button)
    assert label(rig) == "Sign in with your browser"
    rig.sign_in()
    rig.next()
    rig.wait_step(StepId.METHOD)
    radio = rig.page().findChildren(QRadioButton)[0]
    rig.qtbot.waitUntil(lambda: rig.wizard.focusWidget() is radio)


def test_step_indicator_ticks_marks_attention_and_survives_a_restart(
    wizard_factory: Callable[..., WizardRig],
) -> None:
    rig = wizard_factory("default")
    walk_to_sender(rig)
    seen = states(rig)
    assert seen["Before you start"] is StepState.DONE
    assert seen["Connect with HubSpot"] is StepState.DONE
    assert seen["Who the AI posts as"] is StepState.CURRENT
    assert seen["Autopilot"] is StepState.TODO
    # Back to an earlier step: the sender, visited but not chosen, needs attention.
    rail = rig.wizard.step_list
    rail.itemClicked.emit(rail.item(2))
    rig.wait_step(StepId.METHOD)
    assert states(rig)["Who the AI posts as"] is StepState.ATTENTION
    accessible = rail.item(4).data(Qt.ItemDataRole.AccessibleTextRole)
    assert accessible == "Step 5: Who the AI posts as, needs your attention"
    rig.wizard.close()

    again = wizard_factory(reopen=rig)  # a restart: the same sandbox, keychain and progress
    again.wait_idle()
    assert again.controller.state.current is StepId.METHOD
    after = states(again)
    assert after["Connect with HubSpot"] is StepState.DONE
    assert after["Connection method"] is StepState.CURRENT
    assert after["Who the AI posts as"] is StepState.ATTENTION


def test_practice_badge_shows_on_the_sandbox_only(qtbot: QtBot) -> None:
    practice = SetupWizard(WizardConfig(sandbox_scenario="default"))
    real = SetupWizard(WizardConfig())
    for window in (practice, real):
        qtbot.addWidget(window)
        window.show()
        assert window.windowTitle() == APP_NAME  # the badge says it; the title stays short
        assert not window.windowIcon().isNull()
    assert practice.practice_badge.isVisible()
    assert practice.practice_badge.text() == "Practice mode"
    assert not real.practice_badge.isVisible()


def test_ctrl_plus_and_minus_zoom_the_text(qtbot: QtBot) -> None:
    window = SetupWizard(WizardConfig())
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # shortcuts need it
    body = window.font().pointSizeF()
    title = window.step_title.font().pointSizeF()
    page_text = window.stack.currentWidget()
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.font().pointSizeF() > body)
    assert window.step_title.font().pointSizeF() > title  # titles scale with the text
    qtbot.waitUntil(lambda: page_text.font().pointSizeF() > body)  # and so do the pages
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.font().pointSizeF() == pytest.approx(body))
    assert window.step_title.font().pointSizeF() == pytest.approx(title)
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.font().pointSizeF() < body)
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.font().pointSizeF() == pytest.approx(body))
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    window.close()  # the text size belongs to the window: the app's font comes back
    qtbot.waitUntil(lambda: QApplication.font().pointSizeF() == pytest.approx(body))


def test_style_follows_a_light_dark_switch_while_open(qtbot: QtBot, qapp: QApplication) -> None:
    window = SetupWizard(WizardConfig())
    qtbot.addWidget(window)
    window.show()
    assert LIGHT_ACCENTS.failure_mark in window.styleSheet()
    before = qapp.palette()
    try:
        qapp.setPalette(dark_palette())  # what Qt does when the OS switches to dark
        qtbot.waitUntil(lambda: DARK_ACCENTS.failure_mark in window.styleSheet())
        QApplication.processEvents()
        image = window.step_list.grab().toImage()
        assert image.pixelColor(image.width() // 2, image.height() - 5).lightness() < 80
    finally:
        qapp.setPalette(before)
    qtbot.waitUntil(lambda: LIGHT_ACCENTS.failure_mark in window.styleSheet())
    assert window.palette().color(QPalette.ColorRole.Window) == before.color(
        QPalette.ColorRole.Window
    )
    event = QEvent(QEvent.Type.ApplicationPaletteChange)
    QApplication.sendEvent(window, event)  # a repeated notice changes nothing
    assert LIGHT_ACCENTS.failure_mark in window.styleSheet()


def test_browser_sign_in_says_at_once_when_opencx_cannot_be_reached(
    wizard_factory: Callable[..., WizardRig],
) -> None:
    rig = wizard_factory("default")
    rig.tick_prerequisites()
    rig.sandbox.stop()  # as if this computer were offline
    started = time.monotonic()
    rig.click("startBrowserButton")
    rig.qtbot.waitUntil(rig.wizard.banner.isVisible, timeout=5000)
    assert time.monotonic() - started < 5
    assert rig.wizard.banner.problem is not None
    assert rig.wizard.banner.problem.kind is ProblemKind.OFFLINE
    assert rig.wizard.banner.title.text() == "Cannot reach OpenCX"
    assert rig.browser.opened == []  # no browser left on a page that cannot load
    rig.wait_idle()
    assert rig.find(QPushButton, "retryButton").isVisible()


def test_links_go_through_the_apps_launcher_and_say_when_no_browser_opened(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    import webbrowser

    from hubspot_setup.services import browser

    handed: list[str] = []

    def launcher(url: str, **kwargs: object) -> bool:
        handed.append(url)
        fallback = kwargs["fallback"]
        assert callable(fallback)
        fallback(url)  # no BROWSER, not WSL: the system default, which fails here
        return True

    monkeypatch.setattr(browser, "open_browser", launcher)
    monkeypatch.setattr(webbrowser, "open", lambda url: False)
    window = SetupWizard(WizardConfig())
    qtbot.addWidget(window)
    window.show()
    # A link in any label (openExternalLinks) goes through QDesktopServices: routed here.
    QDesktopServices.openUrl(QUrl("https://app.hubspot.com/live-messages/1020304"))
    assert handed == ["https://app.hubspot.com/live-messages/1020304"]
    qtbot.waitUntil(window.notice_bar.isVisible)
    assert "No browser could be opened" in window.notice_label.text()
    assert QGuiApplication.clipboard().text() == handed[0]
    window.close()
    handed.clear()
    QDesktopServices.openUrl(QUrl("https://app.hubspot.com/"))  # the window is gone: not ours
    assert handed == []


def test_welcome_back_after_a_restart_signs_in_again_without_a_red_error(
    wizard_factory: Callable[..., WizardRig],
) -> None:
    rig = wizard_factory("default")
    walk_to_sender(rig)
    rig.wizard.close()
    again = wizard_factory(reopen=rig)
    assert again.controller.state.current is StepId.SENDER
    assert again.wizard.notice_bar.isVisible()
    assert again.wizard.notice_label.text().startswith("Welcome back.")
    assert "Who the AI posts as" in again.wizard.notice_label.text()
    again.wizard.close()

    # The saved sign-in is gone (expired, or another computer): sign in again, calmly.
    account = again.controller.state.answers.account
    assert account is not None
    again.services.secrets.delete(account.credential_ref)
    third = wizard_factory(reopen=again)
    assert third.controller.state.current is StepId.SIGNIN
    assert "sign in to OpenCX again" in third.wizard.notice_label.text()
    assert not third.wizard.banner.isVisible()
    third.sign_in()
    third.qtbot.waitUntil(lambda: third.controller.state.answers.account is not None)
    assert not third.wizard.banner.isVisible()


def test_after_finish_the_next_start_opens_manage_mode(
    wizard_factory: Callable[..., WizardRig],
) -> None:
    rig = wizard_factory("default")
    walk_to_sender(rig)
    choose_sender_and_go_to(rig, StepId.TEST_CHECKLIST)
    rig.click("skipButton")
    rig.next()
    rig.wait_step(StepId.SUMMARY)
    assert label(rig) == "Finish"
    rig.wizard.next_button.click()
    assert not rig.wizard.isVisible()
    again = wizard_factory(reopen=rig)
    again.wait_step(StepId.MANAGE)
    assert again.controller.state.mode is Mode.MANAGE
    assert again.wizard.step_title.text() == "HubSpot connection"
