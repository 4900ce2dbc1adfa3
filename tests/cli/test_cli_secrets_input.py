"""Reading the secrets an answers file points at: environment, keyring, standard input."""

from __future__ import annotations

import io

import pytest

from hubspot_setup.cli.answers_input import read_secret
from hubspot_setup.cli.exit_codes import CommandFailed, ExitCode
from hubspot_setup.flow.answers_file import SecretFrom
from hubspot_setup.services.diagnostics import secret_values
from hubspot_setup.services.secrets import KeyringSecretStore


def test_each_place_a_secret_can_come_from(
    secret_store: KeyringSecretStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SETUP_TEST_KEY", "  from-env \n")
    secret_store.put("ci-key", "from-keyring")
    assert read_secret(SecretFrom(env="SETUP_TEST_KEY"), "key", secret_store) == "from-env"
    assert read_secret(SecretFrom(keyring="ci-key"), "key", secret_store) == "from-keyring"
    piped = io.StringIO("from-stdin\nsecond line\n")
    assert read_secret(SecretFrom(stdin=True), "key", secret_store, piped) == "from-stdin"


@pytest.mark.parametrize(
    ("source", "where", "fix"),
    [
        (SecretFrom(env="SETUP_TEST_UNSET"), "environment variable SETUP_TEST_UNSET",
         "Set SETUP_TEST_UNSET"),
        (SecretFrom(keyring="absent"), 'keyring entry "absent"', "system keychain"),
        (SecretFrom(stdin=True), "standard input", "Pipe the OpenCX API key"),
    ],
)  # fmt: skip
def test_a_missing_secret_says_where_it_was_looked_for(
    secret_store: KeyringSecretStore,
    monkeypatch: pytest.MonkeyPatch,
    source: SecretFrom,
    where: str,
    fix: str,
) -> None:
    monkeypatch.delenv("SETUP_TEST_UNSET", raising=False)
    with pytest.raises(CommandFailed) as raised:
        read_secret(source, "OpenCX API key", secret_store, io.StringIO(""))
    assert raised.value.exit_code is ExitCode.SECRET_MISSING
    assert where in raised.value.problem.message
    assert fix in raised.value.problem.fix


def test_a_saved_session_lists_each_token_inside_it() -> None:
    session = '{"access_token": "aaa111", "refresh_token": "rrr222", "expires_in": 3600}'
    assert secret_values(session) == [session, "aaa111", "rrr222"]
    assert secret_values("plain") == ["plain"]
    assert secret_values(None) == []
