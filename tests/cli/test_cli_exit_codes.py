"""Every kind of problem has its documented exit code, and the codes are the documented ones."""

from __future__ import annotations

import re

from cli_support import DOCS

from hubspot_setup.cli.exit_codes import ExitCode, exit_code_for, exit_code_for_problem
from hubspot_setup.flow.problems import Problem, ProblemKind


def test_every_problem_kind_maps_to_a_failure_code() -> None:
    for kind in ProblemKind:
        assert exit_code_for(kind) not in (ExitCode.OK, ExitCode.USAGE), kind


def test_a_refused_private_app_token_is_hubspot_refusing_not_a_typo() -> None:
    problem = Problem(ProblemKind.INVALID_INPUT, "t", "m", "f", field="private_app_token")
    assert exit_code_for_problem(problem) is ExitCode.HUBSPOT_REFUSED
    other = Problem(ProblemKind.INVALID_INPUT, "t", "m", "f", field="sender")
    assert exit_code_for_problem(other) is ExitCode.ANSWERS_INVALID


def test_the_documentation_lists_every_exit_code() -> None:
    text = (DOCS / "unattended.md").read_text(encoding="utf-8")
    documented = {int(code) for code in re.findall(r"^\| (\d+) \|", text, flags=re.MULTILINE)}
    assert documented == {int(code) for code in ExitCode}
