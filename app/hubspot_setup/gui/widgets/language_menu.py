"""Menu → Language: the languages the assistant speaks, each in its own words.

Picking one only emits `chosen` (a language code, or None for "the same as this computer");
the window saves it as the `language` setting through its services, and the choice takes
effect when the assistant next opens: every page is built in one language.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from hubspot_setup.flow.languages import LANGUAGES, NATIVE_NAMES
from hubspot_setup.flow.words import translate


class LanguageMenu(QMenu):
    chosen = Signal(object)  # str | None

    def __init__(self, setting: str | None, parent: QWidget | None = None) -> None:
        super().__init__(translate("gui.widgets.language_menu", "&Language"), parent)
        self.setObjectName("languageMenu")
        group = QActionGroup(self)
        group.setExclusive(True)
        self.system_action = QAction(
            translate("gui.widgets.language_menu", "Same as this computer"), self
        )
        self.system_action.setData(None)
        self.language_actions: dict[str, QAction] = {}
        self.addAction(self.system_action)
        self.addSeparator()
        for code in LANGUAGES:
            action = QAction(NATIVE_NAMES[code], self)
            action.setData(code)
            self.language_actions[code] = action
            self.addAction(action)
        for action in (self.system_action, *self.language_actions.values()):
            action.setCheckable(True)
            group.addAction(action)
        self.show_setting(setting)
        group.triggered.connect(lambda action: self.chosen.emit(action.data()))

    def show_setting(self, setting: str | None) -> None:
        """Tick the saved setting (None: the computer's language)."""
        action = self.language_actions.get(setting or "", self.system_action)
        action.setChecked(True)
