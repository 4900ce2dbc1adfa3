from __future__ import annotations

import pytest

import hubspot_setup
from hubspot_setup.cli.main import main


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"opencx-hubspot-setup {hubspot_setup.__version__}"


def test_unknown_option_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--no-such-option"])
    assert exit_info.value.code == 2
    assert "usage:" in capsys.readouterr().err


def test_connection_options_are_kept_whichever_side_of_the_subcommand_they_are_on() -> None:
    from hubspot_setup.cli.main import build_parser

    parser = build_parser()
    before = parser.parse_args(["--opencx-url", "http://127.0.0.1:9/x", "doctor"])
    after = parser.parse_args(["doctor", "--opencx-url", "http://127.0.0.1:9/x"])
    neither = parser.parse_args(["doctor"])
    assert before.opencx_url == after.opencx_url == "http://127.0.0.1:9/x"
    assert neither.opencx_url is None
    sandboxed = parser.parse_args(["--sandbox=many-teammates", "apply", "answers.toml"])
    assert sandboxed.sandbox_scenario == "many-teammates"


def test_opening_the_window_imports_no_subcommand() -> None:
    """The window's start parses its options without the subcommands' modules (they bring
    pydantic and the answers file: about 100 ms in a frozen bundle before the first paint)."""
    import subprocess
    import sys

    program = (
        "import sys\n"
        "from hubspot_setup.cli.main import build_parser, _names_a_command\n"
        "words = ['--sandbox=default']\n"
        "assert not _names_a_command(words)\n"
        "args = build_parser(with_commands=False).parse_args(words)\n"
        "assert args.command is None and args.sandbox_scenario == 'default'\n"
        "cli = [m for m in sys.modules if m.startswith('hubspot_setup.cli.')]\n"
        "loaded = cli + [m for m in sys.modules if m == 'pydantic']\n"
        "print(sorted(loaded))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, check=True, timeout=60
    )
    loaded = done.stdout.strip()
    assert "apply" not in loaded, loaded
    assert "pydantic" not in loaded, loaded
    for word in ("apply", "doctor", "--help", "export-answers"):
        from hubspot_setup.cli.main import _names_a_command

        assert _names_a_command(["--sandbox", word])
