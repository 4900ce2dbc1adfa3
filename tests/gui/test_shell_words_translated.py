"""The shell and its widgets say every word through `flow.words.translate`: with a translator
installed, each text the admin reads comes back from it (marked «…» here), values filled in
after translation and numbers in the locale's format. A word left to Qt's own `tr()` or
written in place would stay unmarked."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from fixtures.marking_translator import speaking_marked
from hubspot_setup.flow.answers import (
    Answers,
    ChecklistOutcome,
    CheckState,
    Connection,
    Portal,
)
from hubspot_setup.flow.guide import CheckId
from hubspot_setup.flow.ports import AttemptPhase, BrowserAttempt
from hubspot_setup.flow.problems import Problem, ProblemKind
from hubspot_setup.flow.steps import Method
from hubspot_setup.gui import answer_text
from hubspot_setup.gui.crash_dialog import CRASH_TEXT, CRASH_TITLE, CrashDialog
from hubspot_setup.gui.widgets.browser_attempt import BrowserAttemptView
from hubspot_setup.gui.widgets.disconnect_dialog import DisconnectDialog
from hubspot_setup.gui.widgets.portal_report import PortalReportView
from hubspot_setup.gui.wizard import SetupWizard, WizardConfig


@pytest.fixture
def translated(qapp: QApplication) -> Iterator[None]:
    with speaking_marked():
        yield


def shown_texts(root: QWidget, *, qt_own: tuple[QWidget, ...] = ()) -> list[str]:
    """Every word-bearing text of the visible labels and buttons under `root` (but for Qt's
    standard buttons, `qt_own`: Qt's own catalogues translate those)."""
    found = []
    for widget in root.findChildren(QLabel) + root.findChildren(QAbstractButton):
        text = widget.text().replace("&", "")
        if widget.isVisibleTo(root) and widget not in qt_own and any(c.isalpha() for c in text):
            found.append(text)
    return found


def test_the_shell_speaks_through_the_translator(qtbot: QtBot, translated: None) -> None:
    wizard = SetupWizard(WizardConfig(sandbox_scenario="default"))
    qtbot.addWidget(wizard)
    assert wizard.step_title.text() == "«Before you start»"
    assert wizard.step_counter.text() == "«Step 1 of 10»"
    assert wizard.menu_button.text() == "«☰  Menu»"
    assert wizard.next_button.text() == "«Co&ntinue»"
    assert wizard.back_button.text() == "«&Back»"
    assert wizard.practice_badge.text() == "«Practice mode»"
    assert wizard.practice_badge.toolTip().endswith("account. (default)»")
    assert wizard.about_action.text() == "«&About OpenCX HubSpot Setup»"
    actions = [a.text() for a in wizard.menu.actions() if not a.isSeparator()]
    assert actions
    assert all(text.startswith("«") for text in actions), actions
    first = wizard.step_list.item(0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert first == "«Step 1: «Before you start», «current step»»"

    wizard.show_problem(
        Problem(ProblemKind.UNEXPECTED, "«t»", "«m»", "«f»", details="HTTP 500 (English)")
    )
    assert wizard.banner.details_button.text() == "«Show &details»"
    assert wizard.banner.dismiss_button.text() == "«Dis&miss»"
    wizard.banner.details_button.click()
    assert wizard.banner.details_button.text() == "«Hide &details»"


def test_the_dialogs_and_widgets_speak_through_the_translator(
    qtbot: QtBot, translated: None
) -> None:
    crash = CrashDialog(CRASH_TITLE.text(), CRASH_TEXT.text(), "", offer_quit=True, parent=None)
    qtbot.addWidget(crash)
    assert crash.windowTitle() == "«Something went wrong»"
    assert [b.text() for b in (crash.save_button, crash.keep_button, crash.quit_button)] == [
        "«Save diagnostics…»",
        "«Keep going»",
        "«Quit»",
    ]

    dialog = DisconnectDialog(legacy=True, portal="acme.test")
    qtbot.addWidget(dialog)
    texts = shown_texts(dialog, qt_own=(dialog.cancel_button, dialog.close_button))
    assert len(texts) > 8
    assert all("«" in text for text in texts), texts
    assert dialog.message.text() == "«What disconnecting acme.test does:»"

    attempt = BrowserAttemptView("«Sign in»")
    qtbot.addWidget(attempt)
    attempt.show_attempt(BrowserAttempt(AttemptPhase.WAITING, url="http://x", seconds_left=75))
    assert attempt.status.text() == "«Finish in your browser. This window continues on its own.»"
    assert attempt.countdown.text() == "«Time left: 1:15»"
    buttons = [b.text() for b in attempt.findChildren(QAbstractButton)]
    assert all(text.startswith("«") for text in buttons), buttons

    report = PortalReportView()
    qtbot.addWidget(report)
    report.show_report(None, portal_id=1234567)
    assert report.title.text() == "«What HubSpot shows about portal 1234567»"  # an ID: no dots


def test_the_answers_are_described_through_the_translator(translated: None) -> None:
    connection = Connection(method=Method.OAUTH, portal=Portal(id=1234567, domain="acme.test"))
    assert answer_text.method_text(connection) == "«Connected through “Connect with HubSpot”»"
    assert answer_text.portal_text(connection).startswith("«acme.test (portal ID 1234567)»")
    test = ChecklistOutcome(
        run_id="r1", checks={CheckId.CONVERSATION_IN_HUBSPOT: CheckState.PASSED}
    )
    assert answer_text.checklist_text(test) == "«Not finished (1 of 5 checks passed)»"
    answers = Answers()
    assert answer_text.sender_text(answers) == "«Not chosen»"
