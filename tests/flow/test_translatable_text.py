"""Every sentence is translated where `pyside6-lupdate` can see it (see `flow/words.py`).

lupdate reads the source text and context of a call only when both are string literals, and
reads a plural only when `n` is the fourth positional argument: anything else is silently
left out of the .ts files and stays English in every language.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import hubspot_setup
from hubspot_setup.flow import words

PACKAGE = Path(hubspot_setup.__file__).parent
MARKERS = {"translate", "QT_TRANSLATE_NOOP"}
# Qt's own doors: each would bypass the context rule (PySide's `self.tr` takes the context from
# the object's class, so a subclass's call would look up the wrong context).
FORBIDDEN = {"tr", "QT_TR_NOOP"}
_PLACEHOLDER = re.compile(r"%(\d+)")
# The doors themselves pass their arguments on.
DOORS = {"flow/words.py", "sandbox/words.py", "services/translations.py"}


def context_of(path: Path) -> str:
    """`hubspot_setup/gui/pages/method.py` -> "gui.pages.method"."""
    return ".".join(path.relative_to(PACKAGE).with_suffix("").parts)


def _is_marker(call: ast.Call) -> str | None:
    func = call.func
    if isinstance(func, ast.Name) and func.id in MARKERS | FORBIDDEN:
        return func.id
    if isinstance(func, ast.Attribute) and func.attr in MARKERS | FORBIDDEN:
        receiver = func.value
        # `str.translate(table)` (one argument) is not a sentence.
        if func.attr == "translate" and len(call.args) < 2:
            return None
        if isinstance(receiver, ast.Name | ast.Attribute | ast.Call):
            return func.attr
    return None


def offences(path: Path, source: str) -> list[str]:
    found: list[str] = []
    expected = context_of(path) if path.is_relative_to(PACKAGE) else None
    tree = ast.parse(source)
    for fstring in (node for node in ast.walk(tree) if isinstance(node, ast.JoinedStr)):
        for inner in ast.walk(fstring):
            if isinstance(inner, ast.Call) and _is_marker(inner):
                found.append(f"{path.name}:{inner.lineno}: lupdate misses a call in an f-string")
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _is_marker(node)
        if name is None:
            continue
        where = f"{path.name}:{node.lineno}"
        if name in FORBIDDEN or (
            isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id in {"QCoreApplication", "QApplication", "QObject"}
        ):
            found.append(f"{where}: use flow.words.translate, not {name}()")
            continue
        literal = [isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args[:2]]
        if len(literal) < 2 or not all(literal):
            found.append(f"{where}: context and source must be string literals")
            continue
        context, text = (a.value for a in node.args[:2])  # type: ignore[attr-defined]
        if expected is not None and context != expected:
            found.append(f"{where}: context {context!r} should be {expected!r}")
        if any(k.arg == "n" for k in node.keywords):
            found.append(f"{where}: pass n as the fourth argument (lupdate misses n=)")
        if len(node.args) == 4 or (
            len(node.args) == 5 and getattr(node.args[3], "id", None) != "PLURAL"
        ):
            found.append(f"{where}: a plural is translate(ctx, text, None, PLURAL, count)")
        if len(node.args) == 5 and not isinstance(node.args[4], ast.Name):
            found.append(f"{where}: the count must be a plain name (lupdate skips self.x, f())")
        segment = ast.get_source_segment(source, node) or ""
        if len(node.args) == 5 and re.search(r",\s*\)$", segment):
            found.append(f"{where}: lupdate drops a plural ending in a comma (# fmt: off/on)")
        numbers = sorted({int(m) for m in _PLACEHOLDER.findall(text)})
        if numbers != list(range(1, len(numbers) + 1)):
            found.append(f"{where}: placeholders {numbers} should run %1, %2, ... without gaps")
        if re.search(r"\{[a-z_0-9]*\}", text):
            found.append(f"{where}: a {{name}} placeholder; use %1")
    return found


def _sources() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("area", ["flow", "services", "cli", "gui", "sandbox"])
def test_every_call_is_seen_by_lupdate(area: str) -> None:
    found: list[str] = []
    for path in sorted((PACKAGE / area).rglob("*.py")):
        if path.relative_to(PACKAGE).as_posix() in DOORS:
            continue
        found += offences(path, path.read_text(encoding="utf-8"))
    assert found == []


def _text_argument(node: ast.expr) -> bool:
    """A sentence written in place: a literal, an f-string, or literals joined with +."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return bool(node.value.strip())
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return _text_argument(node.left) or _text_argument(node.right)
    return False


