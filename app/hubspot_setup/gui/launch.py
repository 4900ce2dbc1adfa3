"""Start the wizard: one instance, the window painted first, then the services behind it.

The window shows its first page before anything heavy is imported (pydantic models, httpx,
keyring, the sandbox's web stack): those load right after the first paint, off the GUI thread
where they touch files or the keychain. On quit the services close their connections and an
embedded sandbox stops.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Coroutine
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from hubspot_setup import APP_NAME, DISTRIBUTION
from hubspot_setup.flow.words import translate
from hubspot_setup.gui.first_paint_report import report_first_paint_if_asked
from hubspot_setup.gui.loop_internals import adopt_async_generators
from hubspot_setup.gui.theme import Tone
from hubspot_setup.gui.window_focus import bring_forward
from hubspot_setup.gui.wizard import SetupWizard, WizardConfig, app_icon

# asyncio, qasync and everything behind the window load after the first paint.
# ruff: noqa: PLC0415

if TYPE_CHECKING:
    import asyncio

    from hubspot_setup.gui.crash_dialog import CrashReporter
    from hubspot_setup.gui.page import OptionalServices
    from hubspot_setup.sandbox.server import RunningSandbox
    from hubspot_setup.services.settings import Settings
    from hubspot_setup.services.wiring import Services
    from hubspot_setup.services.writer_lock import WriterLock

log = logging.getLogger(__name__)


class _SandboxNotStarted(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def build_window_for_benchmark() -> QWidget:
    """The window as a real launch first paints it (see benchmarks/startup.py): its language
    chosen and installed first."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)  # noqa: S101 (the benchmark made one)
    speak_chosen_language(app, argparse.Namespace())
    return SetupWizard(WizardConfig())


