"""Text from the network reaches the terminal as plain text with nothing a terminal obeys:
no escape sequences, control characters or bidirectional overrides, and no HTML escaping."""

from __future__ import annotations

import io

import pytest
from cli_support import RunCli, sandbox_state

from hubspot_setup.cli.doctor import print_report
from hubspot_setup.cli.doctor_checks import Finding, Level
from hubspot_setup.cli.exit_codes import ExitCode
from hubspot_setup.cli.progress_output import ProgressReport
from hubspot_setup.flow.problems import Problem, ProblemKind
from hubspot_setup.sandbox.hubspot import Owner
from hubspot_setup.sandbox.server import RunningSandbox

# Clears the screen, retitles the window, hides a link, reverses the rest, starts a new line.
HOSTILE = (
    "\x1b[2J\x1b]0;owned\x07\x1b]8;;https://evil.example\x1b\\<b>Bob</b> & Co\x1b]8;;\x1b\\"
    "\u202edesrever\u202c\r\nWhat to do: run this\x9b31m\x00"
)
SHOWN = "<b>Bob</b> & Codesrever What to do: run this"


def _assert_inert(text: str) -> None:
    assert not any((ord(c) < 0x20 and c != "\n") or 0x7F <= ord(c) <= 0x9F for c in text), text
    assert not any(c in text for c in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
    assert "&amp;" not in text
    assert "&lt;" not in text


def test_a_problem_from_the_server_prints_as_one_plain_line() -> None:
    out = io.StringIO()
    report = ProgressReport(out)
    report.begin("sender", "Choose who the AI posts as")
    report.note(HOSTILE)
    report.fail(
        Problem(
            kind=ProblemKind.UNEXPECTED,
            title="OpenCX refused the change",
            message=HOSTILE,
            fix="Try again.",
            details=HOSTILE,
        )
    )
    text = out.getvalue()
    _assert_inert(text)
    assert f"    note: {SHOWN}\n" in text
    assert f"  What happened: {SHOWN}\n" in text
    assert f"  Details: {SHOWN}\n" in text
    # Server text cannot start a line of its own: the only "What to do" line is the real one.
    starts = [line for line in text.splitlines() if line.lstrip().startswith("What to do:")]
    assert starts == ["  What to do: Try again."]


@pytest.mark.parametrize("level", [Level.ATTENTION, Level.INFO])
def test_doctor_findings_print_plain(level: Level) -> None:
    out = io.StringIO()
    print_report([Finding("sender", level, HOSTILE, fix=HOSTILE)], out)
    _assert_inert(out.getvalue())
    assert SHOWN in out.getvalue()


def test_check_token_prints_hubspot_names_plain(sandbox: RunningSandbox, run_cli: RunCli) -> None:
    hubspot = sandbox.world.hubspot
    hostile = Owner("4998", 77998, "bob@acme.test", HOSTILE, "")
    hubspot.owners = (hostile, *hubspot.owners)
    token = sandbox_state(sandbox)["legacy_private_app_token"]
    args = ("hubspot", "check-token", "--hubspot-api-url", sandbox.hubspot_api_url)
    result = run_cli(*args, stdin=token + "\n")
    assert result.code == ExitCode.OK, result.stderr
    _assert_inert(result.stdout)
    assert "<b>Bob</b> & Co" in result.stdout
    assert "(user id 77998)" in result.stdout
