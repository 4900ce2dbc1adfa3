"""`opencx-hubspot-setup sandbox`: run the sandbox standalone until Ctrl+C."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from pathlib import Path
from typing import Any

from hubspot_setup.flow.outside_text import terminal_text
from hubspot_setup.flow.words import translate


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "sandbox",
        help="run the practice sandbox (simulated OpenCX and HubSpot) on this computer",
        description="Run the sandbox: a simulated OpenCX backend and HubSpot on 127.0.0.1.",
    )
    parser.add_argument("--port", type=int, default=0, help="port to listen on (default: any free)")
    start_from = parser.add_mutually_exclusive_group()
    start_from.add_argument(
        "--scenario",
        default="default",
        metavar="NAME|FILE",
        help="a built-in scenario name or a scenario .toml file (default: default)",
    )
    start_from.add_argument(
        "--from-bundle",
        type=Path,
        metavar="FILE",
        help="reproduce the setup recorded in a diagnostics bundle (.zip) from a customer",
    )
    parser.add_argument(
        "--time-scale",
        type=float,
        default=1.0,
        metavar="X",
        help="multiply the simulated delays by X (default: 1.0)",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    # The web stack loads only when the sandbox runs, so `--help` stays instant.
    from hubspot_setup.sandbox.scenario import ScenarioError  # noqa: PLC0415
    from hubspot_setup.sandbox.server import SandboxStartError, start_sandbox  # noqa: PLC0415

    try:
        sandbox = start_sandbox(
            args.scenario,
            port=args.port,
            time_scale=args.time_scale,
            from_bundle=args.from_bundle,
        )
    except (ScenarioError, SandboxStartError) as error:
        print(
            translate("cli.sandbox_command", "The sandbox could not start: %1").arg(
                terminal_text(str(error))
            ),
            file=sys.stderr,
        )
        return 2
    stop = threading.Event()
    previous = {
        sig: signal.signal(sig, lambda *_: stop.set()) for sig in (signal.SIGINT, signal.SIGTERM)
    }
    try:
        print(
            translate("cli.sandbox_command", "Sandbox scenario %1 serving at %2").arg(
                repr(sandbox.scenario_name), sandbox.base_url
            )
        )
        if args.from_bundle is not None:
            print(f"  {terminal_text(sandbox.world.scenario.description)}")  # a bundle's text
        addresses = [
            (translate("cli.sandbox_command", "OpenCX URL:"), sandbox.opencx_url),
            (translate("cli.sandbox_command", "HubSpot API URL:"), sandbox.hubspot_api_url),
            (translate("cli.sandbox_command", "State:"), sandbox.state_url),
            (translate("cli.sandbox_command", "Practice customer:"), sandbox.customer_url),
        ]
        width = max(len(label) for label, _ in addresses)  # in any language, one column
        for label, url in addresses:
            print(f"  {label.ljust(width)} {url}")
        print(translate("cli.sandbox_command", "Press Ctrl+C to stop."), flush=True)
        while not stop.wait(0.5):
            pass
    finally:
        sandbox.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    print(translate("cli.sandbox_command", "Sandbox stopped."))
    return 0
