"""The commands' own sentences go through the translator (`flow.words`), and what a script
reads does not: `--json` keys, step ids, outcomes and levels stay the same in every language,
and an id (a portal) is never written like a quantity in the admin's locale."""

from __future__ import annotations

import io
from collections.abc import Iterator

import pytest

from fixtures.marking_translator import marking, speaking_marked
from hubspot_setup.cli import hubspot_command
from hubspot_setup.cli.doctor import print_report
from hubspot_setup.cli.doctor_checks import Finding, Level
from hubspot_setup.cli.progress_output import Outcome, ProgressReport
from hubspot_setup.flow.problems import Problem, ProblemKind

Asked = tuple[str, str, str | None, int]


@pytest.fixture
def asked() -> Iterator[list[Asked]]:
    """A translator that brackets every sentence and writes numbers the German way."""
    seen: list[Asked] = []

    def bracketing(context: str, source: str, disambiguation: str | None, n: int) -> str:
        seen.append((context, source, disambiguation, n))
        if source == "Needs attention: %n thing(s).":
            return "«Achtung: %n Sache»" if n == 1 else "«Achtung: %n Sachen»"
        return marking(context, source, disambiguation, n)

    with speaking_marked(bracketing):
        yield seen


def test_progress_lines_are_translated_and_the_summary_keeps_its_ids(asked: list[Asked]) -> None:
    out = io.StringIO()
    report = ProgressReport(out)
    report.begin("sender", "Choose who the AI posts as")
    report.end(Outcome.UNCHANGED, "Ada")
    report.begin("autopilot", "Autopilot")
    report.note("Email is off")
    report.fail(
        Problem(
            kind=ProblemKind.CONFLICT,
            title="Busy",
            message="Someone else is changing it.",
            fix="Try again.",
            details="HTTP 409",
        )
    )
    lines = out.getvalue().splitlines()
    assert lines[:2] == ["«[1] Choose who the AI posts as ...»", "    ««already set»: Ada»"]
    assert "    «note: Email is off»" in lines
    assert "    ««FAILED»: Busy»" in lines  # the mark is translated, then the pair
    assert "  «What happened: Someone else is changing it.»" in lines
    assert "  «What to do: Try again.»" in lines
    assert "  «Details: HTTP 409»" in lines  # the label; the details stay as they are
    assert {context for context, *_ in asked} == {"cli.progress_output"}

    summary = report.summary(exit_code=8, problem=None)
    assert [(s["step"], s["outcome"]) for s in summary["steps"]] == [
        ("sender", "unchanged"),
        ("autopilot", "failed"),
    ]
    assert set(summary) == {"ok", "exit_code", "steps", "notes", "problem"}


def test_doctor_counts_in_the_translators_plural(asked: list[Asked]) -> None:
    out = io.StringIO()
    findings = [
        Finding("opencx_role", Level.OK, "Role: admin."),
        Finding("sender", Level.ATTENTION, "No sender.", fix="Pick one."),
        Finding("autopilot", Level.INFO, "Autopilot: Email on."),
    ]
    print_report(findings, out)
    assert out.getvalue().splitlines() == [
        "[«ok»] Role: admin.",
        "[!!] No sender.",
        "     «What to do: Pick one.»",
        "[--] Autopilot: Email on.",
        "",
        "«Achtung: 1 Sache»",
    ]
    assert ("cli.doctor", "Needs attention: %n thing(s).", None, 1) in asked

    out = io.StringIO()
    print_report([*findings, Finding("autopilot", Level.ATTENTION, "Off.")], out)
    assert out.getvalue().endswith("\n«Achtung: 2 Sachen»\n")


def test_a_portal_id_is_not_grouped_like_a_number(
    asked: list[Asked], capsys: pytest.CaptureFixture[str]
) -> None:
    hubspot_command._print(
        {
            "portal_id": 12345678,
            "granted_scopes": ["oauth"],
            "missing_scopes": [],
            "teammates": [{"owner_id": "1", "user_id": 77998, "label": "Ada"}],
        }
    )
    printed = capsys.readouterr().out
    assert "«Portal: 12345678»" in printed
    assert "12.345.678" not in printed
    assert "«Every required scope is granted.»" in printed
    assert "  «Ada (user id 77998)»" in printed
