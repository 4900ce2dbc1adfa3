"""Running a command's async body and turning whatever it raised into an exit code."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import Any

from hubspot_setup.cli.exit_codes import CommandFailed, ExitCode
from hubspot_setup.flow.problems import ProblemError, interrupted, unexpected_fault

_log = logging.getLogger(__name__)


def run_body(body: Callable[[], Coroutine[Any, Any, None]]) -> CommandFailed | None:
    """Run `body` on a fresh event loop; None when it finished, else the failure to report."""
    try:
        asyncio.run(body())
    except CommandFailed as failure:
        return failure
    except ProblemError as error:
        return CommandFailed(error.problem)
    except KeyboardInterrupt:
        return CommandFailed(interrupted(), ExitCode.INTERRUPTED)
    except Exception as error:  # a bug: say so plainly, keep the trace in the log only
        _log.exception("unexpected failure")
        return CommandFailed(
            unexpected_fault(type(error).__name__, in_window=False), ExitCode.UNEXPECTED
        )
    return None
