"""The wizard's window: step indicator, header, page area, and a pinned footer.

The footer holds one filled primary button (its word comes from the page: "Continue",
"Start the test", "Save rule", "Finish"), a quiet Back, a small menu (text size, About,
Close), and one status line of fixed height (why the primary button waits, what is running,
"Copied"), so nothing on the page jumps. The content has a comfortable maximum width,
centred on wide windows.

The shell renders the controller's `WizardState` and forwards Back / Continue / Close and the
step list's clicks to it. Pages are built the first time they are shown. The first page
paints before the controller (and pydantic, the services, the network stack) is loaded:
`attach()` binds the controller once it exists.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QIcon,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hubspot_setup import APP_NAME
from hubspot_setup.flow.languages import NATIVE_NAMES
from hubspot_setup.flow.problems import Problem
from hubspot_setup.flow.steps import STEP_TITLES, Method, Mode, StepId, steps_for_method
from hubspot_setup.flow.words import format_number, translate
from hubspot_setup.gui.accessibility import install_accessibility, mark_heading
from hubspot_setup.gui.contrast import keep_text_readable
from hubspot_setup.gui.link_launcher import LinkLauncher
from hubspot_setup.gui.page import (
    LanguageChoice,
    OptionalServices,
    PageContext,
    PrimaryAction,
    StepPage,
)
from hubspot_setup.gui.plain_text import shows_server_text
from hubspot_setup.gui.tasks import TaskRunner
from hubspot_setup.gui.theme import (
    GRID,
    TITLE_SCALE,
    Tone,
    make_title,
    rescale_fonts,
    set_role,
    set_tone,
    style_sheet,
)
from hubspot_setup.gui.widgets.language_menu import LanguageMenu
from hubspot_setup.gui.widgets.problem_banner import ProblemBanner
from hubspot_setup.gui.widgets.step_rail import STEP_ROLE, StepRail, StepState

if TYPE_CHECKING:
    import asyncio

    from hubspot_setup.flow.controller import SetupController
    from hubspot_setup.flow.newer_version import NewerVersion
    from hubspot_setup.flow.state import WizardState

MIN_SIZE = (800, 600)
START_SIZE = (960, 680)
# Text zoom for a shared screen (Ctrl+Plus / Ctrl+Minus / Ctrl+0), as factors of the OS font.
ZOOM_STEPS = (0.9, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0)
# The content column's widest measure, in average characters of the body font.
CONTENT_MAX_CHARS = 120
FEEDBACK_MS = 2500


@dataclass
class WizardConfig:
    """How the window is set up; the controller may be attached later (after first paint)."""

    controller: SetupController | None = None
    loop: asyncio.AbstractEventLoop | None = None
    # Every link and "Open again": None means the app's own browser launcher (BROWSER, WSL).
    open_url: Callable[[str], None] | None = None
    # What only some windows have, e.g. the simulated customer on the sandbox.
    services: OptionalServices = field(default_factory=OptionalServices)
    # The practice sandbox's scenario: the window shows a "Practice mode" badge.
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


def app_icon() -> QIcon:
    """The app's icon (the same drawing the installers use)."""
    from hubspot_setup.paths import resources_dir  # noqa: PLC0415

    return QIcon(str(resources_dir() / "icons" / "app.svg"))


def _first_button(page: StepPage) -> QWidget:
    """The page's first button that can be pressed (e.g. "Sign in with your browser")."""
    for button in page.findChildren(QPushButton):
        if button.isVisibleTo(page) and button.isEnabled():
            return button
    return page


