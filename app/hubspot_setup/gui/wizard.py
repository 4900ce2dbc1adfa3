"""The wizard's window: step list, header, page area, problem banner, busy strip, buttons.

The shell renders the controller's `WizardState` and forwards Back / Next / Close and the
step list's clicks to it. Pages are built the first time they are shown. The first page
paints before the controller (and pydantic, the services, the network stack) is loaded:
`attach()` binds the controller once it exists.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hubspot_setup import APP_NAME
from hubspot_setup.flow.problems import Problem
from hubspot_setup.flow.steps import STEP_TITLES, Method, Mode, StepId, steps_for_method
from hubspot_setup.gui.page import PageContext, StepPage, open_in_system_browser
from hubspot_setup.gui.tasks import TaskRunner
from hubspot_setup.gui.theme import STYLE_SHEET, make_title, set_role
from hubspot_setup.gui.widgets.problem_banner import ProblemBanner

if TYPE_CHECKING:
    import asyncio

    from hubspot_setup.flow.controller import SetupController
    from hubspot_setup.flow.state import WizardState

MIN_SIZE = (800, 600)
START_SIZE = (960, 680)


@dataclass
class WizardConfig:
    """How the window is set up; the controller may be attached later (after first paint)."""

    controller: SetupController | None = None
    loop: asyncio.AbstractEventLoop | None = None
    open_url: Callable[[str], None] = open_in_system_browser
    # Optional services for pages, e.g. "simulated_customer" on the sandbox.
    extras: Mapping[str, object] = field(default_factory=dict)
    # Shown in the title bar so a training session never mistakes the sandbox for production.
    sandbox_scenario: str | None = None


class _PageStack(QStackedWidget):
    """Sized by the current page only. A plain QStackedWidget is as tall as its tallest page,
    so a short page would be stretched (and scroll) to the height of a long one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    def sizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.sizeHint() if page is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:
        page = self.currentWidget()
        return page.minimumSizeHint() if page is not None else super().minimumSizeHint()

    def hasHeightForWidth(self) -> bool:
        page = self.currentWidget()
        return page.hasHeightForWidth() if page is not None else False

    def heightForWidth(self, width: int) -> int:
        page = self.currentWidget()
        return page.heightForWidth(width) if page is not None else -1


def _page_class(step: StepId) -> type[StepPage]:
    # The registry imports every page (and pydantic with them): only after the first paint.
    from hubspot_setup.gui.pages import PAGE_CLASSES  # noqa: PLC0415

    return PAGE_CLASSES[step]


