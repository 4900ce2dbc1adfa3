"""Secrets through a real keyring backend; insecure backends fall back to memory."""

from __future__ import annotations

from pathlib import Path

import keyring.errors
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null
from keyrings.alt.file import PlaintextKeyring

from hubspot_setup.services.secrets import (
    NOT_SAVED_NOTICE,
    SERVICE_NAME,
    KeyringSecretStore,
    is_secure_backend,
)

TOKEN = "pat-na1-91d91373-8e94-4872-893c-e7d080224a56"


def test_round_trip_through_the_real_backend(
    secret_store: KeyringSecretStore, file_keyring: PlaintextKeyring
) -> None:
    assert secret_store.persistent
    assert secret_store.notice is None
    secret_store.put("hubspot-private-app-token:o1", TOKEN)
    assert secret_store.get("hubspot-private-app-token:o1") == TOKEN
    # Stored by keyring itself, under the one service name; a new store finds it again.
    assert file_keyring.get_password(SERVICE_NAME, "hubspot-private-app-token:o1") == TOKEN
    again = KeyringSecretStore(file_keyring, allow_insecure_backend=True)
    assert again.get("hubspot-private-app-token:o1") == TOKEN
    secret_store.delete("hubspot-private-app-token:o1")
    assert again.get("hubspot-private-app-token:o1") is None
    secret_store.delete("hubspot-private-app-token:o1")  # deleting twice is fine


def test_production_refuses_a_plaintext_backend_and_keeps_secrets_in_memory(
    file_keyring: PlaintextKeyring,
) -> None:
    store = KeyringSecretStore(file_keyring)
    assert not store.persistent
    assert store.notice == NOT_SAVED_NOTICE.text()
    store.put("s", TOKEN)
    assert store.get("s") == TOKEN
    assert not Path(file_keyring.file_path).exists()  # nothing written in plain text
    assert KeyringSecretStore(file_keyring).get("s") is None  # gone with the session


def test_which_backends_count_as_secure(file_keyring: PlaintextKeyring) -> None:
    assert not is_secure_backend(fail.Keyring())
    assert not is_secure_backend(null.Keyring())
    assert not is_secure_backend(file_keyring)
    empty_chain = chainer.ChainerBackend()
    empty_chain.__dict__["backends"] = []
    assert not is_secure_backend(empty_chain)


class LockedKeyring(KeyringBackend):
    """A real backend class whose store is locked (as a locked login keychain is)."""

    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.KeyringLocked("locked")

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.KeyringLocked("locked")


def test_a_locked_keychain_keeps_the_secret_for_the_session() -> None:
    store = KeyringSecretStore(LockedKeyring())
    assert store.persistent
    store.put("s", TOKEN)
    assert store.get("s") == TOKEN
    assert store.notice is not None
    assert "keychain" in store.notice
    store.delete("s")
    assert store.get("s") is None