class SetupWizard(QDialog):
    """The top-level window of the assistant."""

    closed = Signal()

    def __init__(self, config: WizardConfig | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.config = config or WizardConfig()
        self.setObjectName("setupWizard")
        self.setWindowTitle(APP_NAME)
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.setWindowFlag(Qt.WindowType.WindowMinMaxButtonsHint, True)
        self.setMinimumSize(*MIN_SIZE)
        self.resize(*START_SIZE)
        self._zoom = ZOOM_STEPS.index(1.0)
        self._base_font = QFont(QApplication.font())
        self.setWindowIcon(app_icon())
        self._applying_style = False
        keep_text_readable()  # the OS palette's secondary text and links, raised to WCAG AA
        self._apply_style()

        self.links = LinkLauncher(self)
        self.links.failed.connect(self._link_not_opened)
        self.tasks = TaskRunner(self.config.loop, self)
        self.tasks.busy_changed.connect(self._show_busy)
        self.tasks.default_problem_handler = self.show_problem
        self.ctx = PageContext(
            self.tasks,
            show_problem=self.show_problem,
            clear_problem=self.clear_problem,
            open_url=self.config.open_url or self.links.open,
            services=self.config.services,
            show_feedback=self.show_feedback,
        )
        self._pages: dict[StepId, StepPage] = {}
        self._current: StepId | None = None
        self._unsubscribe: Callable[[], None] | None = None
        self._primary: PrimaryAction | None = None
        self._storage_notice = ""
        self._storage_notice_seen = False
        self._blocker_reason = ""
        self._newer_version: NewerVersion | None = None
        self._build()
        self._show_first_page()
        if self.config.controller is not None:
            self.attach(self.config.controller)

    # -- layout -----------------------------------------------------------------------

    def _build(self) -> None:
        self._build_header()
        self._build_status_line()
        self._build_buttons()
        self._build_shortcuts()
        self._arrange()

    def _build_header(self) -> None:
        install_accessibility()
        self.step_list = StepRail(self)
        self.step_list.setAccessibleName(translate("gui.wizard", "Setup steps"))
        self.step_list.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.step_list.itemActivated.connect(self._step_clicked)
        self.step_list.itemClicked.connect(self._step_clicked)

        self.step_counter = QLabel(self)
        self.step_counter.setObjectName("stepCounter")
        self.practice_badge = QLabel(translate("gui.wizard", "Practice mode"), self)
        self.practice_badge.setObjectName("practiceBadge")
        self.practice_badge.setAccessibleName(translate("gui.wizard", "Practice mode"))
        self.practice_badge.setAccessibleDescription(
            translate("gui.wizard", "Nothing here touches a real HubSpot portal or OpenCX account.")
        )
        scenario = self.config.sandbox_scenario
        self.practice_badge.setToolTip(
            translate(
                "gui.wizard",
                "Practice mode: nothing here touches a real HubSpot portal or OpenCX account. (%1)",
            ).arg(scenario)
            if scenario
            else translate(
                "gui.wizard",
                "Practice mode: nothing here touches a real HubSpot portal or OpenCX account.",
            )
        )
        self.practice_badge.setVisible(bool(self.config.sandbox_scenario))
        self.step_title = QLabel(self)
        self.step_title.setObjectName("stepTitle")
        self.step_title.setWordWrap(True)
        make_title(self.step_title, TITLE_SCALE)
        mark_heading(self.step_title)  # a screen reader says the page's title, as a heading

        self.banner = ProblemBanner(self)
        self.notice_bar = QFrame(self)
        self.notice_bar.setObjectName("noticeBar")
        self.notice_icon = QLabel(self.notice_bar)
        self.notice_icon.setObjectName("noticeIcon")
        self.notice_label = QLabel(self.notice_bar)
        self.notice_label.setObjectName("noticeLabel")
        self.notice_label.setWordWrap(True)
        self.notice_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        shows_server_text(self.notice_label)
        notice_layout = QHBoxLayout(self.notice_bar)
        notice_layout.setContentsMargins(0, 0, 0, 0)
        notice_layout.setSpacing(GRID)
        notice_layout.addWidget(self.notice_icon, 0, Qt.AlignmentFlag.AlignTop)
        notice_layout.addWidget(self.notice_label, 1)
        self.notice_bar.hide()

        self.stack = _PageStack(self)
        self.stack.setObjectName("pageStack")
        self.page_scroll = QScrollArea(self)
        self.page_scroll.setObjectName("pageScroll")
        self.page_scroll.setWidgetResizable(True)
        self.page_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.page_scroll.setWidget(self.stack)

    def _build_status_line(self) -> None:
        """One line of fixed height above the buttons: what runs, why Continue waits, or
        a short confirmation. Only one shows at a time; the line keeps its height."""
        self.status_line = QWidget(self)
        self.status_line.setObjectName("statusLine")
        self.busy_strip = QFrame(self.status_line)
        self.busy_strip.setObjectName("busyStrip")
        self.busy_progress = QProgressBar(self.busy_strip)
        self.busy_progress.setObjectName("busyProgress")
        self.busy_progress.setRange(0, 0)
        self.busy_progress.setTextVisible(False)
        self.busy_progress.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 6)
        self.busy_progress.setAccessibleName(translate("gui.wizard", "Working"))
        self.busy_label = QLabel(self.busy_strip)
        self.busy_label.setObjectName("busyLabel")
        self.busy_label.setWordWrap(True)
        self.busy_cancel = QPushButton(translate("gui.wizard", "&Cancel"), self.busy_strip)
        self.busy_cancel.setObjectName("busyCancelButton")
        self.busy_cancel.setAccessibleName(translate("gui.wizard", "Cancel what is running"))
        self.busy_cancel.setAutoDefault(False)
        self.busy_cancel.clicked.connect(self.tasks.cancel_busy)
        busy_layout = QHBoxLayout(self.busy_strip)
        busy_layout.setContentsMargins(GRID + 4, 2, 2, 2)
        busy_layout.setSpacing(GRID)
        busy_layout.addWidget(self.busy_progress)
        busy_layout.addWidget(self.busy_label, 1)
        busy_layout.addWidget(self.busy_cancel)
        self.busy_strip.hide()

        self.blocker_label = QLabel(self.status_line)
        self.blocker_label.setObjectName("blockerLabel")
        self.blocker_label.setWordWrap(True)
        self.blocker_label.hide()
        self.feedback_label = QLabel(self.status_line)
        self.feedback_label.setObjectName("feedbackLabel")
        set_tone(self.feedback_label, Tone.SUCCESS)
        self.feedback_label.hide()
        self._feedback_timer = QTimer(self)
        self._feedback_timer.setSingleShot(True)
        self._feedback_timer.setInterval(FEEDBACK_MS)
        self._feedback_timer.timeout.connect(self._end_feedback)

        status_layout = QVBoxLayout(self.status_line)
        status_layout.setContentsMargins(0, 0, 0, 0)
        status_layout.setSpacing(0)
        status_layout.addWidget(self.busy_strip)
        status_layout.addWidget(self.blocker_label)
        status_layout.addWidget(self.feedback_label)
        status_layout.addStretch(1)
        self._fit_status_line()

    def _build_menu(self) -> None:
        """Text size | Language (once the session can keep settings) | About, Close."""
        self.menu = QMenu(self.menu_button)
        self.language_menu: LanguageMenu | None = None  # once settings can be kept (attach)
        self.menu.setObjectName("shellMenu")
        self.zoom_in_action = QAction(translate("gui.wizard", "&Larger text"), self)
        self.zoom_in_action.setShortcut(QKeySequence(QKeySequence.StandardKey.ZoomIn))
        self.zoom_in_action.triggered.connect(lambda: self.zoom(+1))
        self.zoom_out_action = QAction(translate("gui.wizard", "&Smaller text"), self)
        self.zoom_out_action.setShortcut(QKeySequence(QKeySequence.StandardKey.ZoomOut))
        self.zoom_out_action.triggered.connect(lambda: self.zoom(-1))
        self.zoom_reset_action = QAction(translate("gui.wizard", "&Normal text size"), self)
        self.zoom_reset_action.setShortcut(QKeySequence("Ctrl+0"))
        self.zoom_reset_action.triggered.connect(lambda: self.zoom(0))
        self.about_action = QAction(translate("gui.wizard", "&About %1").arg(APP_NAME), self)
        self.about_action.setObjectName("aboutAction")
        self.about_action.triggered.connect(self.show_about)
        self.close_action = QAction(translate("gui.wizard", "&Close (your progress is kept)"), self)
        self.close_action.setObjectName("closeAction")
        self.close_action.triggered.connect(self.close)
        for action in (self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.menu.addAction(action)
            self.addAction(action)  # the shortcuts work while the menu is closed
        self.menu.addSeparator()
        self.menu.addAction(self.about_action)
        self.menu.addAction(self.close_action)
        self.menu_button.setMenu(self.menu)

    def _build_buttons(self) -> None:
        self.menu_button = QToolButton(self)
        self.menu_button.setObjectName("menuButton")
        self._menu_label = translate("gui.wizard", "☰  Menu")
        self.menu_button.setText(self._menu_label)
        self.menu_button.setAccessibleName(translate("gui.wizard", "Menu"))
        self.menu_button.setToolTip(translate("gui.wizard", "Text size, Language, About, Close"))
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self._build_menu()

        # A quiet link beside the menu once the release feed names a newer version.
        self.newer_version_button = QPushButton(self)
        self.newer_version_button.setObjectName("newerVersionButton")
        self.newer_version_button.setAutoDefault(False)
        self.newer_version_button.setCursor(Qt.CursorShape.PointingHandCursor)
        set_role(self.newer_version_button, "link")
        self.newer_version_button.clicked.connect(self._open_newer_version_page)
        self.newer_version_button.hide()

        self.back_button = QPushButton(translate("gui.wizard", "&Back"), self)
        self.back_button.setObjectName("backButton")
        self.back_button.setAccessibleName(translate("gui.wizard", "Back"))
        self.back_button.setAutoDefault(False)
        set_role(self.back_button, "quiet")
        self.back_button.clicked.connect(self._back)
        self.next_button = QPushButton(translate("gui.wizard", "Co&ntinue"), self)
        self.next_button.setObjectName("nextButton")
        self.next_button.setDefault(True)
        set_role(self.next_button, "primary")
        self.next_button.clicked.connect(self._primary_clicked)

    def _build_shortcuts(self) -> None:
        # Ctrl+= is Ctrl+Plus without Shift on most keyboards.
        equal = QShortcut(QKeySequence("Ctrl+="), self)
        equal.activated.connect(lambda: self.zoom(+1))

    def _arrange(self) -> None:
        heading = QHBoxLayout()
        heading.setSpacing(GRID)
        heading.addWidget(self.step_counter, 1)
        heading.addWidget(self.practice_badge, 0, Qt.AlignmentFlag.AlignRight)

        self.column = QWidget(self)
        self.column.setObjectName("contentColumn")
        self._column_layout = QVBoxLayout(self.column)
        self._column_layout.setSpacing(GRID)
        self._column_layout.addLayout(heading)
        self._column_layout.addWidget(self.step_title)
        self._column_layout.addWidget(self.notice_bar)
        self._column_layout.addWidget(self.banner)
        self._column_layout.addWidget(self.page_scroll, 1)

        buttons = QHBoxLayout()
        buttons.setSpacing(GRID)
        buttons.addWidget(self.menu_button)
        buttons.addWidget(self.newer_version_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        self.footer = QFrame(self)
        self.footer.setObjectName("footer")
        self._footer_layout = QVBoxLayout(self.footer)
        self._footer_layout.setSpacing(GRID // 2)
        self._footer_layout.addWidget(self.status_line)
        self._footer_layout.addLayout(buttons)
        # Resized, or a button's text changed: does the newer-version note still fit?
        self.footer.installEventFilter(self)

        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(GRID)
        right.addWidget(self.column, 1)
        right.addWidget(self.footer)

        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.step_list)
        outer.addLayout(right, 1)
        self.step_list.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self._fit_widths()

        # Tab order: the page first, then the footer; the step list last.
        QWidget.setTabOrder(self.next_button, self.back_button)
        QWidget.setTabOrder(self.back_button, self.menu_button)
        QWidget.setTabOrder(self.menu_button, self.newer_version_button)
        QWidget.setTabOrder(self.newer_version_button, self.step_list)

    def _fit_widths(self) -> None:
        """The step list fits its longest title in bold (long titles wrap on a narrow window
        or with large text); the content and the footer's buttons share one measure of
        comfortable reading, centred in what is left."""
        bold = QFont(self.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        widest = max(metrics.horizontalAdvance(t.text()) for t in STEP_TITLES.values())
        circle = round(metrics.height() * 1.5)
        rail = min(widest + circle + GRID * 6, round(max(self.width(), MIN_SIZE[0]) * 0.3))
        self.step_list.setFixedWidth(rail)
        measure = QFontMetrics(self.font()).averageCharWidth() * CONTENT_MAX_CHARS
        available = max(self.width(), MIN_SIZE[0]) - rail
        side = max(GRID * 4, (available - measure) // 2)
        self._column_layout.setContentsMargins(side, GRID * 3, side, 0)
        self._footer_layout.setContentsMargins(side, GRID // 2, side, GRID * 2)
        self._fit_status_line()

    def _fit_status_line(self) -> None:
        # Room for two lines of a reason or the busy strip, whichever is taller.
        lines = QFontMetrics(self.font()).lineSpacing() * 2
        self.status_line.setFixedHeight(max(lines, self.busy_strip.sizeHint().height()) + 2)

    def show_about(self) -> QMessageBox:
        """The version here is the one `--version` and the installers show: all three read
        the package metadata. Non-modal (`open`), so background work goes on meanwhile."""
        from hubspot_setup import __version__  # noqa: PLC0415 - metadata read on demand only

        box = QMessageBox(self)
        box.setObjectName("aboutBox")
        box.setWindowTitle(translate("gui.wizard", "About %1").arg(APP_NAME))
        box.setIconPixmap(app_icon().pixmap(QSize(64, 64), self.devicePixelRatioF()))
        box.setText(
            f"<b>{APP_NAME}</b><br>" + translate("gui.wizard", "Version %1").arg(__version__)
        )
        box.setInformativeText(
            translate(
                "gui.wizard",
                "Connects a HubSpot portal to OpenCX, the AI customer-support platform, "
                "through the same settings as the OpenCX dashboard.",
            )
        )
        if self._newer_version is not None:
            newer = self._newer_version
            box.setInformativeText(box.informativeText() + "\n\n" + newer.note + ".")
            box.setStandardButtons(QMessageBox.StandardButton.Ok)
            page = box.addButton(
                translate("gui.wizard", "Open the page about version %1").arg(newer.version),
                QMessageBox.ButtonRole.ActionRole,
            )
            page.setObjectName("aboutNewerVersionButton")
            page.setToolTip(newer.link_hint)
            page.clicked.connect(self._open_newer_version_page)
        # QMessageBox wraps its text far too narrow; widen the text labels, not the icon.
        box.setStyleSheet(
            "QLabel#qt_msgbox_label, QLabel#qt_msgbox_informativelabel { min-width: 22em; }"
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    # -- a newer version ---------------------------------------------------------------

    def check_for_newer_version(self, ask: Callable[[], Awaitable[NewerVersion | None]]) -> None:
        """Ask the release feed in the background; only a newer version shows, and quietly.
        Nothing waits on it and a failure says nothing (the service logs it)."""
        self.tasks.run(ask(), on_result=self.show_newer_version, on_problem=lambda _problem: None)

    def show_newer_version(self, newer: NewerVersion | None) -> None:
        self._newer_version = newer
        button = self.newer_version_button
        if newer is not None:
            button.setText(newer.note)
            button.setToolTip(newer.link_hint)
            button.setAccessibleName(newer.note)
            button.setAccessibleDescription(newer.link_hint)
        self._fit_footer()

    def _fit_footer(self) -> None:
        """The buttons keep their full width; what gives way is quieter. A long primary
        label (a longer language, larger text, a narrow window) first hides the note of a
        newer version (the About box says it in any case), then shortens "☰ Menu" to its
        icon (its accessible name and tooltip still say Menu). A squeezed primary button
        would clip its own label."""
        margins = self._footer_layout.contentsMargins()
        room = self.footer.width() - margins.left() - margins.right()

        def needed(*widgets: QWidget) -> int:
            shown = [widget for widget in widgets if not widget.isHidden()]
            return sum(widget.sizeHint().width() + GRID for widget in shown)

        buttons = (self.back_button, self.next_button)
        full_menu = self.menu_button.fontMetrics().horizontalAdvance(self._menu_label)
        icon_only = self.menu_button.fontMetrics().horizontalAdvance("☰")
        menu_width = self.menu_button.sizeHint().width()
        if self.menu_button.text() != self._menu_label:  # as wide as with its whole label
            menu_width += full_menu - icon_only
        self.menu_button.setText(
            self._menu_label if menu_width + needed(*buttons) + GRID <= room else "☰"
        )
        note = self.newer_version_button
        if self._newer_version is None:
            note.hide()
            return
        note.setVisible(
            note.sizeHint().width() + needed(self.menu_button, *buttons) + 2 * GRID <= room
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.footer and event.type() in (
            QEvent.Type.Resize,
            QEvent.Type.LayoutRequest,
        ):
            self._fit_footer()
        return super().eventFilter(watched, event)

    def _open_newer_version_page(self) -> None:
        """Only on the admin's click: the page opens in their browser; nothing downloads."""
        if self._newer_version is not None:
            self.ctx.open_url(self._newer_version.url)

    def _show_first_page(self) -> None:
        """Paint the welcome page at once, before the controller and its state exist."""
        from hubspot_setup.gui.pages.prerequisites import PrerequisitesPage  # noqa: PLC0415

        page = PrerequisitesPage(self.ctx)
        self._add_page(StepId.PREREQUISITES, page)
        self._make_current(page)
        self._fill_step_list(steps_for_method(Method.OAUTH), StepId.PREREQUISITES, (), ())
        self._show_title(StepId.PREREQUISITES, steps_for_method(Method.OAUTH))
        self.next_button.setEnabled(False)
        self.back_button.setEnabled(False)
        self.back_button.hide()
        self.blocker_label.hide()
        QTimer.singleShot(0, self, lambda: self._focus_page(page))

    # -- the controller ---------------------------------------------------------------

    @property
    def controller(self) -> SetupController:
        return self.ctx.controller

    def attach(
        self, controller: SetupController, *, services: OptionalServices | None = None
    ) -> None:
        """Bind the controller (and extra services): from now on the window shows its state."""
        if self._unsubscribe is not None:
            self._unsubscribe()
        self.ctx.attach(controller, services)
        if services is not None and services.language is not None:
            self._offer_languages(services.language)
        self._unsubscribe = controller.subscribe(self._render)
        self._render(controller.state)

    def _offer_languages(self, choice: LanguageChoice) -> None:
        """Menu → Language. The choice is kept as a setting and speaks from the next start:
        every page is built in one language."""
        if self.language_menu is None:
            # Text size | Language | About, Close
            self._language_slot = self.menu.insertSeparator(self.about_action)
        else:  # a new session: its own setting
            self.menu.removeAction(self.language_menu.menuAction())
            self.language_menu.deleteLater()
        self.language_menu = LanguageMenu(choice.current, self.menu)
        self.menu.insertMenu(self._language_slot, self.language_menu)

        menu = self.language_menu

        def not_kept(problem: Problem) -> None:
            self.show_problem(problem)
            menu.show_setting(choice.current)  # the tick goes back to what is saved

        def keep(language: str | None) -> None:
            self.tasks.run(
                choice.save(language),
                on_result=lambda _none: self.show_notice(_next_start_note(language)),
                on_problem=not_kept,
            )

        menu.chosen.connect(keep)

    def start(self) -> None:
        """Reopen where the admin stopped (checks the saved session with the backend)."""
        before = self.controller.state
        returning = before.current is not StepId.PREREQUISITES or len(before.visited) > 1
        self.tasks.run(
            self.controller.start(),
            busy=translate("gui.wizard", "Opening where you left off…"),
            cancellable=False,
            on_result=lambda _none: self._welcome_back(before) if returning else None,
        )

    def _welcome_back(self, before: WizardState) -> None:
        """After a restart: a greeting, and where the admin is (signing in again is normal)."""
        state = self.controller.state
        shown = self.notice_label.text() if self.notice_bar.isVisible() else ""
        text: str
        if state.mode is Mode.MANAGE:
            text = translate(
                "gui.wizard", "Welcome back. HubSpot is connected; here is its status."
            )
        elif state.answers.account is None and before.answers.account is not None:
            text = translate(
                "gui.wizard",
                "Welcome back. For your security, sign in to OpenCX again; then you carry on "
                "where you left off.",
            )
        else:
            text = translate("gui.wizard", "Welcome back. You are where you left off: %1.").arg(
                STEP_TITLES[state.current].text()
            )
        # The storage note, if it is showing, stays under the greeting.
        self.show_notice(f"{text}\n\n{shown}" if shown else text)

    # -- rendering --------------------------------------------------------------------

    def current_page(self) -> StepPage | None:
        return self._pages.get(self._current) if self._current else None

    def page(self, step: StepId) -> StepPage:
        """The page of `step`, built on first use."""
        page = self._pages.get(step)
        if page is None:
            page = _page_class(step)(self.ctx)
            self._add_page(step, page)
        return page

    def _add_page(self, step: StepId, page: StepPage) -> None:
        self._pages[step] = page
        self.stack.addWidget(page)
        page.primary_changed.connect(lambda page=page: self._page_primary_changed(page))
        if self._zoom != ZOOM_STEPS.index(1.0):
            rescale_fonts(page)

    def _make_current(self, page: StepPage) -> None:
        self.stack.setCurrentWidget(page)
        self.stack.updateGeometry()

    def _render(self, state: WizardState) -> None:
        from hubspot_setup.flow import navigation as nav  # noqa: PLC0415

        order = nav.steps(state)
        done = tuple(
            step for step in order if step in state.visited and nav.is_complete(state, step)
        )
        # A step the admin has seen that is not complete (left half-done, or no longer
        # complete after a restart) needs attention.
        attention = tuple(
            step
            for step in order
            if step in state.visited and step not in done and step != state.current
        )
        self._fill_step_list(order, state.current, done, attention)
        self._show_title(state.current, order)

        page = self.page(state.current)
        changed = state.current != self._current
        if changed:
            previous = self.current_page()
            if previous is not None:
                previous.left()
            self.clear_problem()
            self._end_feedback()
            if self._current is not None:
                self._hide_notice_after_first_step()
            self._current = state.current
            self._make_current(page)
            self.page_scroll.verticalScrollBar().setValue(0)
        page.render(state)
        if changed:
            page.entered()
        self._update_buttons(state)
        self._show_storage_notice(state.current)
        if changed:
            # After the page laid itself out: focus its main control.
            QTimer.singleShot(0, self, lambda page=page: self._focus_page(page))

    def _focus_page(self, page: StepPage) -> None:
        if page is not self.stack.currentWidget():
            return
        target = page.main_control()
        if target is None or not target.isEnabled() or not target.isVisibleTo(self):
            target = self.next_button if self.next_button.isEnabled() else _first_button(page)
        target.setFocus(Qt.FocusReason.TabFocusReason)
        if page.isAncestorOf(target):
            self.page_scroll.ensureWidgetVisible(target)

    def _fill_step_list(
        self,
        order: tuple[StepId, ...],
        current: StepId,
        done: tuple[StepId, ...],
        attention: tuple[StepId, ...],
    ) -> None:
        self.step_list.blockSignals(True)
        self.step_list.clear()
        for number, step in enumerate(order, start=1):
            state = (
                StepState.CURRENT
                if step == current
                else StepState.DONE
                if step in done
                else StepState.ATTENTION
                if step in attention
                else StepState.TODO
            )
            item = self.step_list.add_step(step.value, STEP_TITLES[step].text(), number, state)
            if step == current:
                self.step_list.setCurrentItem(item)
        self.step_list.blockSignals(False)

    def _show_title(self, step: StepId, order: tuple[StepId, ...]) -> None:
        self.step_title.setText(STEP_TITLES[step].text())
        if step in order and step is not StepId.MANAGE:
            self.step_counter.setText(
                translate("gui.wizard", "Step %1 of %2").arg(
                    format_number(order.index(step) + 1), format_number(len(order))
                )
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
        can_back = nav.can_go_back(state)
        self.back_button.setEnabled(can_back)
        self.back_button.setVisible(can_back)
        page = self.current_page()
        action = page.primary_action() if page is not None else None
        self._primary = action
        if action is not None:
            # The page's own button keeps the mnemonic (Alt+letter); here Enter presses it.
            self.next_button.setText(action.label.replace("&", ""))
        elif state.detour is not None:
            self.next_button.setText(translate("gui.wizard", "&Done"))
        elif last:
            self.next_button.setText(translate("gui.wizard", "&Finish"))
        else:
            self.next_button.setText(translate("gui.wizard", "Co&ntinue"))
        self.next_button.setAccessibleName(self.next_button.text().replace("&", ""))
        self.next_button.setVisible(
            action is not None or not (managing and state.current is StepId.MANAGE)
        )
        if action is not None:
            reason = "" if action.enabled else action.reason
            self.next_button.setEnabled(action.enabled)
        else:
            blocked = blocker is not None and not last
            self.next_button.setEnabled(not blocked)
            reason = blocker.reason if blocked and blocker is not None else ""
        self.next_button.setToolTip(reason)
        self._blocker_reason = reason
        self.blocker_label.setText(reason)
        self._refresh_status_line()

    def _page_primary_changed(self, page: StepPage) -> None:
        if page is self.current_page() and self.ctx.has_controller:
            self._update_buttons(self.controller.state)

    # -- intents ----------------------------------------------------------------------

    def _primary_clicked(self) -> None:
        action = self._primary
        if action is not None and action.run is not None:
            action.run()
            return
        self._next()

    def _next(self) -> None:
        if not self.ctx.has_controller:
            return
        if self.controller.state.current is StepId.SUMMARY:
            self._finish()
            return
        blocker = self.controller.next()
        if blocker is not None:
            self._blocker_reason = blocker.reason
            self.blocker_label.setText(blocker.reason)
            self._refresh_status_line()

    def _finish(self) -> None:
        """Finish: the next start opens the connection's status (manage mode)."""
        if self._unsubscribe is not None:  # closing: the manage page need not be built now
            self._unsubscribe()
            self._unsubscribe = None
        self.controller.finish()
        self.close()

    def _back(self) -> None:
        if self.ctx.has_controller:
            self.controller.back()

    def _step_clicked(self, item: QListWidgetItem) -> None:
        if not self.ctx.has_controller:
            return
        step = StepId(item.data(STEP_ROLE))
        if step == self.controller.state.current:
            return
        blocker = self.controller.go_to(step)
        if blocker is not None:
            self._render(self.controller.state)  # put the highlight back on the current step
            self._blocker_reason = blocker.reason
            self.blocker_label.setText(blocker.reason)
            self._refresh_status_line()

    # -- problems, notices, status line ---------------------------------------------------

    def show_problem(self, problem: Problem) -> None:
        """A page's field takes the problem if it has that field; otherwise the banner."""
        page = self.current_page()
        if page is not None and problem.field and page.field_problem(problem):
            return
        self.banner.show_problem(problem)

    def clear_problem(self) -> None:
        self.banner.clear()

    def show_notice(self, text: str, tone: Tone = Tone.INFO) -> None:
        """A plain note worth reading once, above the page (for example "Welcome back")."""
        self.notice_label.setText(text)
        icon = {
            Tone.INFO: QStyle.StandardPixmap.SP_MessageBoxInformation,
            Tone.SUCCESS: QStyle.StandardPixmap.SP_DialogApplyButton,
            Tone.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
            Tone.FAILURE: QStyle.StandardPixmap.SP_MessageBoxCritical,
        }[tone]
        size = self.fontMetrics().height()
        self.notice_icon.setPixmap(self.style().standardIcon(icon).pixmap(size, size))
        self.notice_bar.setVisible(bool(text))

    def show_storage_notice(self, text: str) -> None:
        """The note that secrets cannot be kept on this computer: shown where it matters,
        on the sign-in step, once."""
        self._storage_notice = text
        if self._current is not None:
            self._show_storage_notice(self._current)

    def _show_storage_notice(self, step: StepId) -> None:
        if not self._storage_notice or self._storage_notice_seen:
            return
        if step is StepId.SIGNIN:
            self.show_notice(self._storage_notice)
            self._storage_notice_seen = True

    def _hide_notice_after_first_step(self) -> None:
        """A greeting or note belongs to the page it was shown on."""
        self.show_notice("")

    def show_feedback(self, text: str) -> None:
        """A short confirmation ("Copied", "Saved") in the status line, for a moment."""
        self.feedback_label.setText("✓ " + text)
        self.feedback_label.setAccessibleName(text)
        self._feedback_timer.start()
        self._refresh_status_line()

    def _end_feedback(self) -> None:
        self.feedback_label.setText("")
        self._refresh_status_line()

    def _link_not_opened(self, url: str) -> None:
        QGuiApplication.clipboard().setText(url)
        self.show_notice(
            translate(
                "gui.wizard",
                "No browser could be opened on this computer, so the address was copied: "
                "paste it into your browser's address bar. %1",
            ).arg(url),
            Tone.WARNING,
        )

    def _show_busy(self, text: str, cancellable: bool) -> None:
        self.busy_label.setText(text)
        self.busy_cancel.setVisible(cancellable)
        self._refresh_status_line()

    def _refresh_status_line(self) -> None:
        """Busy first, then a confirmation, then why Continue waits: one at a time."""
        busy = bool(self.busy_label.text())
        feedback = bool(self.feedback_label.text()) and not busy
        self.busy_strip.setVisible(busy)
        self.feedback_label.setVisible(feedback)
        self.blocker_label.setVisible(bool(self._blocker_reason) and not busy and not feedback)

    # -- text zoom and light/dark -------------------------------------------------------

    @property
    def zoom_factor(self) -> float:
        return ZOOM_STEPS[self._zoom]

    def zoom(self, direction: int) -> None:
        """Larger (+1) or smaller (-1) text, or back to the OS's size (0)."""
        if direction == 0:
            self._zoom = ZOOM_STEPS.index(1.0)
        else:
            self._zoom = max(0, min(len(ZOOM_STEPS) - 1, self._zoom + direction))
        font = QFont(self._base_font)
        font.setPointSizeF(self._base_font.pointSizeF() * ZOOM_STEPS[self._zoom])
        # The application's font, not the window's: with a style sheet in effect Qt does not
        # pass a parent's font on to its children, but every widget follows the app's.
        QApplication.setFont(font)
        rescale_fonts(self)
        self.zoom_out_action.setEnabled(self._zoom > 0)
        self.zoom_in_action.setEnabled(self._zoom < len(ZOOM_STEPS) - 1)
        # The new font reaches the widgets through posted events: measure after them.
        QTimer.singleShot(0, self, self._after_zoom)

    def _after_zoom(self) -> None:
        # Re-polish with the style sheet: each widget takes the new font, also those the
        # application font change has not reached (the sheet resolves fonts itself).
        self.setStyleSheet("")
        self._apply_style()
        rescale_fonts(self)
        self._fit_widths()
        self.step_list.doItemsLayout()
        self._fit_status_line()

    def _apply_style(self) -> None:
        sheet = style_sheet(QApplication.palette())
        if self._applying_style:
            return
        self._applying_style = True
        try:
            if sheet == self.styleSheet():
                self.setStyleSheet("")  # the same text would not resolve palette() again
            self.setStyleSheet(sheet)
        finally:
            self._applying_style = False

    def event(self, event: QEvent) -> bool:
        # The OS switched between light and dark (Qt changed the application palette): the
        # style sheet's accents and its palette() colours are resolved again, once the
        # change has reached every widget.
        if event.type() == QEvent.Type.ApplicationPaletteChange and not self._applying_style:
            QTimer.singleShot(0, self, self._apply_style)
        return super().event(event)

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._fit_widths()

    # -- window events ----------------------------------------------------------------

    def reject(self) -> None:
        """Escape cancels what is running; it does not close the window by surprise."""
        self.tasks.cancel_busy()

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        self.links.route_desktop_links()

    def closeEvent(self, event: QCloseEvent) -> None:
        page = self.current_page()
        if page is not None:
            page.left()
        self.tasks.cancel_all()
        self.links.unroute_desktop_links()
        if self._zoom != ZOOM_STEPS.index(1.0):
            QApplication.setFont(self._base_font)  # the text size was this window's
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        # Not QDialog.closeEvent: that would call reject(), which only cancels work.
        event.accept()
        self.closed.emit()


def _next_start_note(language: str | None) -> str:
    if language is None:
        return translate(
            "gui.wizard",
            "Saved. The next time it opens, the assistant uses the language of this computer.",
        )
    return translate("gui.wizard", "Saved. The next time it opens, the assistant speaks %1.").arg(
        NATIVE_NAMES[language]
    )
