"""The commands at DEBUG keep every secret out of every file they write and everything they
print: both paths of `apply --json`, `doctor --bundle --json`, `export-answers` and
`hubspot check-token --json`, each in a child process against the real sandbox, which hands
out OpenCX-shaped secrets (an `ocx_live_` key, JWT sessions, opaque refresh tokens; an older
`ocx_key_` key is accepted too). Afterwards every file under the command's home folder, the
bundle's members, stdout and stderr are searched for each secret raw, URL-encoded and base64.
"""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import httpx
from cli_support import DOCS, CliResult, RunCli, connection_args, sandbox_state

from fixtures.secrets import leaks
from hubspot_setup.cli.exit_codes import ExitCode
from hubspot_setup.sandbox.server import RunningSandbox


def _ok(result: CliResult) -> CliResult:
    assert result.code == ExitCode.OK, result.stdout + result.stderr
    return result


def test_no_secret_in_any_output_or_file_of_any_command(
    sandbox: RunningSandbox,
    run_cli: RunCli,
    cli_home: Path,
    tmp_path: Path,
    approving_browser: dict[str, str],
) -> None:
    facts = sandbox_state(sandbox)
    api_key, old_key = facts["api_key"], facts["api_key_old_form"]
    token = facts["legacy_private_app_token"]
    assert api_key.startswith("ocx_live_")
    assert old_key.startswith("ocx_key_")
    env = {"OPENCX_API_KEY": api_key, "HUBSPOT_PRIVATE_APP_TOKEN": token}
    debug = ("--log-level", "DEBUG", *connection_args(sandbox))
    results: list[CliResult] = []

    # OAuth: sign-in in the "browser" (session), the HubSpot install, sender, Autopilot,
    # signatures; the checklist is left out (it needs a customer and is not about secrets).
    oauth = tmp_path / "answers-oauth.toml"
    # Signature files are read only from the answers file's folder: they travel with it.
    shutil.copytree(DOCS / "signatures", tmp_path / "signatures")
    oauth.write_text(
        (DOCS / "answers-oauth.toml").read_text(encoding="utf-8").split("[test]")[0]
        + "[test]\nrun = false\n",
        encoding="utf-8",
    )
    results.append(_ok(run_cli("apply", str(oauth), "--json", *debug, env=approving_browser)))
    sessions = set(sandbox.world.opencx.access_tokens) | set(sandbox.world.opencx.refresh_tokens)
    assert sessions, "the browser sign-in issued no session"
    assert all(t.startswith("eyJ") for t in sandbox.world.opencx.access_tokens)  # JWTs
    results.append(_ok(run_cli("doctor", "--json", *debug, env=env)))
    disconnect = httpx.post(
        f"{sandbox.opencx_url}/v1/integrations/hubspot/disconnect",
        json={"confirm": "DELETE"},
        headers={"Authorization": f"Bearer {api_key}"},
        trust_env=False,
        timeout=10,
    )
    disconnect.raise_for_status()

    # Legacy, with the key and the token from the environment, then every reading command.
    results.append(
        _ok(run_cli("apply", str(DOCS / "answers-legacy.toml"), "--json", *debug, env=env))
    )
    bundle = tmp_path / "support" / "bundle.zip"
    results.append(_ok(run_cli("doctor", "--json", "--bundle", str(bundle), *debug, env=env)))
    results.append(_ok(run_cli("export-answers", str(tmp_path / "exported.toml"), *debug, env=env)))
    results.append(
        _ok(run_cli("hubspot", "check-token", "--json", *debug, stdin=token + "\n", env={}))
    )
    # A key of the older form still signs in (read from standard input).
    results.append(
        _ok(run_cli("doctor", "--json", "--api-key-stdin", *debug, stdin=old_key + "\n"))
    )

    webhook = httpx.get(
        f"{sandbox.opencx_url}/v1/integrations/hubspot/legacy",
        headers={"Authorization": f"Bearer {api_key}"},
        trust_env=False,
        timeout=10,
    ).json()["webhook_url"]
    secrets = {
        "API key": api_key,
        "older-form API key": old_key,
        "private app token": token,
        "webhook URL": webhook,
        **{f"session token {n}": value for n, value in enumerate(sorted(sessions))},
    }
    texts = {
        str(path.relative_to(cli_home)): path.read_bytes()
        for path in cli_home.rglob("*")
        if path.is_file()
    }
    with zipfile.ZipFile(bundle) as archive:
        texts.update({f"bundle:{name}": archive.read(name) for name in archive.namelist()})
    texts["exported answers"] = (tmp_path / "exported.toml").read_bytes()
    for number, result in enumerate(results):
        texts[f"stdout {number}"] = result.stdout.encode()
        texts[f"stderr {number}"] = result.stderr.encode()
    log = next(text for where, text in texts.items() if where.endswith("hubspot-setup.log"))
    assert b" DEBUG " in log  # the commands really logged at DEBUG
    assert leaks(secrets, texts) == []
