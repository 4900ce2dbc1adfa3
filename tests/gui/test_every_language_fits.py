"""Every page fits at 800x600 in every shipped language, in a 40 % longer one, and mirrored.

The window walks both paths, manage mode (with the disconnect dialog) and a problem on the
sandbox, speaking each shipped language (English, and the others with their real catalogues)
and the pseudo-locale (`fixtures.pseudo_locale`: accented, 40 % longer, bracketed) left to
right and right to left. On each page every visible label, button, check box and radio button
is compared with what its text needs: a label narrower or shorter than its text (cut or
elided), a button or check box narrower than its text (or whose focus frame would cut it),
an empty field whose example text is cut, a page that scrolls sideways, or two visible
controls with the same Alt shortcut, is a fault. Each page is saved as
`screenshots/<speech>-<page>.png` to be looked at; the right-to-left walk also checks that
the frame mirrors (the footer's primary button and the step rail change sides).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStyle,
    QStyleOptionButton,
    QWidget,
)
from pytestqt.exceptions import TimeoutError

from fixtures.gui_rig import SCREENSHOT_DIR, WizardRig
from fixtures.pseudo_locale import pseudo, speaking_pseudo
from hubspot_setup.flow.languages import LANGUAGES
from hubspot_setup.flow.steps import StepId
from hubspot_setup.gui.pages.manage import ManagePage
from hubspot_setup.services import translations

pytestmark = pytest.mark.slow
SIZE = QSize(800, 600)


def fit_faults(root: QWidget) -> list[str]:
    """Texts that do not fit their widget (a pixel of rounding allowed), and a page wider
    than the window (a sideways scroll bar: the admin would read half lines)."""
    faults = []
    for scroll in root.findChildren(QScrollArea):
        if scroll.isVisibleTo(root) and scroll.horizontalScrollBar().isVisibleTo(root):
            faults.append(f"{scroll.objectName()}: scrolls sideways")
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.width() <= 0:
            continue
        name = widget.objectName() or type(widget).__name__
        if isinstance(widget, QLabel):
            if not widget.text().strip() or not widget.pixmap().isNull():
                continue
            if widget.wordWrap():
                needed = widget.heightForWidth(widget.width())
                if needed > widget.height() + 1:
                    faults.append(f"{name}: {needed} px tall text in {widget.height()} px")
            else:
                hint = widget.sizeHint()
                if hint.width() > widget.width() + 1 or hint.height() > widget.height() + 1:
                    faults.append(f"{name}: needs {hint.toTuple()}, has {widget.size().toTuple()}")
        elif isinstance(widget, QLineEdit) and widget.placeholderText() and not widget.text():
            # The example an empty field shows: cut short, it stops explaining.
            room = (
                widget.width()
                - 2 * widget.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth)
                - 8
            )
            needed = widget.fontMetrics().horizontalAdvance(widget.placeholderText())
            if needed > room:
                faults.append(f"{name}: placeholder needs {needed} px, has {room}")
        elif isinstance(widget, QAbstractButton) and widget.text().strip():
            hint = widget.sizeHint()
            if hint.width() > widget.width() + 1:
                faults.append(f"{name}: button text needs {hint.width()} px, has {widget.width()}")
            elif isinstance(widget, QPushButton) and (fault := focus_fault(widget)):
                faults.append(f"{name}: {fault}")
    return faults + shortcut_faults(root)


def focus_fault(button: QPushButton) -> str:
    """Why the button's text would be cut while it has the keyboard focus ("" if it would not).

    Its size is worked out without the focus frame; a style sheet that draws that frame wider
    takes the room from the text (Dutch "Terug" lost its g)."""
    option = QStyleOptionButton()
    button.initStyleOption(option)
    option.state |= QStyle.StateFlag.State_HasFocus
    room = button.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, button)
    metrics = button.fontMetrics()
    shown = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")  # as drawn
    needed = (metrics.horizontalAdvance(shown), metrics.height())
    if needed[0] > room.width() or needed[1] > room.height():
        return f"focused, text needs {needed}, has {room.size().toTuple()}"
    return ""


def shortcut_faults(root: QWidget) -> list[str]:
    """Two visible buttons or labels with the same Alt+letter: the second never gets it."""
    seen: dict[str, str] = {}
    faults = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or not isinstance(widget, QAbstractButton | QLabel):
            continue
        if isinstance(widget, QLabel) and widget.buddy() is None:
            continue  # no buddy: its & is shown, not a shortcut
        letter = QKeySequence.mnemonic(widget.text()).toString().lower()
        if not letter:
            continue
        name = widget.objectName() or type(widget).__name__
        if letter in seen:
            faults.append(f"{name}: shortcut {letter} is also {seen[letter]}'s")
        else:
            seen[letter] = name
    return faults


@pytest.fixture(params=["pseudo-ltr", "pseudo-rtl", *LANGUAGES])
def direction(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """What the window speaks: a shipped language, or the pseudo-locale in a direction."""
    speech = str(request.param)
    if speech.startswith("pseudo"):
        rtl = speech.endswith("rtl")
        chosen = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        with speaking_pseudo(chosen):
            yield speech
        return
    speaking = translations.load(speech)
    assert speaking.missing == []  # none for English, the source
    translations.speak(speaking, qapp)
    try:
        yield speech
    finally:
        translations.stop_speaking(speaking, qapp)


class PageWalk:
    """Checks and saves each page the walk reaches."""

    def __init__(self, rig: WizardRig, direction: str) -> None:
        self.rig = rig
        self.direction = direction
        self.faults: dict[str, list[str]] = {}
        rig.wizard.resize(SIZE)
        rig.qtbot.waitUntil(lambda: rig.wizard.size() == SIZE)

    def look(self, name: str) -> None:
        self.rig.wait_idle()
        # The page scroll sizes a new page in a second pass of layout requests (for one
        # frame a long page is squeezed): a fault must last to count.
        with contextlib.suppress(TimeoutError):
            self.rig.qtbot.waitUntil(lambda: not fit_faults(self.rig.wizard), timeout=1000)
        if found := fit_faults(self.rig.wizard):
            self.faults[name] = found
        SCREENSHOT_DIR.mkdir(exist_ok=True)
        self.rig.wizard.grab().save(str(SCREENSHOT_DIR / f"{self.direction}-{name}.png"))


def format_faults(faults: dict[str, list[str]]) -> str:
    return "\n".join(f"{page}: {fault}" for page, found in faults.items() for fault in found)


def assert_mirrored(rig: WizardRig, direction: str) -> None:
    window = rig.wizard
    primary = window.next_button.mapTo(window, QPoint(0, 0)).x()
    menu = window.menu_button.mapTo(window, QPoint(0, 0)).x()
    rail = window.step_list.mapTo(window, QPoint(0, 0)).x()
    if direction == "pseudo-rtl":
        assert primary < menu, "the primary button goes to the left, the menu to the right"
        assert rail > window.width() // 2, "the step rail goes to the right"
    else:
        assert primary > menu
        assert rail < window.width() // 2


def test_the_oauth_path_fits(wizard_factory: Callable[..., WizardRig], direction: str) -> None:
    rig = wizard_factory("default", size=(800, 600))
    walk = PageWalk(rig, direction)
    walk.look("prerequisites")
    assert_mirrored(rig, direction)
    rig.tick_prerequisites()
    walk.look("signin")
    rig.sign_in()
    walk.look("signin-done")
    rig.next()
    rig.wait_step(StepId.METHOD)
    walk.look("method")
    rig.next()
    rig.wait_step(StepId.OAUTH_CONNECT)
    walk.look("oauth_connect")
    rig.click("startBrowserButton")
    walk.look("oauth_connect-done")
    rig.next()
    rig.wait_step(StepId.SENDER)
    rig.wait_idle()
    rig.pick_first_person()
    walk.look("sender")
    rig.next()
    for step in (StepId.AUTOPILOT, StepId.SIGNATURES, StepId.WORKFLOW_ACTIONS):
        rig.wait_step(step)
        walk.look(step.value)
        rig.next()
    rig.wait_step(StepId.TEST_CHECKLIST)
    walk.look("test_checklist")
    rig.click("skipButton")
    rig.next()
    rig.wait_step(StepId.SUMMARY)
    walk.look("summary")
    assert walk.faults == {}, format_faults(walk.faults)


def test_the_legacy_path_fits(wizard_factory: Callable[..., WizardRig], direction: str) -> None:
    rig = wizard_factory("default", size=(800, 600))
    walk = PageWalk(rig, direction)
    rig.tick_prerequisites()
    rig.sign_in()
    rig.choose_legacy()
    walk.look("method-legacy")
    rig.next()
    rig.wait_step(StepId.LEGACY_APP)
    walk.look("legacy_app")
    for box in rig.page().findChildren(QCheckBox):
        if not box.isChecked():
            box.click()
    rig.next()
    rig.wait_step(StepId.LEGACY_CREDENTIALS)
    rig.check_sandbox_token()
    rig.pick_first_person()
    walk.look("legacy_credentials")
    rig.click("saveButton")
    walk.look("legacy_credentials-saved")
    # Back to the method page for Connect with HubSpot: the connect step says the legacy app
    # switches in place.
    rig.wait_idle()
    rig.wizard.back_button.click()
    rig.wait_step(StepId.LEGACY_APP)
    rig.wizard.back_button.click()
    rig.wait_step(StepId.METHOD)
    rig.find(QRadioButton, "oauthRadio").click()
    rig.wait_idle()
    rig.next()
    rig.wait_step(StepId.OAUTH_CONNECT)
    walk.look("oauth_connect-switch")
    assert walk.faults == {}, format_faults(walk.faults)


def test_manage_mode_fits(wizard_factory: Callable[..., WizardRig], direction: str) -> None:
    rig = wizard_factory("already-connected", size=(800, 600))
    walk = PageWalk(rig, direction)
    rig.tick_prerequisites()
    rig.sign_in()
    rig.wait_step(StepId.MANAGE)
    walk.look("manage")
    page = rig.page()
    assert isinstance(page, ManagePage)
    rig.click("disconnectButton")
    dialog = page.dialog
    assert dialog is not None
    rig.qtbot.waitUntil(dialog.isVisible)
    dialog.word.setText("DELETE")
    with contextlib.suppress(TimeoutError):
        rig.qtbot.waitUntil(lambda: not fit_faults(dialog), timeout=1000)
    if found := fit_faults(dialog):
        walk.faults["disconnect dialog"] = found
    dialog.grab().save(str(SCREENSHOT_DIR / f"{direction}-manage-disconnect.png"))
    dialog.reject()
    assert walk.faults == {}, format_faults(walk.faults)


@pytest.mark.parametrize("scenario", ["legacy-connected", "reconnect-required"])
def test_manage_mode_with_a_recommended_action_fits(
    wizard_factory: Callable[..., WizardRig], direction: str, scenario: str
) -> None:
    """The card that offers to switch a legacy app to Connect with HubSpot, or to reconnect."""
    rig = wizard_factory(scenario, size=(800, 600))
    walk = PageWalk(rig, direction)
    rig.tick_prerequisites()
    rig.sign_in()
    rig.wait_step(StepId.MANAGE)
    walk.look(f"manage-{scenario}")
    assert walk.faults == {}, format_faults(walk.faults)


def test_a_problem_fits(wizard_factory: Callable[..., WizardRig], direction: str) -> None:
    rig = wizard_factory("hubspot-not-admin", size=(800, 600))
    walk = PageWalk(rig, direction)
    rig.tick_prerequisites()
    rig.sign_in()
    rig.start_oauth_connect()
    assert rig.wizard.banner.isVisible()
    walk.look("oauth_connect-problem")
    assert walk.faults == {}, format_faults(walk.faults)


def test_the_pseudo_locale_keeps_what_the_code_fills_in() -> None:
    text = pseudo('Open <a href="%1">HubSpot</a> &amp; press &Next, %n left')
    assert text.startswith("[")
    assert text.endswith("]")
    for kept in ('<a href="%1">', "</a>", "&amp;", "&Ñ", "%n"):
        assert kept in text
    plain = len(pseudo("Connect your HubSpot portal")) - 2
    assert plain >= 1.35 * len("Connect your HubSpot portal")


def test_the_fit_check_finds_a_cut_label(qtbot: object) -> None:
    label = QLabel("A sentence far too long for the room it was given")
    label.resize(60, 20)
    holder = QWidget()
    label.setParent(holder)
    holder.show()
    assert fit_faults(holder)
    label.setWordWrap(True)
    label.resize(60, 20)
    assert fit_faults(holder)
    label.resize(400, 40)
    assert fit_faults(holder) == []
    holder.close()


def test_the_fit_check_finds_a_focus_frame_that_cuts_the_text(qtbot: object) -> None:
    holder = QWidget()
    button = QPushButton("&Terug", holder)
    button.setStyleSheet(
        "QPushButton { border: 1px solid gray; padding: 6px 12px; }"
        "QPushButton:focus { border: 3px solid blue; }"
    )
    button.adjustSize()
    holder.show()
    assert any("focused" in fault for fault in fit_faults(holder))
    button.setStyleSheet(
        "QPushButton { border: 1px solid gray; padding: 6px 12px; }"
        "QPushButton:focus { border: 3px solid blue; padding: 4px 10px; }"
    )
    button.adjustSize()
    assert fit_faults(holder) == []
    holder.close()
