"""The answers file model: the shipped examples load, bad files get plain reasons, secrets
are refused, and an exported file reads back to the same answers."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_support import DOCS

from hubspot_setup.cli.answers_input import load_answers
from hubspot_setup.cli.exit_codes import CommandFailed, ExitCode
from hubspot_setup.flow.answers import (
    Answers,
    AuthKind,
    Connection,
    OpenCXAccount,
    Portal,
    Role,
    SignatureRule,
    Teammate,
)
from hubspot_setup.flow.answers_file import (
    AnswersFileError,
    SecretFrom,
    answers_for,
    dump_answers,
    parse_answers,
)
from hubspot_setup.flow.guide import Channel
from hubspot_setup.flow.state import WizardState
from hubspot_setup.flow.steps import Method


def test_the_documented_examples_load_with_their_signature_files() -> None:
    oauth = load_answers(DOCS / "answers-oauth.toml")
    assert oauth.answers.method is Method.OAUTH
    assert oauth.answers.test.simulated_customer is True
    assert [s.pattern for s in oauth.signatures] == ["open.cx", "*.nl"]
    assert "The OpenCX team" in oauth.signatures[0].html
    legacy = load_answers(DOCS / "answers-legacy.toml")
    assert legacy.answers.method is Method.LEGACY
    assert legacy.answers.legacy is not None
    assert legacy.answers.legacy.private_app_token.env == "HUBSPOT_PRIVATE_APP_TOKEN"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("method = oauth", "not valid TOML"),
        ('methd = "oauth"', "methd: is not a known setting"),
        ('method = "smoke-signals"', "method: Input should be 'oauth' or 'legacy'"),
        ('method = "legacy"', "needs a [legacy] section"),
        ('[opencx]\nsign_in = "api_key"', "needs api_key"),
        ('[opencx]\nsign_in = "api_key"\napi_key = { env = "A", stdin = true }', "exactly one"),
        ('[opencx]\nsign_in = "api_key"\napi_key = { env = "1BAD" }', "opencx.api_key.env"),
        ('[autopilot]\nturn_on = ["email"]\nturn_off = ["email"]', "both on and off: email"),
        ('[autopilot]\nturn_on = ["fax"]', "autopilot.turn_on.0"),
        ("[sender]\n", "give the sender's email or owner_id"),
        ('[[signatures]]\npattern = "open.cx"', "give html or html_file"),
        (
            'method = "legacy"\n[legacy]\nprivate_app_token = { env = "T" }\n'
            'default_user = "1"\n[sender]\nemail = "a@b.c"',
            "only for the OAuth method",
        ),
        (
            'method = "legacy"\n[opencx]\nsign_in = "api_key"\napi_key = { stdin = true }\n'
            '[legacy]\nprivate_app_token = { stdin = true }\ndefault_user = "1"',
            "only one secret can come from standard input",
        ),
        ("[test]\ntimeout_seconds = 0", "test.timeout_seconds"),
    ],
)
def test_bad_answers_get_a_plain_reason(text: str, reason: str) -> None:
    with pytest.raises(AnswersFileError) as raised:
        parse_answers(text)
    assert any(reason in problem for problem in raised.value.problems), raised.value.problems


@pytest.mark.parametrize(
    "secret",
    [
        "pat-na1-11111111-2222-3333-4444-555555555555",
        "pat-eu1-11111111-2222",  # cut short, still a secret
        "ocx_key_sandbox_abcdefghijklmnop",
        "ocx_live_3fQ9xZ2mKp7VbT1wYc8HnR4s",  # OpenCX's documented key form
        "ocx_test_3fQ9xZ2mKp7VbT1wYc8HnR4s",
        "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1c3JfMSJ9.c2lnbmF0dXJl",  # a JWT sign-in token
        "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1c3JfMSJ9.",
    ],
)
def test_a_secret_in_the_file_is_refused_without_repeating_it(secret: str) -> None:
    text = (
        f'method = "legacy"\n[legacy]\nprivate_app_token = {{ env = "X" }}\n'
        f'default_user = "{secret}"\n'
    )
    with pytest.raises(AnswersFileError) as raised:
        parse_answers(text)
    assert "contains a secret" in str(raised.value)
    assert secret not in str(raised.value)


@pytest.mark.parametrize("name", ["ocx_live_key", "opencx-api-key", "ocx_key_for_acme"])
def test_a_keyring_entry_named_after_a_key_is_not_mistaken_for_one(name: str) -> None:
    text = f'[opencx]\nsign_in = "api_key"\napi_key = {{ keyring = "{name}" }}\n'
    assert parse_answers(text).opencx.api_key == SecretFrom(keyring=name)


def test_a_missing_signature_file_names_the_file(tmp_path: Path) -> None:
    answers = tmp_path / "answers.toml"
    answers.write_text('[[signatures]]\npattern = "open.cx"\nhtml_file = "nope.html"\n')
    with pytest.raises(CommandFailed) as raised:
        load_answers(answers)
    assert raised.value.exit_code is ExitCode.ANSWERS_INVALID
    assert "signatures.0.html_file" in raised.value.problem.message
    assert "nope.html" in raised.value.problem.message


def test_a_file_that_is_not_utf8_or_too_big_is_refused(tmp_path: Path) -> None:
    latin = tmp_path / "latin.toml"
    latin.write_bytes(b'[sender]\nemail = "j\xf6rg@acme.test"\n')
    big = tmp_path / "big.toml"
    big.write_text("# " + "x" * 300_000)
    for path, reason in ((latin, "not UTF-8"), (big, "larger than 256 KiB")):
        with pytest.raises(CommandFailed) as raised:
            load_answers(path)
        assert reason in raised.value.problem.message


def _connected_state(method: Method) -> WizardState:
    account = OpenCXAccount(
        user_email="ada@acme.test",
        organization_id="org",
        organization_name="Acme",
        role=Role.ADMIN,
        auth_kind=AuthKind.API_KEY,
        credential_ref="opencx-session:org",
    )
    answers = Answers(
        account=account,
        method=method,
        connection=Connection(method=method, portal=Portal(id=42, domain="acme.test")),
        sender=Teammate(owner_id="3001", email="ada@acme.test") if method is Method.OAUTH else None,
        autopilot={Channel.EMAIL: True, Channel.SMS: False},
        test_channel=Channel.WEB,
        signatures=(SignatureRule(pattern="*.nl", html="<p>Groet</p>", id="sig_1"),)
        if method is Method.OAUTH
        else (),
    )
    return WizardState(answers=answers)


@pytest.mark.parametrize("method", list(Method))
def test_exported_answers_read_back_the_same(method: Method) -> None:
    exported = answers_for(_connected_state(method), default_user_id="7001")
    text = dump_answers(exported)
    assert parse_answers(text) == exported
    assert f'method = "{method.value}"' in text
    assert exported.opencx.api_key is not None
    assert exported.opencx.api_key.env == "OPENCX_API_KEY"
    assert exported.autopilot.turn_on == (Channel.EMAIL,)
    assert exported.autopilot.turn_off == (Channel.SMS,)
    assert exported.test.run is False
    assert exported.test.channel is Channel.WEB
    if method is Method.OAUTH:
        assert exported.oauth.portal_id == 42
        assert exported.sender is not None
        assert exported.sender.owner_id == "3001"
        assert [(s.pattern, s.html) for s in exported.signatures] == [("*.nl", "<p>Groet</p>")]
    else:
        assert exported.legacy is not None
        assert exported.legacy.default_user == "7001"
        assert exported.legacy.private_app_token.env == "HUBSPOT_PRIVATE_APP_TOKEN"