class Session:
    """What a running window needs behind it, built after the first paint, closed on quit."""

    def __init__(self, window: SetupWizard, args: argparse.Namespace) -> None:
        self.window = window
        self.args = args
        self.crash_reporter: CrashReporter | None = None
        self.sandbox: RunningSandbox | None = None
        self.services: Services | None = None
        self.log_handler: logging.Handler | None = None
        self.writer_lock: WriterLock | None = None
        import asyncio

        self.closed = asyncio.Event()
        window.closed.connect(self.closed.set)

    async def run(self) -> None:
        from hubspot_setup.gui.crash_dialog import install_crash_reporting

        try:
            # After the first paint (its imports cost ~14 ms), before anything can go wrong.
            self.crash_reporter = install_crash_reporting(self.window)
            await self._start()
            await self.closed.wait()
        finally:
            await self._stop()

    async def _start(self) -> None:
        import asyncio

        # Imported here on purpose: after the first paint (see the module docstring).
        from hubspot_setup.services.problem_texts import (
            another_writer_running,
            sandbox_not_started,
            setting_unusable,
        )
        from hubspot_setup.services.settings import SettingsError

        try:
            settings = await self._settings()
        except SettingsError as error:
            self.window.show_problem(setting_unusable(str(error)))
            return
        except _SandboxNotStarted as error:  # an unknown scenario, a busy port
            self.window.show_problem(sandbox_not_started(error.reason))
            return
        from hubspot_setup.services.file_writes import LocalFileError
        from hubspot_setup.services.logs import setup_logging
        from hubspot_setup.services.wiring import build_services
        from hubspot_setup.services.writer_lock import Writer, WriterBusy, WriterLock

        # One writer at a time: while `apply` runs for this profile the window changes nothing.
        lock = WriterLock()
        try:
            await asyncio.to_thread(lock.acquire, Writer.WINDOW)
        except WriterBusy as busy:
            self.window.show_problem(another_writer_running(busy.holder.sentence))
            return
        except LocalFileError as error:
            log.warning("No writer lock: %s", error.sentence)  # the notices below say why
        else:
            self.writer_lock = lock
        local_notices: list[str] = []
        try:
            self.log_handler = await asyncio.to_thread(
                setup_logging, level=settings.log_level_number
            )
        except LocalFileError as error:
            local_notices.append(
                translate("gui.launch", "%1 This session keeps no log.").arg(error.sentence)
            )
        # Reading saved progress and opening the keychain are I/O: not on the GUI thread.
        self.services = await asyncio.to_thread(build_services, settings, background_saves=True)
        storage_notice = getattr(self.services.secrets, "notice", None)
        optional = self._optional_services(settings)
        self.window.attach(self.services.controller, services=optional)
        if self.crash_reporter is not None:
            self.crash_reporter.save = optional.export_diagnostics

        def progress_unsaved(sentence: str) -> str:
            return translate(
                "gui.launch",
                "%1 The setup works, but closing the assistant loses your place.",
            ).arg(sentence)

        try:
            await asyncio.to_thread(self.services.progress.check_writable)
        except LocalFileError as error:
            local_notices.append(progress_unsaved(error.sentence))
        # A write that fails later (a full disk) is said once, as the folder check says it.
        self.services.saver.on_failure(
            lambda sentence: self.window.show_notice(progress_unsaved(sentence), Tone.WARNING)
        )
        for notice in self.services.notices:
            if notice == storage_notice:
                self.window.show_storage_notice(notice)  # calmly, on the sign-in step
            else:
                self.window.show_notice(notice)
        for notice in local_notices:
            self.window.show_notice(notice, Tone.WARNING)
        self.window.start()
        from hubspot_setup.services.release_feed import ReleaseFeed

        feed = ReleaseFeed(settings.opencx_url, self.services.http)
        self.window.check_for_newer_version(feed.newer_version)  # quiet, once per start

    def _optional_services(self, settings: Settings) -> OptionalServices:
        from hubspot_setup.gui.page import OptionalServices
        from hubspot_setup.services.diagnostics_export import DiagnosticsExport
        from hubspot_setup.services.settings import SavedLanguage
        from hubspot_setup.services.simulated_customer import SimulatedCustomer

        assert self.services is not None  # noqa: S101 (built just before)
        return OptionalServices(
            simulated_customer=(
                SimulatedCustomer(self.sandbox.base_url) if self.sandbox is not None else None
            ),
            export_diagnostics=DiagnosticsExport(
                self.services.controller, self.services.secrets, settings=settings
            ),
            # The sign-in page says where secrets are kept: not "in the keychain" without one.
            secrets_kept=bool(getattr(self.services.secrets, "persistent", True)),
            language=SavedLanguage(settings.language, getattr(self.args, "settings_file", None)),
        )

    async def _settings(self) -> Settings:
        import asyncio

        from hubspot_setup.services import settings as settings_module

        scenario = getattr(self.args, "sandbox_scenario", None)
        if scenario:
            from hubspot_setup.sandbox import start_sandbox
            from hubspot_setup.sandbox.scenario import ScenarioError
            from hubspot_setup.sandbox.server import SandboxStartError

            try:
                self.sandbox = await asyncio.to_thread(start_sandbox, scenario)
            except (ScenarioError, SandboxStartError) as error:
                raise _SandboxNotStarted(str(error)) from None
            self.args.opencx_url = self.sandbox.opencx_url
            self.args.hubspot_api_url = self.sandbox.hubspot_api_url
        return settings_module.from_args(self.args)

    async def _stop(self) -> None:
        import asyncio

        if self.services is not None:
            await self.services.aclose()
        if self.sandbox is not None:
            await asyncio.to_thread(self.sandbox.stop)
        if self.log_handler is not None:
            from hubspot_setup.services.logs import close_logging

            close_logging(self.log_handler)
        if self.writer_lock is not None:
            self.writer_lock.release()
        await asyncio.get_running_loop().shutdown_asyncgens()


# Styles that are the platform's own; anything else on Windows or macOS is a fallback.
_NATIVE_STYLES = ("windows11", "windowsvista", "macos")


