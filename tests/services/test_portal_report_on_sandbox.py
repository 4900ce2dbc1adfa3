"""The portal report read right after connecting, with the real services on the sandbox:
the OAuth path (the backend's portal-report route) and the legacy path."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable

import httpx
import pytest
from services_helpers import SandboxBrowser, Sleeps

from fixtures.secrets import UserDirs
from hubspot_setup.flow.portal_report import InboxKind, Mark, PortalType, report_of
from hubspot_setup.flow.steps import Method
from hubspot_setup.sandbox.server import RunningSandbox
from hubspot_setup.services.progress import FileProgressStore
from hubspot_setup.services.retry import RetryPolicy
from hubspot_setup.services.secrets import KeyringSecretStore
from hubspot_setup.services.settings import load_settings
from hubspot_setup.services.wiring import Services, build_services

Build = Callable[[RunningSandbox], Services]


@pytest.fixture
async def build(user_dirs: UserDirs, secret_store: KeyringSecretStore) -> AsyncIterator[Build]:
    built: list[Services] = []
    browsers: list[SandboxBrowser] = []

    def make(sandbox: RunningSandbox) -> Services:
        browser = SandboxBrowser()
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
    for browser in browsers:
        await browser.finished()
    for services in built:
        await services.aclose()


async def _connect_oauth(services: Services, sandbox: RunningSandbox) -> None:
    controller = services.controller
    await controller.sign_in_with_api_key(sandbox.api_key)
    await controller.connect_hubspot(lambda attempt: None)


async def test_oauth_connect_reads_the_portal_of_a_healthy_portal(
    build: Build, sandbox: RunningSandbox
) -> None:
    services = build(sandbox)
    await _connect_oauth(services, sandbox)
    answers = services.controller.state.answers
    assert answers.connection is not None
    assert answers.connection.portal.account_type is PortalType.STANDARD
    assert answers.connection.portal.data_hosting_location == "na1"
    facts = answers.portal_facts  # read right after connecting, without being asked
    assert facts is not None
    assert facts.inboxes is not None
    assert [(i.name, i.kind) for i in facts.inboxes] == [
        ("Support", InboxKind.HELP_DESK),
        ("Website chat", InboxKind.INBOX),
    ]
    assert facts.optional_scopes == ("automation",)
    report = report_of(answers)
    assert report is not None
    assert report.gaps == ()


async def test_a_starter_portal_shows_the_workflow_permission_left_out(
    build: Build, sandbox_factory: Callable[..., RunningSandbox]
) -> None:
    sandbox = sandbox_factory("starter-portal")
    services = build(sandbox)
    await _connect_oauth(services, sandbox)
    report = report_of(services.controller.state.answers)
    assert report is not None
    lines = {line.topic: line for line in report.lines}
    assert [line.topic for line in report.gaps] == ["scope:automation"]
    assert "workflow actions are not added" in lines["scope:automation"].text
    assert lines["help_desk"].text.startswith("No help desk")
    assert lines["service_hub"].mark is Mark.UNKNOWN
    # The contract serves no tier at all, only what was observed.
    async with httpx.AsyncClient(trust_env=False) as client:
        answer = await client.get(
            f"{sandbox.opencx_url}/v1/integrations/hubspot",
            headers={"Authorization": f"Bearer {sandbox.api_key}"},
        )
    assert "tier" not in answer.text


async def test_legacy_save_reads_the_portal_with_the_legacy_scopes(
    build: Build, sandbox_factory: Callable[..., RunningSandbox]
) -> None:
    sandbox = sandbox_factory("developer-test-portal")
    services = build(sandbox)
    controller = services.controller
    await controller.sign_in_with_api_key(sandbox.api_key)
    await controller.choose_method(Method.LEGACY)
    await controller.check_private_app_token(sandbox.legacy_private_app_token)
    people = await controller.legacy_teammates()
    controller.choose_default_user(next(p for p in people if p.user_id))
    await controller.save_legacy_credentials()
    answers = controller.state.answers
    report = report_of(answers)
    assert report is not None
    lines = {line.topic: line for line in report.lines}
    assert lines["portal_type"].mark is Mark.GAP
    assert lines["region"].text == "Data hosted in: Europe (eu1)."
    assert lines["permissions"].text == "Permissions: all 8 that OpenCX requires were granted."
    assert lines["workflow_actions"].mark is Mark.INFO  # OAuth only: not a missing permission
    assert not any(line.blocking for line in report.lines)
