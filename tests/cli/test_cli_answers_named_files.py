"""An answers file reads only what it should (issue 16, items 2 and 5): the files it names
resolve inside its own folder after symbolic links, must be regular files and are read with a
bound; an answers file or html_file that is a pipe or a device is refused at once, never read
without end and never waited on."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from hubspot_setup.cli.answers_input import load_answers
from hubspot_setup.cli.exit_codes import CommandFailed, ExitCode

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")

SIGNED = "<p>Signed</p>"


def _answers(folder: Path, html_file: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "answers.toml"
    path.write_text(
        f'[sender]\nemail = "ada@acme.test"\n[[signatures]]\npattern = "open.cx"\n'
        f"html_file = '{html_file}'\n",
        encoding="utf-8",
    )
    return path


def _refusal(path: Path) -> str:
    with pytest.raises(CommandFailed) as raised:
        load_answers(path)
    assert raised.value.exit_code is ExitCode.ANSWERS_INVALID
    return raised.value.problem.message


def test_a_file_next_to_the_answers_or_below_them_is_read(tmp_path: Path) -> None:
    folder = tmp_path / "setup"
    (folder / "sigs").mkdir(parents=True)
    (folder / "sigs" / "open.html").write_text(SIGNED, encoding="utf-8")
    (folder / "link.html").symlink_to(folder / "sigs" / "open.html")  # inside: fine
    for name in ("sigs/open.html", "./sigs/../sigs/open.html", "link.html"):
        assert load_answers(_answers(folder, name)).signatures[0].html == SIGNED


@pytest.mark.parametrize("how", ["absolute", "dot-dot", "symlink", "symlinked-folder"])
def test_a_file_outside_the_answers_folder_is_refused_unread(tmp_path: Path, how: str) -> None:
    secret = tmp_path / "private.html"
    secret.write_text("<p>someone's private notes</p>", encoding="utf-8")
    folder = tmp_path / "setup"
    folder.mkdir()
    name = {
        "absolute": str(secret),
        "dot-dot": "../private.html",
        "symlink": "innocent.html",
        "symlinked-folder": "elsewhere/private.html",
    }[how]
    if how == "symlink":
        (folder / "innocent.html").symlink_to(secret)
    if how == "symlinked-folder":
        (folder / "elsewhere").symlink_to(tmp_path, target_is_directory=True)
    message = _refusal(_answers(folder, name))
    assert "signatures.0.html_file" in message
    assert "outside the folder of the answers file" in message
    assert "private notes" not in message


def test_a_folder_named_as_html_file_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "setup"
    (folder / "sigs").mkdir(parents=True)
    message = _refusal(_answers(folder, "sigs"))
    assert "is not a regular file" in message


def test_links_that_point_at_each_other_are_refused_in_one_sentence(tmp_path: Path) -> None:
    folder = tmp_path / "setup"
    folder.mkdir()
    (folder / "a.html").symlink_to("b.html")
    (folder / "b.html").symlink_to("a.html")
    message = _refusal(_answers(folder, "a.html"))
    assert "signatures.0.html_file: a.html cannot be read" in message


def test_a_missing_file_and_a_bad_rule_are_reported_together(tmp_path: Path) -> None:
    path = tmp_path / "answers.toml"
    path.write_text(
        '[[signatures]]\npattern = "*"\nhtml = "<p>x</p>"\n'
        '[[signatures]]\npattern = "ok.example"\nhtml_file = "nope.html"\n'
        '[autopilot]\nturn_on = ["fax"]\n',
        encoding="utf-8",
    )
    message = _refusal(path)
    assert "signatures.0.pattern: A lone * would match every address" in message
    assert "signatures.1.html_file: nope.html" in message
    assert "autopilot.turn_on.0" in message


def _load_in_child(answers: Path) -> subprocess.CompletedProcess[str]:
    """`load_answers` in a child process, so a hang or an endless read fails the test instead
    of stopping the test run (it is killed after a few seconds)."""
    code = (
        "import sys\nfrom pathlib import Path\n"
        "from hubspot_setup.cli.answers_input import load_answers\n"
        "from hubspot_setup.cli.exit_codes import CommandFailed\n"
        "try:\n    load_answers(Path(sys.argv[1]))\n"
        "except CommandFailed as failed:\n"
        "    print(failed.problem.message)\n    sys.exit(int(failed.exit_code))\n"
    )
    return subprocess.run(
        [sys.executable, "-c", code, str(answers)],
        capture_output=True,
        text=True,
        timeout=20,
        check=False,
    )


@needs_fifo
def test_a_pipe_as_html_file_is_refused_without_waiting(tmp_path: Path) -> None:
    folder = tmp_path / "setup"
    folder.mkdir()
    os.mkfifo(folder / "pipe.html")  # nobody ever writes to it
    done = _load_in_child(_answers(folder, "pipe.html"))
    assert done.returncode == ExitCode.ANSWERS_INVALID, done.stderr
    assert "pipe.html is not a regular file" in done.stdout


@needs_fifo
def test_a_pipe_as_answers_file_is_refused_without_waiting(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "answers.toml")
    done = _load_in_child(tmp_path / "answers.toml")
    assert done.returncode == ExitCode.ANSWERS_INVALID, done.stderr
    assert "is not a regular file" in done.stdout


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
def test_an_endless_device_as_answers_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    done = _load_in_child(Path("/dev/zero"))
    assert done.returncode == ExitCode.ANSWERS_INVALID, done.stderr
    assert "is not a regular file" in done.stdout
    # ... and named through a link next to the answers, as an html_file: outside, refused.
    folder = tmp_path / "setup"
    folder.mkdir()
    (folder / "zero.html").symlink_to("/dev/zero")
    done = _load_in_child(_answers(folder, "zero.html"))
    assert done.returncode == ExitCode.ANSWERS_INVALID, done.stderr
    assert "signatures.0.html_file" in done.stdout
