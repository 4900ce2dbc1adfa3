""" "Did HubSpot show one of these messages?" in `apply`'s progress: HubSpot refuses the install
on its own page and never sends the browser back, so after a while `apply` lists HubSpot's
messages and their fixes (the flow's list) on standard error."""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

from cli_support import APPROVING_BROWSER, connection_args, sandbox_state

from hubspot_setup.cli.apply_steps import _attempt_printer, hubspot_consent_help
from hubspot_setup.cli.exit_codes import ExitCode
from hubspot_setup.cli.progress_output import ProgressReport
from hubspot_setup.flow.consent_refusals import CONSENT_REFUSALS
from hubspot_setup.flow.ports import AttemptPhase, BrowserAttempt
from hubspot_setup.sandbox.server import RunningSandbox

ANSWERS = """\
version = 1
method = "oauth"

[opencx]
sign_in = "api_key"
api_key = { env = "OPENCX_API_KEY" }

[prerequisites]
service_hub = true
hubspot_admin = true

[test]
run = false
"""

# `apply` as installed, with "about a minute" made one second: the browser wait's threshold
# is a keyword default of BrowserFlow, set before the command builds its services.
APPLY_WITH_SHORT_WAIT = (
    "import sys\n"
    "from hubspot_setup.services.browser_flow import BrowserFlow\n"
    "BrowserFlow.__init__.__kwdefaults__['trouble_after_s'] = 1.0\n"
    "from hubspot_setup.cli.main import main\n"
    "sys.exit(main())\n"
)
TITLE = "Did HubSpot show one of these messages?"


def test_the_printer_lists_the_messages_once_when_the_wait_gets_long() -> None:
    stream = io.StringIO()
    show = _attempt_printer(ProgressReport(stream), late_help=hubspot_consent_help())
    url = "http://127.0.0.1:1/hubspot-app/oauth/authorize"
    for seconds_left in (300, 299, 298):
        show(BrowserAttempt(AttemptPhase.WAITING, url, seconds_left))
    assert TITLE not in stream.getvalue()
    for seconds_left in (240, 239, 238):
        show(BrowserAttempt(AttemptPhase.WAITING, url, seconds_left, having_trouble=True))
    out = stream.getvalue()
    assert out.count(TITLE) == 1
    for refusal in CONSENT_REFUSALS:
        assert f"    - {refusal.heading}\n" in out
        assert f"      {refusal.cause.text()} {refusal.fix.text()}\n" in out
    assert out.rstrip().endswith("stop this command with Ctrl+C and run it again.")


def test_the_sign_in_printer_has_no_hubspot_help() -> None:
    stream = io.StringIO()
    show = _attempt_printer(ProgressReport(stream))
    show(BrowserAttempt(AttemptPhase.WAITING, "http://x.test/", 100, having_trouble=True))
    assert TITLE not in stream.getvalue()


def test_apply_shows_the_help_while_hubspot_never_answers(
    sandbox_factory: Callable[..., RunningSandbox], cli_home: Path, tmp_path: Path
) -> None:
    sandbox = sandbox_factory("consent-insufficient-scopes")
    answers = tmp_path / "answers.toml"
    answers.write_text(ANSWERS, encoding="utf-8")
    browser_log = tmp_path / "browser.log"
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(cli_home),
        "XDG_CONFIG_HOME": str(cli_home / "config"),
        "XDG_DATA_HOME": str(cli_home / "data"),
        "XDG_STATE_HOME": str(cli_home / "state"),
        "XDG_CACHE_HOME": str(cli_home / "cache"),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
        "LANG": "C.UTF-8",
        "PYTHONWARNINGS": "error",
        "OPENCX_API_KEY": str(sandbox_state(sandbox)["api_key"]),
        # A browser whose admin presses Connect app; HubSpot's page refuses and stays.
        "BROWSER": f"{sys.executable} {APPROVING_BROWSER} %s",
        "APPROVING_BROWSER_LOG": str(browser_log),
    }
    command = [sys.executable, "-c", APPLY_WITH_SHORT_WAIT, "apply", str(answers)]
    lines: list[str] = []
    with subprocess.Popen(
        [*command, *connection_args(sandbox)],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    ) as process:
        reader = threading.Thread(target=lambda: lines.extend(process.stderr or ()), daemon=True)
        reader.start()
        try:
            deadline = time.monotonic() + 30
            while not any("run it again" in line for line in lines):
                assert process.poll() is None, "".join(lines)
                assert time.monotonic() < deadline, "".join(lines)
                time.sleep(0.05)
            # The admin reads the help and stops the command, as it says.
            process.send_signal(signal.SIGINT)
            code = process.wait(timeout=30)
        finally:
            if process.poll() is None:
                process.kill()
            reader.join(timeout=10)
    err = "".join(lines)

    assert "Traceback" not in err
    assert code == ExitCode.INTERRUPTED, err
    waiting = err.index("Waiting for you in the browser")
    assert err.index(TITLE) > waiting
    assert err.count(TITLE) == 1
    for refusal in CONSENT_REFUSALS:
        assert refusal.heading in err
        assert f"{refusal.cause.text()} {refusal.fix.text()}" in err
    assert "/hubspot-app/oauth/authorize" in browser_log.read_text(encoding="utf-8")
    assert sandbox_state(sandbox)["integration"]["status"] == "not_connected"
