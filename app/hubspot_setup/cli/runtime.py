"""What the unattended commands share: settings, the optional sandbox, the services, the
controller, the log, and closing them all again, whatever happens."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import ipaddress
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from hubspot_setup.cli.answers_input import OPENCX_API_KEY_LABEL, PRIVATE_APP_TOKEN_LABEL
from hubspot_setup.cli.connection_options import settings_from
from hubspot_setup.cli.exit_codes import CommandFailed, ExitCode
from hubspot_setup.flow.controller import SetupController
from hubspot_setup.flow.ports import SecretStore
from hubspot_setup.flow.words import Phrase
from hubspot_setup.services import logs
from hubspot_setup.services.browser import reap_launchers
from hubspot_setup.services.file_writes import LocalFileError
from hubspot_setup.services.problem_texts import (
    another_writer_running,
    folder_not_writable,
    sandbox_not_started,
)
from hubspot_setup.services.progress import FileProgressStore
from hubspot_setup.services.settings import Settings
from hubspot_setup.services.wiring import Services, build_services
from hubspot_setup.services.writer_lock import Writer, WriterBusy, WriterLock

if TYPE_CHECKING:
    from hubspot_setup.sandbox.server import RunningSandbox

SANDBOX_OPENCX_SUFFIX = "/opencx"
LAUNCHER_GRACE_S = 2.0


@dataclass
class Runtime:
    settings: Settings
    services: Services
    # The sandbox's root address when running against one on this computer.
    sandbox_url: str | None
    log_files: tuple[Path, ...]
    # The practice secrets of a sandbox this command started (`--sandbox`), by what they are.
    practice_secrets: dict[Phrase, str] = field(default_factory=dict)

    @property
    def controller(self) -> SetupController:
        return self.services.controller

    @property
    def secrets(self) -> SecretStore:
        return self.services.secrets


@contextlib.asynccontextmanager
async def command_runtime(
    args: argparse.Namespace, *, writes: bool = False
) -> AsyncIterator[Runtime]:
    """Build everything a command needs; close it all on the way out.

    `writes` (apply): take the one-writer lock first, so a second writer stops before it
    changes anything; read-only commands never wait on it. A log or data folder that cannot
    be written stops every command before it starts, with one sentence naming the folder."""
    settings = settings_from(args)
    with _local_files_problem():
        handler = logs.setup_logging(level=settings.log_level_number)
    log_file = logs.log_dir() / logs.LOG_FILE
    async with contextlib.AsyncExitStack() as stack:
        stack.callback(logs.close_logging, handler)
        with _local_files_problem():
            FileProgressStore().check_writable()
            if writes:
                stack.enter_context(_writer_lock())
        sandbox_url = _sandbox_root(settings.opencx_url)
        scenario = getattr(args, "sandbox_scenario", None)
        practice: dict[Phrase, str] = {}
        if scenario:
            running = await _start_sandbox(scenario)
            # Stopping waits for the server thread: off the event loop.
            stack.push_async_callback(asyncio.to_thread, running.stop)
            settings = replace(
                settings,
                opencx_url=running.opencx_url,
                hubspot_api_url=running.hubspot_api_url,
                sandbox_scenario=scenario,
            )
            sandbox_url = running.base_url
            practice = {
                OPENCX_API_KEY_LABEL: running.api_key,
                PRIVATE_APP_TOKEN_LABEL: running.legacy_private_app_token,
            }
        # Last out: give browser launchers that already handed the address over a moment
        # to exit, so none is left behind as a zombie of this short-lived command.
        stack.push_async_callback(asyncio.to_thread, reap_launchers, LAUNCHER_GRACE_S)
        services = build_services(settings)
        stack.push_async_callback(services.aclose)
        yield Runtime(settings, services, sandbox_url, (log_file,), practice)


@contextlib.contextmanager
def _writer_lock() -> Iterator[WriterLock]:
    lock = WriterLock()
    try:
        lock.acquire(Writer.APPLY)
    except WriterBusy as busy:
        raise CommandFailed(
            another_writer_running(busy.holder.sentence),
            ExitCode.BUSY,
        ) from None
    with lock:
        yield lock


@contextlib.contextmanager
def _local_files_problem() -> Iterator[None]:
    try:
        yield
    except LocalFileError as error:
        raise CommandFailed(
            folder_not_writable(error.sentence),
            ExitCode.LOCAL_FILES,
        ) from None


async def _start_sandbox(scenario: str) -> RunningSandbox:
    from hubspot_setup.sandbox import start_sandbox  # noqa: PLC0415 (heavy)
    from hubspot_setup.sandbox.scenario import ScenarioError  # noqa: PLC0415
    from hubspot_setup.sandbox.server import SandboxStartError  # noqa: PLC0415

    try:
        return await asyncio.to_thread(start_sandbox, scenario)
    except (ScenarioError, SandboxStartError) as error:
        raise CommandFailed(
            sandbox_not_started(str(error)),
            ExitCode.USAGE,
        ) from None


def _sandbox_root(opencx_url: str) -> str | None:
    """The sandbox's root when the OpenCX URL is a sandbox on this computer, else None."""
    parts = urlsplit(opencx_url)
    host = parts.hostname or ""
    try:
        loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = False
    if not loopback or not parts.path.rstrip("/").endswith(SANDBOX_OPENCX_SUFFIX):
        return None
    return opencx_url.rstrip("/").removesuffix(SANDBOX_OPENCX_SUFFIX)
