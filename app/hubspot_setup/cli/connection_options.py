"""The connection options the unattended commands share (light: no HTTP stack imported)."""

from __future__ import annotations

import argparse

from hubspot_setup.cli.exit_codes import CommandFailed, ExitCode
from hubspot_setup.services import settings as settings_module
from hubspot_setup.services.problem_texts import setting_unusable
from hubspot_setup.services.settings import Settings, SettingsError


def add_connection_arguments(
    parser: argparse.ArgumentParser, *, sandbox: bool, top_level: bool = False
) -> None:
    """The options are accepted both before and after a subcommand; the subcommand's copy
    only sets what was given to it, so `--opencx-url X apply F` keeps X."""
    default = None if top_level else argparse.SUPPRESS
    settings_module.add_arguments(parser, default=default)
    if sandbox:
        parser.add_argument(
            "--sandbox",
            nargs="?",
            const="default",
            default=default,
            metavar="SCENARIO",
            dest="sandbox_scenario",
            help="run against the built-in sandbox (scenario 'default' unless named)",
        )


def settings_from(args: argparse.Namespace) -> Settings:
    try:
        return settings_module.from_args(args)
    except SettingsError as error:
        raise CommandFailed(
            setting_unusable(str(error)),
            ExitCode.USAGE,
        ) from None
