"""The flow's SetupController driven with the real services against the real sandbox.

Both paths (OAuth with the browser legs answered by the sandbox's own pages, and the legacy
private app with an API-key sign-in), resuming from saved progress, and the secrets test:
known secrets pushed through a full run never appear in any file the assistant wrote.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

import pytest
from services_helpers import SandboxBrowser, Sleeps

from fixtures.secrets import UserDirs
from hubspot_setup.flow.answers import CheckState
from hubspot_setup.flow.controller import SetupController
from hubspot_setup.flow.guide import Channel, CheckId
from hubspot_setup.flow.state import WizardState
from hubspot_setup.flow.steps import Method
from hubspot_setup.sandbox.server import RunningSandbox
from hubspot_setup.services.logs import close_logging, setup_logging
from hubspot_setup.services.opencx import SessionAuth
from hubspot_setup.services.progress import FileProgressStore
from hubspot_setup.services.retry import RetryPolicy
from hubspot_setup.services.secrets import KeyringSecretStore
from hubspot_setup.services.settings import load_settings
from hubspot_setup.services.wiring import Services, build_services

Build = Callable[..., Services]


@pytest.fixture
async def build(user_dirs: UserDirs, secret_store: KeyringSecretStore) -> AsyncIterator[Build]:
    built: list[Services] = []
    browsers: list[SandboxBrowser] = []

    def make(sandbox: RunningSandbox, browser: SandboxBrowser | None = None) -> Services:
        browser = browser or SandboxBrowser()
        browsers.append(browser)
        (user_dirs.config / "settings.toml").write_text(
            f'opencx_url = "{sandbox.opencx_url}"\nhubspot_api_url = "{sandbox.hubspot_api_url}"\n',
            encoding="utf-8",
        )
        services = build_services(
            load_settings(env={}),
            secrets=secret_store,
            progress=FileProgressStore(),
            open_browser=browser,
            retry=RetryPolicy(sleep=Sleeps()),
            browser_timeout_s=20,
        )
        built.append(services)
        return services

    yield make
    for browser in browsers:  # no "browser" thread outlives the test
        await browser.finished()
    for services in built:
        await services.aclose()


async def _run_test_with_customer(
    controller: SetupController, sandbox: RunningSandbox, services: Services
) -> None:
    """Start the checklist; as a real admin would, send the test message once the run
    exists, and ask for the handoff once the OpenCX session is there."""
    background: set[asyncio.Task[None]] = set()
    sent = handed_off = False

    async def send_message() -> None:
        answer = await services.http.post(sandbox.customer_url, json={"channel": "email"})
        answer.raise_for_status()

    def on_change(state: WizardState) -> None:
        nonlocal sent, handed_off
        test = state.answers.test
        if test is None or test.run_id is None:
            return
        if not sent:
            sent = True
            background.add(asyncio.ensure_future(send_message()))
        if not handed_off and test.checks.get(CheckId.OPENCX_SESSION) is CheckState.PASSED:
            handed_off = True
            background.add(asyncio.ensure_future(controller.request_handoff()))

    unsubscribe = controller.subscribe(on_change)
    try:
        outcome = await controller.run_test()
    finally:
        unsubscribe()
        await asyncio.gather(*background)
    assert outcome.passed, outcome.checks


async def test_oauth_path_through_the_controller(
    build: Build, sandbox: RunningSandbox, user_dirs: UserDirs
) -> None:
    browser = SandboxBrowser()
    services = build(sandbox, browser)
    controller = services.controller
    await controller.start()
    await controller.sign_in_with_browser(lambda attempt: None)
    account = controller.state.answers.account
    assert account is not None
    assert account.is_admin
    facts = await controller.connect_hubspot(lambda attempt: None)
    assert facts.connection is not None
    assert controller.state.answers.connection == facts.connection
    teammates = await controller.teammates()
    await controller.choose_sender(teammates[0])
    await controller.refresh_autopilot()
    await controller.set_autopilot(Channel.SMS, False)
    assert controller.state.answers.autopilot[Channel.SMS] is False
    saved = await controller.save_signature(None, "Open.CX", "<p>Ada <b>L</b></p>")
    assert saved.value is not None
    assert saved.value.id
    await _run_test_with_customer(controller, sandbox, services)

    # Reopening: a new assistant restores the saved progress and the keyring session.
    again = build(sandbox)
    assert again.controller.state.answers.connection == facts.connection
    await again.controller.start()
    assert again.controller.state.answers.account == account
    assert again.controller.state.answers.sender == controller.state.answers.sender


async def test_legacy_path_through_the_controller(build: Build, sandbox: RunningSandbox) -> None:
    services = build(sandbox)
    controller = services.controller
    await controller.sign_in_with_api_key(sandbox.api_key)
    await controller.choose_method(Method.LEGACY)
    webhook = await controller.legacy_webhook()
    assert webhook.webhook_url.startswith(sandbox.opencx_url)
    checked = await controller.check_private_app_token(f"  {sandbox.legacy_private_app_token} ")
    assert checked.value is not None
    assert controller.state.answers.legacy.token_ref is not None
    people = await controller.legacy_teammates()
    chosen = controller.choose_default_user(next(p for p in people if p.user_id))
    assert chosen.value is not None
    facts = await controller.save_legacy_credentials()
    assert facts.connection is not None
    assert facts.connection.method is Method.LEGACY
    result = await controller.disconnect("DELETE")
    assert result.value is not None
    assert "webhook subscriptions" in result.value
    assert controller.state.answers.connection is None


async def test_no_secret_in_any_file_written(
    build: Build, sandbox: RunningSandbox, user_dirs: UserDirs, secret_store: KeyringSecretStore
) -> None:
    handler = setup_logging(user_dirs.logs, level=logging.DEBUG)
    browser = SandboxBrowser()
    try:
        services = build(sandbox, browser)
        controller = services.controller
        await controller.sign_in_with_browser(lambda attempt: None)
        await controller.connect_hubspot(lambda attempt: None)
        await controller.teammates()
        await _run_test_with_customer(controller, sandbox, services)
        browser_account = controller.state.answers.account
        assert browser_account is not None
        session = SessionAuth.from_secret(secret_store.get(browser_account.credential_ref) or "")
        await controller.sign_out()
        await controller.sign_in_with_api_key(sandbox.api_key)
        await controller.disconnect("DELETE")
        await controller.choose_method(Method.LEGACY)
        await controller.check_private_app_token(sandbox.legacy_private_app_token)
        people = await controller.legacy_teammates()
        controller.choose_default_user(next(p for p in people if p.user_id))
        await controller.save_legacy_credentials()
        logging.getLogger("test").info("state now: %s", controller.state.to_json())
    finally:
        close_logging(handler)

    known: set[str] = {sandbox.api_key, sandbox.legacy_private_app_token}
    assert session is not None
    assert session.refresh_token is not None
    known.update({session.access_token, session.refresh_token})
    for url in await browser.finished():  # OAuth codes, states and install results
        known.update(
            value
            for key, value in parse_qsl(urlsplit(url).query)
            if key in {"code", "state", "result"}
        )
    assert len(known) >= 7
    written = user_dirs.all_files()
    names = {path.name for path in written}
    assert {"hubspot-setup.log", "progress.json", "settings.toml"} <= names
    log_text = (user_dirs.logs / "hubspot-setup.log").read_text(encoding="utf-8")
    assert "HTTP Request" in log_text  # httpx really logged the requests
    for path in written:
        content = path.read_bytes()
        for secret in known:
            assert secret.encode() not in content, f"a secret leaked into {path.name}"


async def test_corrupt_progress_starts_clean_with_a_notice(
    build: Build, sandbox: RunningSandbox, user_dirs: UserDirs
) -> None:
    (user_dirs.data / "progress.json").write_text("{broken", encoding="utf-8")
    services = build(sandbox)
    assert services.controller.state == WizardState()
    assert any("could not be read" in notice for notice in services.notices)
    assert Path(user_dirs.data / "progress.unreadable.json").exists()
