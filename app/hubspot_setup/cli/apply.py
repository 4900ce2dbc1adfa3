"""`opencx-hubspot-setup apply ANSWERS.toml`: the whole setup from an answers file."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from hubspot_setup.cli.answers_input import answers_problem, load_answers
from hubspot_setup.cli.exit_codes import ExitCode
from hubspot_setup.cli.outcome import run_body
from hubspot_setup.cli.progress_output import ProgressReport
from hubspot_setup.flow.answers import ChecklistOutcome
from hubspot_setup.flow.checklist import first_stall
from hubspot_setup.flow.state import WizardState
from hubspot_setup.flow.words import translate


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from hubspot_setup.cli.connection_options import add_connection_arguments  # noqa: PLC0415

    parser = subparsers.add_parser(
        "apply",
        help="run the whole setup from an answers file, without a window",
        description="Run every setup step from an answers file (see docs/unattended.md). "
        "Progress goes to standard error; exit codes say what kind of failure happened.",
    )
    parser.add_argument("answers", type=Path, metavar="ANSWERS.toml")
    add_connection_arguments(parser, sandbox=True)
    parser.add_argument("--json", action="store_true", help="print a summary as JSON")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    report = ProgressReport(sys.stderr)
    summary: dict[str, Any] = {}
    failure = run_body(lambda: _apply(args, report, summary))
    if failure is not None:
        report.fail(failure.problem)
    else:
        report.finish(translate("cli.apply", "Setup is complete."))
    code = failure.exit_code if failure else ExitCode.OK
    if args.json:
        data = report.summary(
            exit_code=int(code), problem=failure.problem if failure else None, **summary
        )
        sys.stdout.write(json.dumps(data, indent=2) + "\n")
    return int(code)


async def _apply(args: argparse.Namespace, report: ProgressReport, summary: dict[str, Any]) -> None:
    from hubspot_setup.cli.apply_steps import ApplyContext, apply_answers  # noqa: PLC0415
    from hubspot_setup.cli.runtime import command_runtime  # noqa: PLC0415
    from hubspot_setup.services.simulated_customer import SimulatedCustomer  # noqa: PLC0415

    loaded = load_answers(args.answers)
    async with command_runtime(args, writes=True) as runtime:
        customer = SimulatedCustomer(runtime.sandbox_url) if runtime.sandbox_url else None
        wanted = loaded.answers.test
        if wanted.run and wanted.simulated_customer and customer is None:
            # Known before anything is written, so refused before anything is written.
            raise answers_problem(
                args.answers,
                [
                    translate(
                        "cli.apply", "%1: the practice customer exists only in the sandbox"
                    ).arg("test.simulated_customer")
                ],
            )
        context = ApplyContext(
            controller=runtime.controller,
            loaded=loaded,
            report=report,
            secrets=runtime.secrets,
            send_test_message=customer.send_test_message if customer else None,
            practice_secrets=runtime.practice_secrets,
        )
        try:
            await apply_answers(context)
        finally:
            summary.update(state_summary(runtime.controller.state))


def state_summary(state: WizardState) -> dict[str, Any]:
    """What is configured now, for the `--json` summary (no secret is part of the state)."""
    answers = state.answers
    connection = answers.connection
    test = answers.test
    return {
        "connection": {
            "method": connection.method.value,
            "portal_id": connection.portal.id,
            "domain": connection.portal.domain,
        }
        if connection
        else None,
        "sender": answers.sender.email or answers.sender.owner_id if answers.sender else None,
        "default_user_id": answers.legacy.default_user_id,
        "autopilot": {channel.value: on for channel, on in answers.autopilot.items()},
        "signatures": [rule.pattern for rule in answers.signatures],
        "test": {
            "run_id": test.run_id,
            "passed": test.passed,
            "skipped": test.skipped,
            "checks": {check.value: status.value for check, status in test.checks.items()},
            "stalled": _stalled(test),
        }
        if test
        else None,
    }


def _stalled(test: ChecklistOutcome) -> dict[str, str] | None:
    """The first check that did not pass and why (docs/unattended.md lists the causes)."""
    stall = None if test.skipped or test.run_id is None else first_stall(test)
    return {"check": stall.check.value, "cause": stall.cause.value} if stall else None