def use_platform_style(app: QApplication) -> str:
    """The platform's own look on Windows and macOS (Qt picks it); Fusion only where Qt has
    no native style to offer (the bare "Windows" fallback, e.g. Linux without a desktop
    theme). Returns the style in use."""
    name = app.style().name().lower()
    native = sys.platform in ("win32", "darwin") and name in _NATIVE_STYLES
    if not native and name not in ("fusion", "breeze", "oxygen", "kvantum", "adwaita"):
        app.setStyle("Fusion")
    return app.style().name()


def speak_chosen_language(app: QApplication, args: argparse.Namespace) -> None:
    """Install the language before the first sentence is made: `--language`, the setting,
    else the system's. Its catalogues and the settings file are read here, before the window
    exists (nothing waits to be painted yet), because every text of the window needs them."""
    from hubspot_setup.services.translations import speak_as_asked

    speak_as_asked(args, app)


def run_gui(args: argparse.Namespace, *, instance: str | None = None) -> int:
    """`opencx-hubspot-setup` without a subcommand: the wizard window.

    `instance` names the single-instance lock (tests use their own).
    """
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)  # noqa: S101 (a QCoreApplication cannot show windows)
    app.setApplicationName(DISTRIBUTION)
    app.setApplicationDisplayName(APP_NAME)
    # Wayland's app id and the desktop entry's name (packaging/linux/<this>.desktop): the shell
    # and software centres then show the entry's name and icon for this window.
    app.setDesktopFileName(DISTRIBUTION)
    use_platform_style(app)
    app.setWindowIcon(app_icon())
    speak_chosen_language(app, args)

    from hubspot_setup.gui.single_instance import SingleInstance, instance_key
    from hubspot_setup.services.settings import config_dir

    # Per settings folder: another profile's window is neither woken nor in the way.
    guard = SingleInstance(instance or instance_key(DISTRIBUTION, config_dir()))
    if not guard.claim():
        already_open = translate("gui.launch", "%1 is already open; it was brought to the front.")
        print(already_open.arg(APP_NAME), file=sys.stderr)
        return 0

    import asyncio

    import qasync

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    restore_hooks = adopt_async_generators(loop)
    scenario = getattr(args, "sandbox_scenario", None)
    window = SetupWizard(WizardConfig(loop=loop, sandbox_scenario=scenario))
    guard.activated.connect(lambda: bring_forward(window))
    painted: asyncio.Future[None] = loop.create_future()
    _FirstPaintGate(window, painted)
    report_first_paint_if_asked(window)  # only for `make bench` (reports before the session)
    window.show()
    session = Session(window, args)
    app.setQuitOnLastWindowClosed(False)  # the session ends the loop once it has cleaned up
    try:
        with loop:
            loop.run_until_complete(_after(painted, session.run()))
    finally:
        restore_hooks()
        if session.crash_reporter is not None:
            session.crash_reporter.uninstall()  # a clean end: nothing says "crashed" next time
        guard.release()
    return 0


class _FirstPaintGate(QObject):
    """Resolves `painted` once the window's first paint has been handled.

    The session's first steps import the HTTP stack and pydantic (about 350 ms): they must not
    run before the admin sees the window. A zero timer is not enough (it can fire before the
    paint event is handled); a window that never paints (started minimised) goes on after
    `_PAINT_WAIT_MS` all the same.
    """

    def __init__(self, window: QWidget, painted: asyncio.Future[None]) -> None:
        super().__init__(window)
        self._painted = painted
        window.installEventFilter(self)
        QTimer.singleShot(_PAINT_WAIT_MS, self, self._resolve)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._resolve)  # once this paint is on screen
        return False

    def _resolve(self) -> None:
        if not self._painted.done():
            self._painted.set_result(None)


_PAINT_WAIT_MS = 1000


async def _after(started: asyncio.Future[None], work: Coroutine[Any, Any, None]) -> None:
    await started
    await work
