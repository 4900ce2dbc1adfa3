"""Wiring: the controller is built from settings, restores progress, reports notices."""

from __future__ import annotations

import linecache

import keyring
import pytest
from keyring.backends import null

from fixtures.secrets import UserDirs
from hubspot_setup.flow.state import WizardState
from hubspot_setup.flow.steps import StepId
from hubspot_setup.services.progress import FileProgressStore
from hubspot_setup.services.secrets import NOT_SAVED_NOTICE, KeyringSecretStore
from hubspot_setup.services.settings import Settings
from hubspot_setup.services.wiring import aclose_controller, build_controller, build_services


async def test_saved_progress_is_restored(
    user_dirs: UserDirs, secret_store: KeyringSecretStore
) -> None:
    saved = WizardState(current=StepId.SIGNIN, visited=(StepId.PREREQUISITES, StepId.SIGNIN))
    FileProgressStore().save(saved)
    controller = build_controller(Settings(), secrets=secret_store)
    try:
        assert controller.state == saved
    finally:
        await aclose_controller(controller)


async def test_without_a_secure_keychain_the_admin_is_told(
    user_dirs: UserDirs, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(keyring, "get_keyring", null.Keyring)
    services = build_services(Settings())
    try:
        assert NOT_SAVED_NOTICE.text() in services.notices
        assert isinstance(services.secrets, KeyringSecretStore)
        assert not services.secrets.persistent
        assert services.controller.state == WizardState()
    finally:
        await services.aclose()
    assert services.http.is_closed


async def test_module_sources_cached_during_imports_are_released(
    user_dirs: UserDirs, secret_store: KeyringSecretStore
) -> None:
    # In the window's process PySide's import hook leaves every imported module's source in
    # linecache (~15 MiB); building the services, which ends the big imports, lets it go.
    linecache.getlines(keyring.__file__)
    assert keyring.__file__ in linecache.cache
    services = build_services(Settings(), secrets=secret_store)
    try:
        assert keyring.__file__ not in linecache.cache
    finally:
        await services.aclose()
