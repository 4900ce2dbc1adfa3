"""`check_answers`: the flow's rules for a whole answers file, before anything is written
(issue 16, item 1). The files it names come through the reader the caller gives it."""

from __future__ import annotations

import pytest

from hubspot_setup.flow.answers_file import AnswersFileError, NamedFileRefused, check_answers

OAUTH = '[sender]\nemail = "ada@acme.test"\n'


def _rule(pattern: str, html: str = "<p>Hi</p>") -> str:
    return f'[[signatures]]\npattern = "{pattern}"\nhtml = "{html}"\n'


def _no_files(name: str) -> str:
    raise NamedFileRefused(f"{name} cannot be read (No such file or directory)")


def _reasons(text: str) -> list[str]:
    with pytest.raises(AnswersFileError) as raised:
        check_answers(text, _no_files)
    return raised.value.problems


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("dup.example", "DUP.example."),
        ("*.nl", "*.NL"),
        ("bücher.de", "xn--bcher-kva.de"),
        (" open.cx", "open.cx"),
    ],
)
def test_two_rules_for_one_domain_are_refused(first: str, second: str) -> None:
    reasons = _reasons(OAUTH + _rule(first) + _rule(second))
    assert len(reasons) == 1
    assert reasons[0].startswith("signatures.1.pattern:")
    assert "same domain as signatures.0" in reasons[0]


def test_an_exact_domain_and_its_wildcard_are_two_rules() -> None:
    checked = check_answers(OAUTH + _rule("open.cx") + _rule("*.open.cx"), _no_files)
    assert [s.pattern for s in checked.signatures] == ["open.cx", "*.open.cx"]


def test_every_problem_in_every_section_is_reported_at_once() -> None:
    text = (
        '[autopilot]\nturn_on = ["fax"]\n'
        '[test]\nrun = true\nchannel = "sms"\n'  # fine for the model, refused by the run
        + _rule("*")
        + _rule("ok.example", "<script>x()</script>")
        + '[[signatures]]\npattern = "ok2.example"\nhtml_file = "gone.html"\n'
    )
    reasons = _reasons(text)
    assert any(r.startswith("autopilot.turn_on.0") for r in reasons), reasons
    assert any(r.startswith("signatures.0.pattern: A lone *") for r in reasons), reasons
    assert any(r.startswith("signatures.1.html: Nothing is left") for r in reasons), reasons
    assert "signatures.2.html_file: gone.html cannot be read (No such file or directory)" in (
        reasons
    )


def test_what_the_run_would_refuse_later_is_refused_now() -> None:
    reasons = _reasons(OAUTH + '[test]\nchannel = "whatsapp"\n')
    assert reasons
    assert reasons[0].startswith("test.channel:")
    legacy = (
        'method = "legacy"\n[legacy]\nprivate_app_token = { env = "T" }\n'
        'default_user = "Ada Lovelace"\n'
    )
    assert _reasons(legacy)[0].startswith("legacy.default_user: The user ID is a number")
    # An email is looked up among the teammates when connected; a user id form is fine.
    for user in ("ada@acme.test", "A-123", "https://app.hubspot.com/settings/1/users/user/77"):
        check_answers(legacy.replace("Ada Lovelace", user), _no_files)
    # Not running the test: its channel does not matter.
    check_answers(OAUTH + '[test]\nrun = false\nchannel = "sms"\n', _no_files)


def test_each_named_file_is_read_once_and_its_html_kept() -> None:
    asked: list[str] = []

    def read(name: str) -> str:
        asked.append(name)
        return "<p>From a file</p>"

    text = OAUTH + "".join(
        f'[[signatures]]\npattern = "{domain}"\nhtml_file = "sig.html"\n'
        for domain in ("a.example", "b.example", "c.example")
    )
    checked = check_answers(text, read)
    assert asked == ["sig.html"]
    assert [s.html for s in checked.signatures] == ["<p>From a file</p>"] * 3


def test_a_secret_in_the_file_stops_the_checks_so_nothing_quotes_it() -> None:
    secret = "pat-na1-11111111-2222-3333-4444-555555555555"
    asked: list[str] = []

    def read(name: str) -> str:
        asked.append(name)
        return "<p>x</p>"

    text = f'[[signatures]]\npattern = "{secret}"\nhtml_file = "{secret}.html"\n'
    with pytest.raises(AnswersFileError) as raised:
        check_answers(text, read)
    reasons = raised.value.problems
    assert asked == []
    assert all(secret not in reason for reason in reasons)
    assert any("contains a secret" in reason for reason in reasons)
