"""Command line entry point: `opencx-hubspot-setup [--version] [COMMAND ...]`.

Each subcommand lives in its own module under `hubspot_setup.cli` with two functions:
`register(subparsers)` adds its parser (setting `handler` as the default), and the handler
takes the parsed arguments and returns the exit code. Heavy modules (Qt, httpx, the sandbox
stack) are imported inside handlers, so `--version` and `--help` answer at once.
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Sequence

from hubspot_setup import APP_NAME, __version__
from hubspot_setup.cli.connection_options import add_connection_arguments

# Subcommand modules, in the order `--help` lists them.
COMMAND_MODULES: tuple[str, ...] = (
    "sandbox_command",
    "apply",
    "export_answers",
    "doctor",
    "hubspot_command",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="opencx-hubspot-setup",
        description=f"{APP_NAME}: connect a HubSpot portal to OpenCX.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    # Without a subcommand the wizard window opens; these options are the window's.
    add_connection_arguments(parser, sandbox=True, top_level=True)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module_name in COMMAND_MODULES:
        importlib.import_module(f"hubspot_setup.cli.{module_name}").register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is None:
        from hubspot_setup.gui.launch import run_gui  # noqa: PLC0415 (Qt only for the window)

        return run_gui(args)
    return int(handler(args))


def gui_main() -> int:
    return main()
