"""Words live in one place: pages and commands show Problems, they never word one.

`flow.problems` has a factory per failure of a rule, `services.errors` per HTTP failure and
`services.problem_texts` per failure on this computer; every other module only calls them.
"""

from __future__ import annotations

import ast
from pathlib import Path

import hubspot_setup

PACKAGE = Path(hubspot_setup.__file__).parent
# The modules that word Problems, and so the only ones allowed to build one.
WORDING_MODULES = ("flow/problems.py", "services/errors.py", "services/problem_texts.py")


def problem_constructions(root: Path) -> list[str]:
    """Every `Problem(...)` / `problems.Problem(...)` / `dataclasses.replace(problem, ...)`
    call under `root`, as "file:line"."""
    found = []
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            rewords = name == "replace" and any(
                isinstance(arg, ast.Name) and "problem" in arg.id.lower() for arg in node.args
            )
            if name == "Problem" or rewords:
                found.append(f"{path.relative_to(root.parent)}:{node.lineno}")
    return found


def test_pages_and_commands_never_word_a_problem() -> None:
    offenders = problem_constructions(PACKAGE / "gui") + problem_constructions(PACKAGE / "cli")
    assert offenders == [], "use a factory from flow.problems or services.problem_texts"


def test_only_the_wording_modules_word_a_problem() -> None:
    """Services and flow modules also call a factory: a Problem built anywhere else is a
    second wording of a failure that already has one, or a kind nobody can find."""
    allowed = {f"hubspot_setup/{module}" for module in WORDING_MODULES}
    offenders = [
        place for place in problem_constructions(PACKAGE) if place.rsplit(":", 1)[0] not in allowed
    ]
    assert offenders == [], "add a factory to one of " + ", ".join(WORDING_MODULES)


def test_the_check_finds_a_construction(tmp_path: Path) -> None:
    page = tmp_path / "gui" / "page.py"
    page.parent.mkdir()
    page.write_text(
        "from dataclasses import replace\n"
        "from hubspot_setup.flow import problems\n"
        "a = problems.Problem(kind=1, title='t', message='m', fix='f')\n"
        "b = replace(problem, fix='other words')\n",
        encoding="utf-8",
    )
    assert problem_constructions(tmp_path / "gui") == ["gui/page.py:3", "gui/page.py:4"]


def _titles(path: Path) -> set[str]:
    """Every title's source text: written in place, or through `translate(context, text)`
    (with or without `.arg`, in either branch of a conditional)."""
    titles = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.keyword) and node.arg == "title"):
            continue
        parts = list(ast.walk(node.value))
        contexts = {
            id(part.args[0])
            for part in parts
            if isinstance(part, ast.Call) and getattr(part.func, "id", "") == "translate"
        }
        titles |= {
            part.value
            for part in parts
            if isinstance(part, ast.Constant)
            and isinstance(part.value, str)
            and id(part) not in contexts
        }
    return titles


def test_each_failure_is_worded_in_one_module() -> None:
    """The same title in two wording modules is the same failure worded twice."""
    seen: dict[str, str] = {}
    twice = []
    for module in WORDING_MODULES:
        for title in _titles(PACKAGE / module):
            if title in seen:
                twice.append(f"{title!r}: {seen[title]} and {module}")
            seen[title] = module
    assert twice == []
