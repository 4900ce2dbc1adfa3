"""Every secret, whatever it looks like, stays out of every file the assistant writes.

A full run at DEBUG with the real services against the real sandbox, which hands out secrets
shaped like OpenCX's own: an `ocx_live_` API key, JWT session tokens, opaque refresh tokens
(rotated once: the session expires part way), a signed legacy webhook URL; plus the sign-in
code, state and PKCE verifier, the install result and the private app token. Each secret is
also logged in the open by "some library", raw and encoded, the way a library or a future
bug could. Then every file written (log folder, progress, settings, the exported bundle and
answers) and every problem text is searched for each secret raw, URL-encoded and base64.
"""

from __future__ import annotations

import base64
import logging
import zipfile
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from pathlib import Path
from urllib.parse import parse_qsl, quote, quote_plus, urlsplit

import pytest
from services_helpers import SandboxBrowser, Sleeps

from fixtures.secrets import UserDirs, leaks
from hubspot_setup.flow.answers_file import answers_for, dump_answers
from hubspot_setup.flow.problems import ProblemError
from hubspot_setup.flow.steps import Method
from hubspot_setup.sandbox.server import RunningSandbox
from hubspot_setup.services import opencx_port
from hubspot_setup.services.diagnostics_export import DiagnosticsExport
from hubspot_setup.services.logs import LOG_FILE, close_logging, setup_logging
from hubspot_setup.services.opencx import OpenCXClient
from hubspot_setup.services.opencx_models import TokenSet
from hubspot_setup.services.pkce import Pkce
from hubspot_setup.services.progress import FileProgressStore
from hubspot_setup.services.retry import RetryPolicy
from hubspot_setup.services.secrets import KeyringSecretStore
from hubspot_setup.services.settings import load_settings
from hubspot_setup.services.wiring import Services, build_services


class Spies:
    """What the assistant received, recorded on the way without changing it."""

    def __init__(self) -> None:
        self.tokens: list[TokenSet] = []
        self.pkces: list[Pkce] = []


@pytest.fixture
def spies(monkeypatch: pytest.MonkeyPatch) -> Spies:
    spies = Spies()
    exchange = OpenCXClient._token_request
    make_pkce = opencx_port.new_pkce

    async def token_request(self: OpenCXClient, form: Mapping[str, str]) -> TokenSet:
        tokens = await exchange(self, form)
        spies.tokens.append(tokens)
        return tokens

    def new_pkce() -> Pkce:
        spies.pkces.append(make_pkce())
        return spies.pkces[-1]

    monkeypatch.setattr(OpenCXClient, "_token_request", token_request)
    monkeypatch.setattr(opencx_port, "new_pkce", new_pkce)
    return spies


@pytest.fixture
def debug_log(user_dirs: UserDirs) -> Iterator[Path]:
    handler = setup_logging(user_dirs.logs, level=logging.DEBUG)
    yield user_dirs.logs / LOG_FILE
    close_logging(handler)


@pytest.fixture
async def services(
    sandbox_factory: Callable[..., RunningSandbox],
    user_dirs: UserDirs,
    secret_store: KeyringSecretStore,
) -> AsyncIterator[tuple[Services, RunningSandbox, SandboxBrowser]]:
    sandbox = sandbox_factory("session-expires")
    (user_dirs.config / "settings.toml").write_text(
        f'opencx_url = "{sandbox.opencx_url}"\nhubspot_api_url = "{sandbox.hubspot_api_url}"\n'
        'log_level = "DEBUG"\n',
        encoding="utf-8",
    )
    browser = SandboxBrowser()
    built = build_services(
        load_settings(env={}),
        secrets=secret_store,
        progress=FileProgressStore(),
        open_browser=browser,
        retry=RetryPolicy(sleep=Sleeps()),
        browser_timeout_s=20,
    )
    yield built, sandbox, browser
    await browser.finished()
    await built.aclose()


