"""What every wizard page shares: the context it works in and the `StepPage` base class.

A page renders the flow's `WizardState` and forwards the admin's intents to the
`SetupController`; it never does I/O itself. Async work goes through `ctx.tasks`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar, Protocol, TypeVar

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from hubspot_setup.flow.problems import Problem
from hubspot_setup.flow.steps import StepId
from hubspot_setup.flow.words import translate
from hubspot_setup.gui.accessibility import tie_field_message
from hubspot_setup.gui.tasks import TaskRunner
from hubspot_setup.gui.ui_loader import load_ui

if TYPE_CHECKING:  # importing these pulls in pydantic, which waits until after the first paint
    from pathlib import Path

    from hubspot_setup.flow.controller import SetupController
    from hubspot_setup.flow.guide import Channel
    from hubspot_setup.flow.state import WizardState

W = TypeVar("W", bound=QObject)


def open_in_system_browser(url: str) -> None:
    QDesktopServices.openUrl(QUrl(url))


@dataclass(frozen=True)
class PrimaryAction:
    """What the footer's filled button does on a page, when it is not "Continue".

    `run` None means the flow's next step. A page returns one from `primary_action()` and
    emits `primary_changed` when it would return another.
    """

    label: str
    run: Callable[[], None] | None = None
    enabled: bool = True
    reason: str = ""  # why it is disabled, shown in the footer's status line


class CustomerSimulator(Protocol):
    """The practice sandbox's simulated customer, who sends the test message."""

    async def send_test_message(self, channel: Channel) -> None: ...


class DiagnosticsExporter(Protocol):
    """Writes the redacted diagnostics bundle to the chosen file (off the GUI thread)."""

    async def __call__(self, destination: Path) -> Path: ...


class LanguageChoice(Protocol):
    """The `language` setting behind Menu → Language (None: the system's language)."""

    current: str | None

    async def save(self, language: str | None) -> None: ...


@dataclass(frozen=True)
class OptionalServices:
    """What only some windows have; the pages that use one work without it."""

    simulated_customer: CustomerSimulator | None = None  # on the practice sandbox only
    export_diagnostics: DiagnosticsExporter | None = None
    # False when this computer has no keychain: secrets last only while the window is open.
    secrets_kept: bool = True
    language: LanguageChoice | None = None  # Menu → Language, when settings can be kept


class PageContext:
    """The services a page may use. The shell fills in the controller once it is built."""

    def __init__(
        self,
        tasks: TaskRunner,
        *,
        show_problem: Callable[[Problem], None],
        clear_problem: Callable[[], None],
        open_url: Callable[[str], None] = open_in_system_browser,
        services: OptionalServices | None = None,
        show_feedback: Callable[[str], None] | None = None,
    ) -> None:
        self.tasks = tasks
        self._show_problem = show_problem
        self._clear_problem = clear_problem
        # Every link and "Open again" goes through this: the app's own browser launcher.
        self.open_url = open_url
        self._show_feedback = show_feedback
        self.services = services or OptionalServices()
        self._controller: SetupController | None = None

    @property
    def controller(self) -> SetupController:
        if self._controller is None:
            raise RuntimeError("The wizard's controller is not ready yet.")
        return self._controller

    @property
    def has_controller(self) -> bool:
        return self._controller is not None

    def attach(self, controller: SetupController, services: OptionalServices | None = None) -> None:
        self._controller = controller
        if services is not None:
            self.services = services

    def show_problem(self, problem: Problem) -> None:
        """Show a Problem in the shell's banner (title, message, fix, folded details)."""
        self._show_problem(problem)

    def clear_problem(self) -> None:
        self._clear_problem()

    def copy_text(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self.show_feedback(translate("gui.page", "Copied"))

    def show_feedback(self, text: str) -> None:
        """A short confirmation ("Copied", "Saved") in the shell's status line, for a moment."""
        if self._show_feedback is not None:
            self._show_feedback(text)


class StepPage(QWidget):
    """One wizard page: its layout comes from `ui/<ui_name>.ui`, its objectName is the step id."""

    # The page's footer action changed (see `primary_action`).
    primary_changed = Signal()

    step: ClassVar[StepId]
    ui_name: ClassVar[str]

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(self.step.value)
        self.content = load_ui(self.ui_name, self)
        # Field name (as in `Problem.field`) -> the label that shows that field's error.
        self.field_errors: dict[str, QLabel] = {}

    def child(self, kind: type[W], name: str) -> W:
        """A widget of the .ui by objectName; a missing one is a bug in the .ui file."""
        found = self.findChild(kind, name)
        if found is None:
            raise LookupError(f"{self.ui_name}.ui has no {kind.__name__} named {name!r}")
        return found

    def slot(self, name: str) -> QVBoxLayout:
        """The layout of a placeholder widget in the .ui where Python adds a widget."""
        layout = self.child(QWidget, name).layout()
        if not isinstance(layout, QVBoxLayout):
            raise LookupError(f"{self.ui_name}.ui: {name!r} needs a vertical layout")
        return layout

    def render(self, state: WizardState) -> None:
        """Show `state`. Called when the page is entered and on every change while current."""

    def entered(self) -> None:
        """The page became current: start its loads here."""

    def left(self) -> None:
        """The page stopped being current: cancel what it started."""

    def primary_action(self) -> PrimaryAction | None:
        """The footer's filled button, when this page needs another word than "Continue"
        (for example "Start the test" or "Save"); None: Continue to the next step."""
        return None

    def main_control(self) -> QWidget | None:
        """Where focus lands when the page is entered: its first enabled field or choice.
        None (a page without fields) lets the shell focus the footer's primary button, or
        the page's first button while that waits. Pages may override this."""
        for widget in self.findChildren(QWidget):
            if (
                isinstance(widget, _INPUTS)
                and widget.isVisibleTo(self)
                and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and not (isinstance(widget, _TEXT_FIELDS) and _read_only(widget))
            ):
                return widget
        return None

    def field_problem(self, problem: Problem) -> bool:
        """Show a Problem at its field if this page has that field; True if it did."""
        label = self.field_errors.get(problem.field or "")
        if label is None:
            return False
        show_field_error(label, problem.message)
        return True

    def clear_field_errors(self) -> None:
        for label in self.field_errors.values():
            show_field_error(label, "")


# Fields and choices (not plain push buttons) that `main_control` may pick.
_TEXT_FIELDS = (QLineEdit, QTextEdit, QPlainTextEdit)
_INPUTS = (
    QCheckBox,
    QRadioButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QTextEdit,
    QPlainTextEdit,
    QAbstractItemView,
)


def _read_only(widget: QLineEdit | QTextEdit | QPlainTextEdit) -> bool:
    return widget.isReadOnly()


def show_field_error(label: QLabel, message: str) -> None:
    """A field's error text under it; hidden when empty. A screen reader hears it too."""
    label.setTextFormat(Qt.TextFormat.PlainText)  # may quote what the admin or a server typed
    label.setText(message)
    label.setVisible(bool(message))
    tie_field_message(label, message)
