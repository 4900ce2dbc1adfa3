"""`opencx-hubspot-setup export-answers [FILE]`: the answers file for the current connection,
so a working setup can be repeated elsewhere or shared with support."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from hubspot_setup.cli.connection_options import add_connection_arguments
from hubspot_setup.cli.exit_codes import CommandFailed, ExitCode
from hubspot_setup.cli.outcome import run_body
from hubspot_setup.cli.progress_output import ProgressReport
from hubspot_setup.cli.session import add_session_arguments, sign_in_for_reading
from hubspot_setup.flow.answers_file import answers_for, dump_answers
from hubspot_setup.flow.controller import SetupController
from hubspot_setup.flow.problems import nothing_connected_to_export
from hubspot_setup.flow.steps import Method
from hubspot_setup.flow.words import translate
from hubspot_setup.services.file_writes import write_file
from hubspot_setup.services.problem_texts import file_not_saved

# Part of the file, not of the screen: English in every language, so an exported file reads
# the same for support and compares equal between computers.
HEADER = (
    "# Exported by opencx-hubspot-setup export-answers. Secrets are not included: they\n"
    "# are read from the environment variables named below. See docs/unattended.md.\n"
)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "export-answers",
        help="write the answers file that repeats the current connection",
        description="Read the current connection from OpenCX and the saved progress and "
        "write it as an answers file for `apply` (no secret is written).",
    )
    parser.add_argument(
        "file", type=Path, nargs="?", metavar="FILE", help="where to write (default: stdout)"
    )
    add_connection_arguments(parser, sandbox=False)
    add_session_arguments(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    report = ProgressReport(sys.stderr)
    failure = run_body(lambda: _export(args, report))
    if failure is not None:
        report.fail(failure.problem)
        return int(failure.exit_code)
    return int(ExitCode.OK)


async def _export(args: argparse.Namespace, report: ProgressReport) -> None:
    from hubspot_setup.cli.runtime import command_runtime  # noqa: PLC0415 (HTTP stack)

    async with command_runtime(args) as runtime:
        await sign_in_for_reading(runtime.controller, args)
        text = await current_answers_toml(runtime.controller)
    if args.file is None:
        sys.stdout.write(text)
        return
    try:
        write_file(args.file, text)  # a new owner-only temporary file, then a rename
    except OSError as error:
        raise CommandFailed(
            file_not_saved("answers file", args.file, error),
            ExitCode.USAGE,
        ) from None
    report.say(translate("cli.export_answers", "Wrote %1").arg(args.file))


async def current_answers_toml(controller: SetupController) -> str:
    """Read everything an answers file covers from the backend, then render it."""
    facts = await controller.refresh_integration()
    if facts.connection is None:
        raise CommandFailed(nothing_connected_to_export())
    await controller.refresh_autopilot()
    if facts.connection.method is Method.OAUTH:
        await controller.load_signatures()
    answers = answers_for(controller.state, default_user_id=facts.default_user_id)
    return HEADER + dump_answers(answers)
