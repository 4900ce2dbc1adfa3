"""`opencx-hubspot-setup hubspot check-token`: what HubSpot says about a private app token.

The token is read from standard input or `HUBSPOT_PRIVATE_APP_TOKEN`, never from the command
line (other users of the computer can read a process's arguments). Exit 0 only when every
scope the guide requires is granted.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Any

from hubspot_setup.cli.connection_options import add_connection_arguments
from hubspot_setup.cli.exit_codes import CommandFailed, ExitCode
from hubspot_setup.cli.outcome import run_body
from hubspot_setup.cli.progress_output import ProgressReport, problem_dict
from hubspot_setup.flow.answers_file import PRIVATE_APP_TOKEN_ENV
from hubspot_setup.flow.guide import LEGACY_REQUIRED_SCOPES
from hubspot_setup.flow.outside_text import terminal_text
from hubspot_setup.flow.problems import not_a_private_app_token
from hubspot_setup.flow.tokens import check_private_app_token
from hubspot_setup.flow.words import translate
from hubspot_setup.services.logs import remember_secret

FIRST_TEAMMATES = 5


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("hubspot", help="HubSpot checks (legacy private app)")
    commands = parser.add_subparsers(dest="hubspot_command", metavar="COMMAND", required=True)
    check = commands.add_parser(
        "check-token",
        help="show a private app token's portal, scopes and first teammates",
        description="Reads the token from standard input or "
        f"{PRIVATE_APP_TOKEN_ENV}; exits 0 only when every required scope is granted.",
    )
    add_connection_arguments(check, sandbox=False)
    check.add_argument("--json", action="store_true", help="print the result as JSON")
    check.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    result: dict[str, Any] = {}
    failure = run_body(lambda: _check(args, result))
    if failure is not None:
        if args.json:
            sys.stdout.write(json.dumps({"problem": problem_dict(failure.problem)}) + "\n")
        ProgressReport(sys.stderr).fail(failure.problem)
        return int(failure.exit_code)
    if args.json:
        sys.stdout.write(json.dumps(result, indent=2) + "\n")
    else:
        _print(result)
    return int(ExitCode.HUBSPOT_REFUSED if result["missing_scopes"] else ExitCode.OK)


async def _check(args: argparse.Namespace, result: dict[str, Any]) -> None:
    from hubspot_setup.cli.runtime import command_runtime  # noqa: PLC0415 (HTTP stack)

    token = _read_token()
    async with command_runtime(args) as runtime:
        hubspot = runtime.services.hubspot
        facts = await hubspot.private_app_token_facts(token)
        missing = [s for s in LEGACY_REQUIRED_SCOPES if s not in facts.granted_scopes]
        teammates = [] if missing else list(await hubspot.owners(token))[:FIRST_TEAMMATES]
    result.update(
        portal_id=facts.portal_id,
        granted_scopes=sorted(facts.granted_scopes),
        missing_scopes=missing,
        teammates=[{"owner_id": t.owner_id, "user_id": t.user_id, "label": t.label}
                   for t in teammates],
    )  # fmt: skip


def _read_token() -> str:
    raw = "" if sys.stdin.isatty() else sys.stdin.readline()
    raw = raw.strip() or os.environ.get(PRIVATE_APP_TOKEN_ENV, "")
    remember_secret(raw.strip())  # a secret from here on, even when it is malformed
    shape = check_private_app_token(raw)
    if shape.value is None:
        raise CommandFailed(
            not_a_private_app_token(
                shape.error,
                missing=not raw.strip(),
                put_it_in=translate("cli.hubspot_command", "standard input or %1").arg(
                    PRIVATE_APP_TOKEN_ENV
                ),
            ),
            ExitCode.SECRET_MISSING if not raw.strip() else ExitCode.HUBSPOT_REFUSED,
        )
    return shape.value.value


def _print(result: dict[str, Any]) -> None:
    out = sys.stdout
    # An id, not a quantity: str() keeps it free of the locale's digit grouping.
    portal = translate("cli.hubspot_command", "Portal: %1").arg(str(result["portal_id"]))
    out.write(f"{portal}\n")
    granted = terminal_text(", ".join(result["granted_scopes"]))
    granted_line = translate("cli.hubspot_command", "Granted scopes: %1").arg(
        granted or translate("cli.hubspot_command", "none")
    )
    out.write(f"{granted_line}\n")
    if result["missing_scopes"]:
        missing = terminal_text(", ".join(result["missing_scopes"]))
        out.write(translate("cli.hubspot_command", "Missing scopes: %1").arg(missing) + "\n")
        out.write(
            translate(
                "cli.hubspot_command",
                "Add them on the legacy app's Scopes tab in HubSpot, commit the change, "
                "and check again.",
            )
            + "\n"
        )
        return
    out.write(translate("cli.hubspot_command", "Every required scope is granted.") + "\n")
    out.write(translate("cli.hubspot_command", "First teammates:") + "\n")
    for teammate in result["teammates"]:
        line = translate("cli.hubspot_command", "%1 (user id %2)").arg(
            teammate["label"], str(teammate["user_id"])
        )
        out.write(f"  {terminal_text(line)}\n")  # names and emails come from HubSpot
