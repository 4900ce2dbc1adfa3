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
from hubspot_setup.cli.connection_options import add_connection_arguments

# Subcommand modules, in the order `--help` lists them, by the command name each registers.
COMMANDS: dict[str, str] = {
    "sandbox": "sandbox_command",
    "apply": "apply",
    "export-answers": "export_answers",
    "doctor": "doctor",
    "hubspot": "hubspot_command",
}
COMMAND_MODULES: tuple[str, ...] = tuple(COMMANDS.values())


def build_parser(*, with_commands: bool = True) -> argparse.ArgumentParser:
    """The whole parser; without `with_commands` only the window's options (starting the
    window then imports no subcommand module: they bring pydantic and the answers file, about
    100 ms in a frozen bundle, before the first paint)."""
    parser = argparse.ArgumentParser(
        prog="opencx-hubspot-setup",
        description=f"{APP_NAME}: connect a HubSpot portal to OpenCX.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    # Without a subcommand the wizard window opens; these options are the window's.
    add_connection_arguments(parser, sandbox=True, top_level=True)
    if not with_commands:
        parser.set_defaults(command=None)
        return parser
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module_name in COMMAND_MODULES:
        importlib.import_module(f"hubspot_setup.cli.{module_name}").register(subparsers)
    return parser


def _names_a_command(argv: Sequence[str]) -> bool:
    """Whether the words could name a subcommand (or ask for the help that lists them)."""
    return any(word in COMMANDS or word in {"-h", "--help"} for word in argv)


def main(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(with_commands=_names_a_command(words))
    args = parser.parse_args(words)
    handler = getattr(args, "handler", None)
    if handler is None:
        from hubspot_setup.gui.launch import run_gui  # noqa: PLC0415 (Qt only for the window)

        return run_gui(args)
    speak_chosen_language(args)
    return int(handler(args))


def speak_chosen_language(args: argparse.Namespace) -> None:
    """The commands speak the window's language: `--language`, the setting, else the
    system's. In `--json` output the sentences follow it too; its keys, ids, outcomes and
    the exit codes never change with the language."""
    # QtCore: imported here, so --version and --help answer without it.
    from hubspot_setup.services.translations import speak_as_asked  # noqa: PLC0415

    speak_as_asked(args)


def gui_main() -> int:
    return main()
