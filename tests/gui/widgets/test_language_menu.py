"""Menu → Language: each language in its own words, the saved one ticked, the choice kept
through the window's services and confirmed; a choice that cannot be kept says why."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction

from fixtures.gui_rig import WizardRig
from hubspot_setup.flow.languages import LANGUAGES
from hubspot_setup.flow.problems import ProblemError
from hubspot_setup.gui.page import OptionalServices
from hubspot_setup.gui.widgets.language_menu import LanguageMenu
from hubspot_setup.services.problem_texts import language_not_saved


class FakeChoice:
    """The LanguageChoice port in memory; `refuse` makes the next save fail."""

    def __init__(self, current: str | None) -> None:
        self.current = current
        self.saved: list[str | None] = []
        self.refuse = False

    async def save(self, language: str | None) -> None:
        if self.refuse:
            raise ProblemError(language_not_saved("The settings file x is not a file."))
        self.saved.append(language)
        self.current = language


def ticked(menu: LanguageMenu) -> list[object]:
    return [action.data() for action in menu.actions() if action.isChecked()]


def action_for(menu: LanguageMenu, code: str | None) -> QAction:
    return next(a for a in menu.actions() if a.isCheckable() and a.data() == code)


def test_each_language_is_named_in_its_own_words(qtbot: object) -> None:
    menu = LanguageMenu("de")
    names = [action.text() for action in menu.actions() if action.isCheckable()]
    assert names == [
        "Same as this computer",
        "English",
        "Deutsch",
        "Français",
        "Español",
        "Nederlands",
        "Português (Brasil)",
    ]
    assert ticked(menu) == ["de"]
    assert ticked(LanguageMenu(None)) == [None]
    assert len(menu.language_actions) == len(LANGUAGES)


def test_the_choice_is_kept_and_confirmed(wizard_factory: Callable[..., WizardRig]) -> None:
    rig = wizard_factory("default", consent=None)
    choice = FakeChoice(None)
    rig.wizard.attach(rig.controller, services=OptionalServices(language=choice))
    menu = rig.wizard.language_menu
    assert menu is not None
    assert menu.menuAction() in rig.wizard.menu.actions()
    action_for(menu, "fr").trigger()
    rig.wait_idle()
    assert choice.saved == ["fr"]
    assert rig.wizard.notice_bar.isVisible()
    assert "Français" in rig.wizard.notice_label.text()
    assert ticked(menu) == ["fr"]

    action_for(menu, None).trigger()
    rig.wait_idle()
    assert choice.saved == ["fr", None]
    assert "language of this computer" in rig.wizard.notice_label.text()


def test_a_choice_that_cannot_be_kept_says_why_and_keeps_the_tick(
    wizard_factory: Callable[..., WizardRig],
) -> None:
    rig = wizard_factory("default", consent=None)
    choice = FakeChoice("nl")
    rig.wizard.attach(rig.controller, services=OptionalServices(language=choice))
    menu = rig.wizard.language_menu
    assert menu is not None
    choice.refuse = True
    action_for(menu, "es").trigger()
    rig.wait_idle()
    assert rig.wizard.banner.isVisible()
    assert ticked(menu) == ["nl"]  # back to what is saved
    # Attaching again (a new session) replaces the menu instead of adding a second one.
    rig.wizard.attach(rig.controller, services=OptionalServices(language=choice))
    submenus = [a for a in rig.wizard.menu.actions() if a.menu() is not None]
    assert len(submenus) == 1
