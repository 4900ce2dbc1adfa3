"""Command line entry point: `opencx-hubspot-setup [--version] [COMMAND ...]`.

Each subcommand lives in its own module under `hubspot_setup.cli` with two functions:
`register(subparsers)` adds its parser (setting `handler` as the default), and the handler
takes the parsed arguments and returns the exit code. Heavy modules (Qt, httpx, the sandbox
stack) are imported inside handlers, so `--version` and `--help` answer at once.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from hubspot_setup import APP_NAME, __version__

# Subcommand modules, in the order `--help` lists them.
COMMAND_MODULES: tuple[str, ...] = ()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="opencx-hubspot-setup",
        description=f"{APP_NAME}: connect a HubSpot portal to OpenCX.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module_name in COMMAND_MODULES:
        importlib.import_module(f"hubspot_setup.cli.{module_name}").register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is None:
        # The wizard window is the default once the GUI exists (issue 6); until then, help.
        parser.print_help(sys.stderr)
        return 0
    return int(handler(args))


def gui_main() -> int:
    return main()
