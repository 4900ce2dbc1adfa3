"""Builds the controller the GUI and the CLI drive, with the real services behind it."""

from __future__ import annotations

import linecache
import weakref
from dataclasses import dataclass

import httpx

from hubspot_setup.flow.controller import SetupController
from hubspot_setup.flow.ports import SecretStore
from hubspot_setup.services.browser_flow import BrowserFlow, OpenBrowser
from hubspot_setup.services.http import make_http_client
from hubspot_setup.services.hubspot import HubSpotClient
from hubspot_setup.services.hubspot_port import HubSpotService
from hubspot_setup.services.opencx import OpenCXClient
from hubspot_setup.services.opencx_port import OpenCXService
from hubspot_setup.services.progress import FileProgressStore
from hubspot_setup.services.progress_saver import ProgressSaver
from hubspot_setup.services.retry import RetryPolicy
from hubspot_setup.services.secrets import KeychainWorker, KeyringSecretStore
from hubspot_setup.services.settings import Settings


@dataclass
class Services:
    """Everything built for one session; `aclose()` it when the session ends."""

    controller: SetupController
    opencx: OpenCXService
    hubspot: HubSpotService
    secrets: SecretStore
    progress: FileProgressStore
    http: httpx.AsyncClient
    browser: BrowserFlow
    # The controller's doors to the disk and the keychain (both awaited off the loop's thread).
    saver: ProgressSaver
    keychain: KeychainWorker
    notices: tuple[str, ...] = ()  # plain-words notes to show once (keychain, progress)

    async def aclose(self) -> None:
        self.browser.cancel()
        await self.http.aclose()
        await self.saver.aclose()  # the last progress is on disk before the window goes


def build_services(
    settings: Settings,
    *,
    secrets: SecretStore | None = None,
    progress: FileProgressStore | None = None,
    open_browser: OpenBrowser | None = None,
    http: httpx.AsyncClient | None = None,
    retry: RetryPolicy | None = None,
    browser_timeout_s: float = 300.0,
    background_saves: bool = False,
) -> Services:
    """Wire settings, keyring, saved progress and clients into a `SetupController`.

    Saved progress is restored through `FileProgressStore.load()`; a notice from it (or
    from a keyring that cannot keep secrets) lands in `Services.notices`.
    `background_saves` (the window) writes progress from a worker thread a moment after each
    change; without it (commands) every change is written at once.
    """
    _release_module_sources()  # the services' imports are done: before the session allocates
    notices: list[str] = []
    store = secrets if secrets is not None else KeyringSecretStore()
    notice = getattr(store, "notice", None)
    if isinstance(notice, str):
        notices.append(notice)
    saved = progress if progress is not None else FileProgressStore()
    loaded = saved.load()
    if loaded.notice:
        notices.append(loaded.notice)
    client = http if http is not None else make_http_client()
    browser = (
        BrowserFlow(open_browser=open_browser, timeout_s=browser_timeout_s)
        if open_browser is not None
        else BrowserFlow(timeout_s=browser_timeout_s)
    )
    keychain = KeychainWorker(store)
    saver = ProgressSaver(saved, background=background_saves)
    opencx = OpenCXService(
        OpenCXClient(settings.opencx_url, client, retry=retry), keychain, browser
    )
    hubspot = HubSpotService(HubSpotClient(settings.hubspot_api_url, client, retry=retry))
    controller = SetupController(opencx, hubspot, keychain, saver, loaded.state)
    return Services(
        controller=controller,
        opencx=opencx,
        hubspot=hubspot,
        secrets=store,
        progress=saved,
        http=client,
        browser=browser,
        saver=saver,
        keychain=keychain,
        notices=tuple(notices),
    )


def _release_module_sources() -> None:
    """Free the module sources PySide's import hook left in `linecache` (~15 MiB).

    In the window's process shiboken wraps `__import__` and reads the whole source of every
    module imported after PySide6 (`inspect.getsource`, looking for "PySide6" for its
    `__feature__` switch); `linecache` then keeps every line for good. Once the services'
    imports (pydantic, httpx, keyring, asyncio) are done the lines can go, and what the session
    allocates next reuses their memory instead of growing the process. A traceback re-reads
    the few files it shows. Without PySide (the CLI) the cache is nearly empty anyway.
    """
    linecache.clearcache()


# The services behind each controller made by `build_controller`, so they can be closed.
_OWNERS: weakref.WeakKeyDictionary[SetupController, Services] = weakref.WeakKeyDictionary()


def build_controller(
    settings: Settings,
    *,
    secrets: SecretStore | None = None,
    progress: FileProgressStore | None = None,
    open_browser: OpenBrowser | None = None,
) -> SetupController:
    """The controller alone; close its connections with `aclose_controller` when done.
    (`build_services` gives the controller together with everything behind it.)"""
    services = build_services(
        settings, secrets=secrets, progress=progress, open_browser=open_browser
    )
    _OWNERS[services.controller] = services
    return services.controller


async def aclose_controller(controller: SetupController) -> None:
    services = _OWNERS.pop(controller, None)
    if services is not None:
        await services.aclose()
