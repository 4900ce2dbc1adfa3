"""Signing in for the commands that read the current connection (doctor, export-answers):
the saved session when this computer's keychain still has it, else an API key."""

from __future__ import annotations

import argparse
import os
import sys

from hubspot_setup.flow.answers_file import OPENCX_API_KEY_ENV
from hubspot_setup.flow.controller import SetupController
from hubspot_setup.flow.problems import ProblemError, not_signed_in
from hubspot_setup.services.logs import remember_secret


def add_session_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("sign-in (when no saved session is available)")
    group.add_argument(
        "--api-key-env",
        default=OPENCX_API_KEY_ENV,
        metavar="NAME",
        help=f"environment variable holding an OpenCX API key (default {OPENCX_API_KEY_ENV})",
    )
    group.add_argument(
        "--api-key-stdin", action="store_true", help="read the OpenCX API key from standard input"
    )


async def sign_in_for_reading(controller: SetupController, args: argparse.Namespace) -> None:
    """Resume the saved session, else sign in with the API key; raises ProblemError."""
    await controller.start()
    if controller.state.answers.account is not None:
        return
    key = os.environ.get(args.api_key_env, "")
    if args.api_key_stdin and not sys.stdin.isatty():
        key = sys.stdin.readline()
    remember_secret(key.strip())  # a secret from here on, whatever it looks like
    if not key.strip():
        raise ProblemError(not_signed_in(args.api_key_env))
    await controller.sign_in_with_api_key(key)
