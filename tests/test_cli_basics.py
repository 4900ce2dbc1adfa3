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