async def test_each_secret_kind_stays_out_of_every_file_and_problem(
    services: tuple[Services, RunningSandbox, SandboxBrowser],
    spies: Spies,
    debug_log: Path,
    user_dirs: UserDirs,
    secret_store: KeyringSecretStore,
    tmp_path: Path,
) -> None:
    built, sandbox, browser = services
    controller = built.controller
    problems: list[str] = []

    # OAuth path: browser sign-in (code, state, verifier; JWT and opaque refresh token), the
    # HubSpot install (state, one-time result), then enough calls that the session expires
    # and is refreshed (a second JWT and a rotated refresh token).
    await controller.sign_in_with_browser(lambda attempt: None)
    await controller.connect_hubspot(lambda attempt: None)
    teammates = await controller.teammates()
    await controller.choose_sender(teammates[0])
    await controller.refresh_autopilot()
    await controller.sign_out()

    # A wrong key is refused: the refusal must not repeat it either.
    wrong_key = "ocx_live_" + "W" * 40
    try:
        await controller.sign_in_with_api_key(wrong_key)
    except ProblemError as error:
        problems.append(f"{error} {error.problem}")
    # Legacy path with the ocx_live_ key: the webhook URL, the private app token.
    await controller.sign_in_with_api_key(sandbox.api_key)
    await controller.disconnect("DELETE")
    await controller.choose_method(Method.LEGACY)
    webhook = await controller.legacy_webhook()
    await controller.check_private_app_token(sandbox.legacy_private_app_token)
    people = await controller.legacy_teammates()
    controller.choose_default_user(next(p for p in people if p.user_id))
    await controller.save_legacy_credentials()

    secrets = _every_secret(sandbox, spies, await browser.finished(), webhook.webhook_url)
    secrets["refused API key"] = wrong_key
    # "Some library" logs each one in the open, raw and encoded, and in an exception.
    library = logging.getLogger("some.library")
    for kind, secret in secrets.items():
        library.debug("%s: %s", kind, secret)
        library.debug(
            "as a query: ?v=%s, as a form: %s", quote(secret, safe=""), quote_plus(secret)
        )
        library.debug("as user:secret: %s", base64.b64encode(f"me:{secret}".encode()).decode())
        library.debug("as base64: %s", base64.urlsafe_b64encode(secret.encode()).decode())
        try:
            raise RuntimeError(f"refused {secret!r}")
        except RuntimeError:
            library.exception("call failed")

    # Support's view: the exported diagnostics bundle, and the answers for repeating the run.
    bundle = tmp_path / "export" / "bundle.zip"
    await DiagnosticsExport(
        controller, secret_store, settings=load_settings(env={}), log_files=[debug_log]
    )(bundle)
    answers = dump_answers(answers_for(controller.state))

    texts = _every_text_written(user_dirs, bundle)
    texts["answers export"] = answers.encode()
    texts["problem texts"] = "\n".join(problems).encode()
    assert {"hubspot-setup.log", "progress.json", "settings.toml"} <= {
        Path(name).name for name in texts
    }
    assert len(secrets) >= 12, sorted(secrets)
    assert leaks(secrets, texts) == []
    log_text = debug_log.read_text(encoding="utf-8")
    assert "HTTP Request: POST" in log_text  # httpx really logged at DEBUG
    assert log_text.count("[redacted]") >= 6 * len(secrets)  # each line above kept, cleaned


def _every_secret(
    sandbox: RunningSandbox, spies: Spies, visited: list[str], webhook_url: str
) -> dict[str, str]:
    secrets: dict[str, str] = {
        "API key": sandbox.api_key,
        "private app token": sandbox.legacy_private_app_token,
        "webhook URL": webhook_url,
    }
    assert sandbox.api_key.startswith("ocx_live_")
    assert len(spies.tokens) >= 2, "the session was not refreshed"
    for number, tokens in enumerate(spies.tokens, 1):
        assert tokens.access_token.startswith("eyJ")  # a JWT
        assert tokens.refresh_token is not None
        secrets[f"access token {number}"] = tokens.access_token
        secrets[f"refresh token {number}"] = tokens.refresh_token
    for number, pkce in enumerate(spies.pkces, 1):
        secrets[f"PKCE verifier {number}"] = pkce.verifier
    for url in visited:  # the callbacks: sign-in code and state, install state and result
        for key, value in parse_qsl(urlsplit(url).query):
            if key in {"code", "state", "result"}:
                secrets[f"{key} of {urlsplit(url).path}"] = value
    return secrets


def _every_text_written(user_dirs: UserDirs, bundle: Path) -> dict[str, bytes]:
    texts = {str(path): path.read_bytes() for path in user_dirs.all_files()}
    with zipfile.ZipFile(bundle) as archive:
        texts.update({f"bundle:{name}": archive.read(name) for name in archive.namelist()})
    return texts
