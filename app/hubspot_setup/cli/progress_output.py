"""Per-step progress on standard error, and the record behind the `--json` summary.

Standard error carries the readable progress so standard output stays clean for `--json`.
Each step ends in one of four outcomes, so a script and a person read the same story.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, TextIO

from hubspot_setup.flow.outside_text import terminal_text
from hubspot_setup.flow.problems import Problem
from hubspot_setup.flow.words import QT_TRANSLATE_NOOP, translate


class Outcome(StrEnum):
    CHECKED = "checked"  # nothing to write: read and found fine (sign-in, prerequisites)
    CHANGED = "changed"  # something was saved on OpenCX
    UNCHANGED = "unchanged"  # already as the answers say: nothing written
    SKIPPED = "skipped"  # the answers file asked not to do it
    FAILED = "failed"


_MARKS = {
    Outcome.CHECKED: QT_TRANSLATE_NOOP("cli.progress_output", "ok"),
    Outcome.CHANGED: QT_TRANSLATE_NOOP("cli.progress_output", "done"),
    Outcome.UNCHANGED: QT_TRANSLATE_NOOP("cli.progress_output", "already set"),
    Outcome.SKIPPED: QT_TRANSLATE_NOOP("cli.progress_output", "skipped"),
    Outcome.FAILED: QT_TRANSLATE_NOOP("cli.progress_output", "FAILED"),
}


@dataclass
class StepRecord:
    step: str
    title: str
    outcome: Outcome | None = None
    detail: str = ""


@dataclass
class ProgressReport:
    """Writes each step as it starts and ends; remembers them for the summary."""

    stream: TextIO
    steps: list[StepRecord] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def begin(self, step: str, title: str) -> None:
        self.steps.append(StepRecord(step, title))
        self._write(translate("cli.progress_output", "[%1] %2 ...").arg(len(self.steps), title))

    def end(self, outcome: Outcome, detail: str = "") -> None:
        current = self.steps[-1]
        current.outcome = outcome
        current.detail = detail
        mark = _MARKS[outcome].text()
        line = translate("cli.progress_output", "%1: %2").arg(mark, detail) if detail else mark
        self._write(f"    {line}")

    def say(self, text: str) -> None:
        """A line inside the current step (for example "waiting for the browser")."""
        self._write(f"    {text}")

    def finish(self, text: str) -> None:
        """The closing line of a successful run."""
        self._write("")
        self._write(text)

    def note(self, text: str) -> None:
        """Something worth knowing that does not stop the run; repeated in the summary."""
        self.notes.append(text)
        self._write("    " + translate("cli.progress_output", "note: %1").arg(text))

    def fail(self, problem: Problem) -> None:
        if self.steps and self.steps[-1].outcome is None:
            self.end(Outcome.FAILED, problem.title)
        self._write("")
        self._write(f"{problem.title}")
        self._write(
            "  " + translate("cli.progress_output", "What happened: %1").arg(problem.message)
        )
        self._write("  " + translate("cli.progress_output", "What to do: %1").arg(problem.fix))
        if problem.details:  # the details stay English (for OpenCX support); their label not
            self._write("  " + translate("cli.progress_output", "Details: %1").arg(problem.details))

    def summary(self, *, exit_code: int, problem: Problem | None, **extra: Any) -> dict[str, Any]:
        """The machine-readable summary (`--json`)."""
        return {
            "ok": exit_code == 0,
            "exit_code": exit_code,
            "steps": [
                {
                    "step": record.step,
                    "title": record.title,
                    "outcome": record.outcome.value if record.outcome else None,
                    "detail": record.detail,
                }
                for record in self.steps
            ],
            "notes": list(self.notes),
            "problem": problem_dict(problem) if problem else None,
            **extra,
        }

    def _write(self, line: str) -> None:
        # Problems and notes carry server text: nothing in it may act on the terminal.
        self.stream.write(terminal_text(line) + "\n")
        self.stream.flush()


def problem_dict(problem: Problem) -> dict[str, Any]:
    return {
        "kind": problem.kind.value,
        "title": problem.title,
        "message": problem.message,
        "fix": problem.fix,
        "details": problem.details,
        "field": problem.field,
        "missing_scopes": list(problem.missing_scopes),
    }
