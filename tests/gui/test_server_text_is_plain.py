"""Words from a server are shown as sent, never rendered as markup (issue 17).

The sandbox's OpenCX answers with a user and an organisation whose names hold HTML: a
rendered `<img>` would fetch a remote picture, a rendered `<a>` would be a link nobody wrote.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import resources
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from fixtures.gui_rig import Rig
from hubspot_setup.flow.problems import Problem, ProblemKind
from hubspot_setup.gui.pages.signin import SignInPage
from hubspot_setup.gui.widgets.problem_banner import ProblemBanner

USER = '<img src="https://tracker.example/p.png">Ada'
ORGANIZATION = '<a href="https://evil.example">Acme</a> <b>Support</b>'


def scenario_with_markup_names(folder: Path) -> Path:
    default = resources.files("hubspot_setup.sandbox") / "scenarios" / "default.toml"
    text = default.read_text(encoding="utf-8")
    text = text.replace('name = "Ada Lovelace"', f"name = '{USER}'")
    text = text.replace('name = "Acme Support"', f"name = '{ORGANIZATION}'")
    path = folder / "markup-names.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_names_from_opencx_are_shown_as_plain_text(
    page_rig: Callable[..., Rig], tmp_path: Path
) -> None:
    rig = page_rig(str(scenario_with_markup_names(tmp_path)))
    page = rig.show(SignInPage)
    rig.run(rig.controller.sign_in_with_api_key(rig.sandbox.api_key))
    shown = {name: page.child(QLabel, name) for name in ("signedInLabel", "roleLabel")}
    assert USER in shown["signedInLabel"].text()
    assert ORGANIZATION in shown["roleLabel"].text()
    for label in shown.values():
        assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()


def test_a_problem_quoting_a_server_is_shown_as_plain_text(qtbot: QtBot) -> None:
    banner = ProblemBanner()
    qtbot.addWidget(banner)
    banner.show_problem(
        Problem(
            kind=ProblemKind.UNEXPECTED,
            title="<b>OpenCX</b> said no",
            message='OpenCX answered: <img src="https://tracker.example/p.png">',
            fix="<a href='https://evil.example'>Click here</a>",
        )
    )
    for label in (banner.title, banner.message, banner.fix):
        assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()