def test_problem_words_are_translated() -> None:
    """A Problem's title, message and fix come from `translate` (its details stay English:
    they are for OpenCX support)."""
    found = []
    for path in _sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Problem"):
                continue
            for keyword in node.keywords:
                if keyword.arg in {"title", "message", "fix"} and _text_argument(keyword.value):
                    found.append(f"{path.name}:{node.lineno} {keyword.arg}")
    assert found == []


def test_the_check_finds_each_mistake(tmp_path: Path) -> None:
    path = PACKAGE / "flow" / "example.py"
    source = (
        "translate('flow.example', f'Hello {name}')\n"
        "translate('flow.example', text)\n"
        "translate('flow.other', 'Wrong context')\n"
        "translate('flow.example', '%n items', None, n=count)\n"
        "translate('flow.example', 'Gap %1 and %3')\n"
        "translate('flow.example', 'Old {style}')\n"
        "self.tr('Hello')\n"
        "QCoreApplication.translate('flow.example', 'Door')\n"
        "translate('flow.example', 'Fine %1 and %2').arg(a, b)\n"
        "'abc'.translate(table)\n"
        "translate('flow.example', '%n left', None, count)\n"
        "translate('flow.example', '%n left', None, PLURAL, self.count)\n"
        "translate('flow.example', '%n left', None, PLURAL, count,)\n"
        "f\"{translate('flow.example', 'Inside')}\"\n"
    )
    found = offences(path, source)
    assert sorted((line.split(":")[1] for line in found), key=int) == [
        "1",
        "2",
        "3",
        "4",
        "5",
        "6",
        "7",
        "8",
        "11",
        "12",
        "13",
        "14",
    ]


def test_arg_fills_every_placeholder_once() -> None:
    text = words.translate("flow.words", "%1 then %2, and %1 again")
    assert text.arg("a%2", 3) == "a%2 then 3, and a%2 again"


def test_a_plural_picks_its_form_through_the_translator() -> None:
    seen: list[tuple[str, str, str | None, int]] = []

    def translator(context: str, source: str, disambiguation: str | None, n: int) -> str:
        seen.append((context, source, disambiguation, n))
        if source != "%n teammate(s)":
            return source.upper()
        return "%n Teammitglied" if n == 1 else "%n Teammitglieder"

    words.use_translator(translator, lambda value: f"{value:,}".replace(",", "."))
    try:
        assert (
            words.translate("flow.x", "%n teammate(s)", None, words.PLURAL, 1) == "1 Teammitglied"
        )
        assert (
            words.translate("flow.x", "%n teammate(s)", None, words.PLURAL, 1200)
            == "1.200 Teammitglieder"
        )
        assert words.translate("flow.x", "%1 left").arg(1200) == "1200 LEFT"  # an id, as given
        assert words.format_number(1200) == "1.200"
        assert words.QT_TRANSLATE_NOOP("flow.x", "Later").text() == "LATER"
    finally:
        words.use_translator(None)
    assert seen[0] == ("flow.x", "%n teammate(s)", None, 1)
    assert words.translate("flow.x", "%n teammate(s)", None, words.PLURAL, 2) == "2 teammates"
    assert words.translate("flow.x", "%n address(es), %n teammate(s)", None, words.PLURAL, 1) == (
        "1 address, 1 teammate"
    )
