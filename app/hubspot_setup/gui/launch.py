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

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from hubspot_setup import APP_NAME, DISTRIBUTION
from hubspot_setup.gui.tasks import adopt_async_generators
from hubspot_setup.gui.window_focus import bring_forward
from hubspot_setup.gui.wizard import SetupWizard, WizardConfig, app_icon

# asyncio, qasync and everything behind the window load after the first paint.
# ruff: noqa: PLC0415

if TYPE_CHECKING:
    import asyncio

    from hubspot_setup.sandbox.server import RunningSandbox
    from hubspot_setup.services.settings import Settings
    from hubspot_setup.services.wiring import Services

log = logging.getLogger(__name__)


def build_window_for_benchmark() -> QWidget:
    """The window as a real launch first paints it (see benchmarks/startup.py)."""
    return SetupWizard(WizardConfig())


class Session:
    """What a running window needs behind it, built after the first paint, closed on quit."""

    def __init__(self, window: SetupWizard, args: argparse.Namespace) -> None:
        self.window = window
        self.args = args
        self.sandbox: RunningSandbox | None = None
        self.services: Services | None = None
        self.log_handler: logging.Handler | None = None
        import asyncio

        self.closed = asyncio.Event()
        window.closed.connect(self.closed.set)

    async def run(self) -> None:
        try:
            await self._start()
            await self.closed.wait()
        finally:
            await self._stop()

    async def _start(self) -> None:
        import asyncio

        # Imported here on purpose: after the first paint (see the module docstring).
        from hubspot_setup.flow.problems import Problem, ProblemKind
        from hubspot_setup.services.settings import SettingsError

        try:
            settings = await self._settings()
        except SettingsError as error:
            self.window.show_problem(
                Problem(
                    kind=ProblemKind.INVALID_INPUT,
                    title="A setting cannot be used",
                    message=str(error),
                    fix="Correct the option, the OPENCX_URL / HUBSPOT_API_URL variable or the "
                    "settings file, then start the assistant again.",
                )
            )
            return
        from hubspot_setup.services.logs import setup_logging
        from hubspot_setup.services.wiring import build_services

        self.log_handler = await asyncio.to_thread(setup_logging, level=settings.log_level_number)
        # Reading saved progress and opening the keychain are I/O: not on the GUI thread.
        self.services = await asyncio.to_thread(build_services, settings)
        from hubspot_setup.services.diagnostics_export import DiagnosticsExport

        extras: dict[str, object] = {
            "export_diagnostics": DiagnosticsExport(
                self.services.controller, self.services.secrets, settings=settings
            )
        }
        if self.sandbox is not None:
            from hubspot_setup.services.simulated_customer import SimulatedCustomer

            extras["simulated_customer"] = SimulatedCustomer(self.sandbox.base_url)
        storage_notice = getattr(self.services.secrets, "notice", None)
        # The sign-in page says where secrets are kept: not "in the keychain" when they cannot be.
        extras["secrets_kept"] = bool(getattr(self.services.secrets, "persistent", True))
        self.window.attach(self.services.controller, extras=extras)
        for notice in self.services.notices:
            if notice == storage_notice:
                self.window.show_storage_notice(notice)  # calmly, on the sign-in step
            else:
                self.window.show_notice(notice)
        self.window.start()

    async def _settings(self) -> Settings:
        import asyncio

        from hubspot_setup.services import settings as settings_module

        scenario = getattr(self.args, "sandbox_scenario", None)
        if scenario:
            from hubspot_setup.sandbox import start_sandbox

            self.sandbox = await asyncio.to_thread(start_sandbox, scenario)
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


def run_gui(args: argparse.Namespace, *, instance: str | None = None) -> int:
    """`opencx-hubspot-setup` without a subcommand: the wizard window.

    `instance` names the single-instance lock (tests use their own).
    """
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)  # noqa: S101 (a QCoreApplication cannot show windows)
    app.setApplicationName(DISTRIBUTION)
    app.setApplicationDisplayName(APP_NAME)
    use_platform_style(app)
    app.setWindowIcon(app_icon())

    from hubspot_setup.gui.single_instance import SingleInstance, instance_key

    guard = SingleInstance(instance or instance_key(DISTRIBUTION))
    if not guard.claim():
        print(f"{APP_NAME} is already open; it was brought to the front.", file=sys.stderr)
        return 0

    import asyncio

    import qasync

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    restore_hooks = adopt_async_generators(loop)
    scenario = getattr(args, "sandbox_scenario", None)
    window = SetupWizard(WizardConfig(loop=loop, sandbox_scenario=scenario))
    guard.activated.connect(lambda: bring_forward(window))
    window.show()
    session = Session(window, args)
    app.setQuitOnLastWindowClosed(False)  # the session ends the loop once it has cleaned up
    try:
        with loop:
            started = loop.create_future()
            QTimer.singleShot(0, lambda: started.set_result(None))  # after the first paint
            loop.run_until_complete(_after(started, session.run()))
    finally:
        restore_hooks()
        guard.release()
    return 0


async def _after(started: asyncio.Future[None], work: Coroutine[Any, Any, None]) -> None:
    await started
    await work