class SetupWizard(QDialog):
    """The top-level window of the assistant."""

    closed = Signal()

    def __init__(self, config: WizardConfig | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.config = config or WizardConfig()
        self.setObjectName("setupWizard")
        title = APP_NAME
        if self.config.sandbox_scenario:
            title += self.tr(" (sandbox: %s)") % self.config.sandbox_scenario
        self.setWindowTitle(title)
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.setWindowFlag(Qt.WindowType.WindowMinMaxButtonsHint, True)
        self.setMinimumSize(*MIN_SIZE)
        self.resize(*START_SIZE)
        self.setStyleSheet(STYLE_SHEET)

        self.tasks = TaskRunner(self.config.loop, self)
        self.tasks.busy_changed.connect(self._show_busy)
        self.tasks.default_problem_handler = self.show_problem
        self.ctx = PageContext(
            self.tasks,
            show_problem=self.show_problem,
            clear_problem=self.clear_problem,
            open_url=self.config.open_url,
            extras=self.config.extras,
        )
        self._pages: dict[StepId, StepPage] = {}
        self._current: StepId | None = None
        self._unsubscribe: Callable[[], None] | None = None
        self._build()
        self._show_first_page()
        if self.config.controller is not None:
            self.attach(self.config.controller)

    # -- layout -----------------------------------------------------------------------

    def _build(self) -> None:
        self._build_header()
        self._build_busy_strip()
        self._build_buttons()
        self._arrange()

    def _build_header(self) -> None:
        self.step_list = QListWidget(self)
        self.step_list.setObjectName("stepList")
        self.step_list.setAccessibleName(self.tr("Setup steps"))
        self.step_list.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        # Wide enough for the longest step title in bold (the current one), plus its mark
        # and the item padding.
        bold = QFont(self.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        widest = max(metrics.horizontalAdvance(f"✓  {t}") for t in STEP_TITLES.values())
        self.step_list.setFixedWidth(widest + metrics.horizontalAdvance("M") * 4)
        self.step_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.step_list.setWordWrap(True)
        self.step_list.itemActivated.connect(self._step_clicked)
        self.step_list.itemClicked.connect(self._step_clicked)

        self.step_counter = QLabel(self)
        self.step_counter.setObjectName("stepCounter")
        set_role(self.step_counter, "muted")
        self.step_title = QLabel(self)
        self.step_title.setObjectName("stepTitle")
        self.step_title.setWordWrap(True)
        make_title(self.step_title, 1.6)
        self.step_title.setAccessibleName(self.tr("Step title"))

        self.banner = ProblemBanner(self)
        self.notice_label = QLabel(self)
        self.notice_label.setObjectName("noticeLabel")
        self.notice_label.setWordWrap(True)
        self.notice_label.setAccessibleName(self.tr("Note"))
        set_role(self.notice_label, "muted")
        self.notice_label.hide()

        self.stack = _PageStack(self)
        self.stack.setObjectName("pageStack")
        self.page_scroll = QScrollArea(self)
        self.page_scroll.setObjectName("pageScroll")
        self.page_scroll.setWidgetResizable(True)
        self.page_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.page_scroll.setWidget(self.stack)

        self.blocker_label = QLabel(self)
        self.blocker_label.setObjectName("blockerLabel")
        self.blocker_label.setWordWrap(True)
        self.blocker_label.setAccessibleName(self.tr("Why Next is not available yet"))

    def _build_busy_strip(self) -> None:
        self.busy_strip = QFrame(self)
        self.busy_strip.setObjectName("busyStrip")
        self.busy_progress = QProgressBar(self.busy_strip)
        self.busy_progress.setObjectName("busyProgress")
        self.busy_progress.setRange(0, 0)
        self.busy_progress.setTextVisible(False)
        self.busy_progress.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 8)
        self.busy_progress.setAccessibleName(self.tr("Working"))
        self.busy_label = QLabel(self.busy_strip)
        self.busy_label.setObjectName("busyLabel")
        self.busy_label.setWordWrap(True)
        self.busy_cancel = QPushButton(self.tr("&Cancel"), self.busy_strip)
        self.busy_cancel.setObjectName("busyCancelButton")
        self.busy_cancel.setAccessibleName(self.tr("Cancel what is running"))
        self.busy_cancel.setAutoDefault(False)
        self.busy_cancel.clicked.connect(self.tasks.cancel_busy)
        busy_layout = QHBoxLayout(self.busy_strip)
        busy_layout.setContentsMargins(12, 6, 8, 6)
        busy_layout.addWidget(self.busy_progress)
        busy_layout.addWidget(self.busy_label, 1)
        busy_layout.addWidget(self.busy_cancel)
        self.busy_strip.hide()

    def _build_buttons(self) -> None:
        self.close_button = QPushButton(self.tr("C&lose"), self)
        self.close_button.setObjectName("closeButton")
        self.close_button.setAccessibleName(self.tr("Close the assistant (your progress is kept)"))
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.close)
        self.about_button = QPushButton(self.tr("About"), self)  # no letter free on every page
        self.about_button.setObjectName("aboutButton")
        self.about_button.setAccessibleName(self.tr("About this assistant and its version"))
        self.about_button.setAutoDefault(False)
        self.about_button.clicked.connect(self.show_about)
        self.back_button = QPushButton(self.tr("< &Back"), self)
        self.back_button.setObjectName("backButton")
        self.back_button.setAccessibleName(self.tr("Back"))
        self.back_button.setAutoDefault(False)
        self.back_button.clicked.connect(self._back)
        self.next_button = QPushButton(self.tr("&Next >"), self)
        self.next_button.setObjectName("nextButton")
        self.next_button.setAccessibleName(self.tr("Next"))
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self._next)
        self.next_button.installEventFilter(self)

    def _arrange(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.about_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)

        main = QVBoxLayout()
        main.setContentsMargins(28, 22, 28, 18)
        main.setSpacing(10)
        main.addWidget(self.step_counter)
        main.addWidget(self.step_title)
        main.addWidget(self.notice_label)
        main.addWidget(self.banner)
        main.addWidget(self.page_scroll, 1)
        main.addWidget(self.busy_strip)
        main.addWidget(self.blocker_label)
        main.addLayout(buttons)

        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.step_list)
        outer.addLayout(main, 1)
        self.step_list.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)

        # Tab order: the page first, then the buttons; the step list last.
        QWidget.setTabOrder(self.next_button, self.back_button)
        QWidget.setTabOrder(self.back_button, self.close_button)
        QWidget.setTabOrder(self.close_button, self.about_button)
        QWidget.setTabOrder(self.about_button, self.step_list)

    def show_about(self) -> QMessageBox:
        """The version here is the one `--version` and the installers show: all three read
        the package metadata. Non-modal (`open`), so background work goes on meanwhile."""
        from hubspot_setup import __version__  # noqa: PLC0415 - metadata read on demand only

        box = QMessageBox(self)
        box.setObjectName("aboutBox")
        box.setWindowTitle(self.tr("About %s") % APP_NAME)
        box.setIcon(QMessageBox.Icon.Information)
        box.setText(f"<b>{APP_NAME}</b><br>" + self.tr("Version %s") % __version__)
        box.setInformativeText(
            self.tr(
                "Connects a HubSpot portal to OpenCX, the AI customer-support platform, "
                "through the same settings as the OpenCX dashboard."
            )
        )
        # QMessageBox wraps its text far too narrow; widen the text labels, not the icon.
        box.setStyleSheet(
            "QLabel#qt_msgbox_label, QLabel#qt_msgbox_informativelabel { min-width: 22em; }"
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def _show_first_page(self) -> None:
        """Paint the welcome page at once, before the controller and its state exist."""
        from hubspot_setup.gui.pages.prerequisites import PrerequisitesPage  # noqa: PLC0415

        page = PrerequisitesPage(self.ctx)
        self._pages[StepId.PREREQUISITES] = page
        self.stack.addWidget(page)
        self._make_current(page)
        self._fill_step_list(steps_for_method(Method.OAUTH), StepId.PREREQUISITES, ())
        self._show_title(StepId.PREREQUISITES, steps_for_method(Method.OAUTH))
        self.next_button.setEnabled(False)
        self.back_button.setEnabled(False)
        self.blocker_label.hide()

    # -- the controller ---------------------------------------------------------------

    @property
    def controller(self) -> SetupController:
        return self.ctx.controller

    def attach(
        self, controller: SetupController, *, extras: Mapping[str, object] | None = None
    ) -> None:
        """Bind the controller (and extra services): from now on the window shows its state."""
        if self._unsubscribe is not None:
            self._unsubscribe()
        self.ctx.attach(controller, extras)
        self._unsubscribe = controller.subscribe(self._render)
        self._render(controller.state)

    def start(self) -> None:
        """Reopen where the admin stopped (checks the saved session with the backend)."""
        self.tasks.run(
            self.controller.start(),
            busy=self.tr("Opening where you left off…"),
            cancellable=False,
        )

    # -- rendering --------------------------------------------------------------------

    def current_page(self) -> StepPage | None:
        return self._pages.get(self._current) if self._current else None

    def page(self, step: StepId) -> StepPage:
        """The page of `step`, built on first use."""
        page = self._pages.get(step)
        if page is None:
            page = _page_class(step)(self.ctx)
            self._pages[step] = page
            self.stack.addWidget(page)
        return page

    def _make_current(self, page: StepPage) -> None:
        self.stack.setCurrentWidget(page)
        self.stack.updateGeometry()

    def _render(self, state: WizardState) -> None:
        from hubspot_setup.flow import navigation as nav  # noqa: PLC0415

        order = nav.steps(state)
        done = tuple(
            step for step in order if step in state.visited and nav.is_complete(state, step)
        )
        self._fill_step_list(order, state.current, done)
        self._show_title(state.current, order)

        page = self.page(state.current)
        changed = state.current != self._current
        if changed:
            previous = self.current_page()
            if previous is not None:
                previous.left()
            self.clear_problem()
            self._current = state.current
            self._make_current(page)
            self.page_scroll.verticalScrollBar().setValue(0)
        page.render(state)
        if changed:
            page.entered()
        self._update_buttons(state)

    def _fill_step_list(
        self, order: tuple[StepId, ...], current: StepId, done: tuple[StepId, ...]
    ) -> None:
        self.step_list.blockSignals(True)
        self.step_list.clear()
        for step in order:
            # A mark of the same width on every row keeps the titles aligned.
            mark = (
                "✓  " if step in done and step != current else "•  " if step == current else "○  "
            )
            item = QListWidgetItem(mark + self.tr(STEP_TITLES[step]))
            item.setData(Qt.ItemDataRole.UserRole, step.value)
            state_text = (
                self.tr("current step")
                if step == current
                else self.tr("done")
                if step in done
                else self.tr("not done")
            )
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole, f"{self.tr(STEP_TITLES[step])}, {state_text}"
            )
            if step == current:
                font = QFont(self.step_list.font())
                font.setBold(True)
                item.setFont(font)
            self.step_list.addItem(item)
            if step == current:
                self.step_list.setCurrentItem(item)
        self.step_list.blockSignals(False)

    def _show_title(self, step: StepId, order: tuple[StepId, ...]) -> None:
        self.step_title.setText(self.tr(STEP_TITLES[step]))
        if step in order and step is not StepId.MANAGE:
            self.step_counter.setText(
                self.tr("Step %d of %d") % (order.index(step) + 1, len(order))
            )
        else:
            self.step_counter.setText("")
        # Manage mode has no step count: no empty line above the title.
        self.step_counter.setVisible(bool(self.step_counter.text()))

    def _update_buttons(self, state: WizardState) -> None:
        from hubspot_setup.flow import navigation as nav  # noqa: PLC0415

        blocker = nav.blocker(state)
        last = state.current is StepId.SUMMARY
        managing = state.mode is Mode.MANAGE and state.detour is None
        self.back_button.setEnabled(nav.can_go_back(state))
        if state.detour is not None:
            self.next_button.setText(self.tr("&Done"))
        elif last:
            self.next_button.setText(self.tr("&Finish"))
        else:
            self.next_button.setText(self.tr("&Next >"))
        self.next_button.setVisible(not (managing and state.current is StepId.MANAGE))
        blocked = blocker is not None and not last
        self.next_button.setEnabled(not blocked)
        reason = blocker.reason if blocked and blocker is not None else ""
        self.next_button.setToolTip(reason)
        self.blocker_label.setText(reason)
        self.blocker_label.setVisible(bool(reason))

    # -- intents ----------------------------------------------------------------------

    def _next(self) -> None:
        if not self.ctx.has_controller:
            return
        if self.controller.state.current is StepId.SUMMARY:
            self.close()
            return
        blocker = self.controller.next()
        if blocker is not None:
            self.blocker_label.setText(blocker.reason)
            self.blocker_label.show()

    def _back(self) -> None:
        if self.ctx.has_controller:
            self.controller.back()

    def _step_clicked(self, item: QListWidgetItem) -> None:
        if not self.ctx.has_controller:
            return
        step = StepId(item.data(Qt.ItemDataRole.UserRole))
        if step == self.controller.state.current:
            return
        blocker = self.controller.go_to(step)
        if blocker is not None:
            self.blocker_label.setText(blocker.reason)
            self.blocker_label.show()
            self._render(self.controller.state)  # put the highlight back on the current step

    # -- problems and busy state --------------------------------------------------------

    def show_problem(self, problem: Problem) -> None:
        """A page's field takes the problem if it has that field; otherwise the banner."""
        page = self.current_page()
        if page is not None and problem.field and page.field_problem(problem):
            return
        self.banner.show_problem(problem)

    def clear_problem(self) -> None:
        self.banner.clear()

    def show_notice(self, text: str) -> None:
        """A plain note worth reading once (for example about the keychain)."""
        self.notice_label.setText(text)
        self.notice_label.setVisible(bool(text))

    def _show_busy(self, text: str, cancellable: bool) -> None:
        self.busy_label.setText(text)
        self.busy_cancel.setVisible(cancellable)
        self.busy_strip.setVisible(bool(text))

    # -- window events ----------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Hovering a disabled Next says why it is disabled (the label under the page too).
        if (
            watched is self.next_button
            and event.type() == QEvent.Type.Enter
            and not self.next_button.isEnabled()
            and self.next_button.toolTip()
        ):
            self.blocker_label.show()
        return super().eventFilter(watched, event)

    def reject(self) -> None:
        """Escape cancels what is running; it does not close the window by surprise."""
        self.tasks.cancel_busy()

    def closeEvent(self, event: QCloseEvent) -> None:
        page = self.current_page()
        if page is not None:
            page.left()
        self.tasks.cancel_all()
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        # Not QDialog.closeEvent: that would call reject(), which only cancels work.
        event.accept()
        self.closed.emit()
