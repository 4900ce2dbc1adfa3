"""`opencx-hubspot-setup doctor [--json] [--bundle FILE]`: check everything that can be
checked, print a readable report, exit non-zero when something needs attention."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from hubspot_setup.cli.connection_options import add_connection_arguments
from hubspot_setup.cli.doctor_checks import DoctorInput, Finding, Level, needs_attention, run_checks
from hubspot_setup.cli.exit_codes import CommandFailed, ExitCode
from hubspot_setup.cli.outcome import run_body
from hubspot_setup.cli.progress_output import ProgressReport
from hubspot_setup.cli.session import add_session_arguments, sign_in_for_reading
from hubspot_setup.flow.answers_file import PRIVATE_APP_TOKEN_ENV
from hubspot_setup.flow.outside_text import terminal_text
from hubspot_setup.flow.ports import SecretStore
from hubspot_setup.flow.problems import ProblemError
from hubspot_setup.flow.state import WizardState
from hubspot_setup.flow.words import PLURAL, translate
from hubspot_setup.services.problem_texts import file_not_saved

if TYPE_CHECKING:
    from hubspot_setup.cli.runtime import Runtime


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "doctor",
        help="check the connection and report what needs attention",
        description="Check OpenCX sign-in and role, the HubSpot integration, token scopes, "
        "the AI sender, Autopilot, signature rules and the last test run. Exits 11 when "
        "something needs attention.",
    )
    parser.add_argument("--json", action="store_true", help="print the findings as JSON")
    parser.add_argument(
        "--bundle",
        type=Path,
        metavar="FILE",
        help="also write a diagnostics bundle (a zip without secrets) for support",
    )
    add_connection_arguments(parser, sandbox=False)
    add_session_arguments(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    findings: list[Finding] = []
    failure = run_body(lambda: _doctor(args, findings))
    if failure is not None:
        ProgressReport(sys.stderr).fail(failure.problem)
        return int(failure.exit_code)
    if args.json:
        sys.stdout.write(json.dumps(report_dict(findings), indent=2) + "\n")
    else:
        print_report(findings, sys.stdout)
    return int(ExitCode.NEEDS_ATTENTION if needs_attention(findings) else ExitCode.OK)


def report_dict(findings: list[Finding]) -> dict[str, Any]:
    return {
        "needs_attention": needs_attention(findings),
        "findings": [finding.to_dict() for finding in findings],
    }


def _mark(level: Level) -> str:
    """The mark before a finding: a word for fine, signs (no words) for the others."""
    if level is Level.OK:
        return translate("cli.doctor", "ok")
    return "!!" if level is Level.ATTENTION else "--"


def print_report(findings: list[Finding], out: TextIO) -> None:
    for finding in findings:
        out.write(f"[{_mark(finding.level)}] {terminal_text(finding.summary)}\n")
        if finding.fix and finding.level is not Level.OK:
            what_to_do = translate("cli.doctor", "What to do: %1").arg(finding.fix)
            out.write(f"     {terminal_text(what_to_do)}\n")
    attention = sum(1 for finding in findings if finding.level is Level.ATTENTION)
    if attention:
        # The verb stays out of the count, so the sentence reads right for one thing too.
        said = translate("cli.doctor", "Needs attention: %n thing(s).", None, PLURAL, attention)
    else:
        said = translate("cli.doctor", "Everything that can be checked is fine.")
    out.write(f"\n{said}\n")


async def _doctor(args: argparse.Namespace, findings: list[Finding]) -> None:
    from hubspot_setup.cli.export_answers import current_answers_toml  # noqa: PLC0415
    from hubspot_setup.cli.runtime import command_runtime  # noqa: PLC0415 (HTTP stack)

    async with command_runtime(args) as runtime:
        controller = runtime.controller
        sign_in_problem: ProblemError | None = None
        try:
            await sign_in_for_reading(controller, args)
        except ProblemError as error:
            sign_in_problem = error
        token = _private_app_token(runtime.secrets, controller.state.answers.legacy.token_ref)
        given = DoctorInput(
            controller=controller,
            signed_in=sign_in_problem is None and controller.state.answers.account is not None,
            sign_in_problem=sign_in_problem,
            private_app_token=token,
            check_token=runtime.services.hubspot.private_app_token_facts,
        )
        findings.extend(await run_checks(given))
        if args.bundle is None:
            return
        answers_toml = None
        integration = None
        if given.signed_in and controller.state.answers.connection is not None:
            try:
                answers_toml = await current_answers_toml(controller)
            except (ProblemError, CommandFailed):
                answers_toml = None
            integration = integration_dict(controller.state)
        await _write_bundle(args, runtime, findings, answers_toml, integration)


def _private_app_token(secrets: SecretStore, token_ref: str | None) -> str | None:
    """The token to check: HUBSPOT_PRIVATE_APP_TOKEN, else the one this computer keeps."""
    from_env = os.environ.get(PRIVATE_APP_TOKEN_ENV, "").strip()
    if from_env:
        return from_env
    return (secrets.get(token_ref) or None) if token_ref else None


def integration_dict(state: WizardState) -> dict[str, Any]:
    answers = state.answers
    connection = answers.connection
    return {
        "connection": connection.model_dump(mode="json") if connection else None,
        "sender": answers.sender.model_dump(mode="json") if answers.sender else None,
        "default_user_id": answers.legacy.default_user_id,
        "workflow_actions_installed": dict(answers.workflow_actions_installed),
        "autopilot": {channel.value: on for channel, on in answers.autopilot.items()},
        "signatures": [rule.model_dump(mode="json") for rule in answers.signatures],
    }


async def _write_bundle(
    args: argparse.Namespace,
    runtime: Runtime,
    findings: list[Finding],
    answers_toml: str | None,
    integration: dict[str, Any] | None,
) -> None:
    from hubspot_setup.services.crash import crash_files  # noqa: PLC0415
    from hubspot_setup.services.diagnostics import (  # noqa: PLC0415
        BundleContents,
        stored_secrets,
        write_bundle,
    )
    from hubspot_setup.services.logs import log_dir  # noqa: PLC0415

    destination: Path = args.bundle
    state = runtime.controller.state
    known = [
        os.environ.get(PRIVATE_APP_TOKEN_ENV, ""),
        os.environ.get(args.api_key_env, ""),
    ]
    known.extend(stored_secrets(state, runtime.secrets))
    contents = BundleContents(
        state=state,
        settings=runtime.settings,
        answers_toml=answers_toml,
        integration=integration,
        doctor_report=report_dict(findings),
        log_files=runtime.log_files,
        crash_files=crash_files(log_dir()),
    )
    try:
        write_bundle(destination, contents, known_secrets=known)
    except OSError as error:
        raise CommandFailed(
            file_not_saved("diagnostics bundle", destination, error),
            ExitCode.USAGE,
        ) from None
    wrote = translate("cli.doctor", "Wrote the diagnostics bundle %1").arg(destination)
    sys.stderr.write(f"{wrote}\n")
