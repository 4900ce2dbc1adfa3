"""Secrets in the operating system's keychain, and nowhere else.

One keyring service name holds every entry. When the only backend available is not secure
(no Secret Service on a headless Linux, or a plain-text file backend), secrets are kept in
memory for this session only and `notice` says so in plain words; nothing is ever written
in plain text. Tests and development may opt in to a file backend explicitly.

Every value stored or read is also handed to the log redaction (`remember_secret`), so it
cannot reach a log line or a diagnostics bundle whatever it looks like.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Callable
from typing import TypeVar

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from hubspot_setup.flow.ports import SecretStore
from hubspot_setup.flow.words import QT_TRANSLATE_NOOP
from hubspot_setup.services.logs import remember_secret

SERVICE_NAME = "opencx-hubspot-setup"

# Shown with `.text()` when the store finds out (the translator is installed by then).
NOT_SAVED_NOTICE = QT_TRANSLATE_NOOP(
    "services.secrets",
    "This computer has no secure password storage that the assistant can use, so your "
    "sign-in and tokens are kept only while the assistant is open. You will need to sign in "
    "again next time.",
)
KEYCHAIN_FAILED_NOTICE = QT_TRANSLATE_NOOP(
    "services.secrets",
    "The system keychain refused to store a secret, so it is kept only while the assistant "
    "is open. Unlock your keychain and try again to keep it.",
)

_log = logging.getLogger(__name__)
_T = TypeVar("_T")

# Backends that would write secrets somewhere readable, or that store nothing at all.
_INSECURE_MODULE_PREFIXES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")


def secret_values(stored: str | None) -> list[str]:
    """A keyring value, and each string inside it when it is JSON (a saved session holds
    its access and refresh tokens that way)."""
    if not stored:
        return []
    values = [stored]
    try:
        data = json.loads(stored)
    except ValueError:
        return values
    if isinstance(data, dict):
        values.extend(value for value in data.values() if isinstance(value, str))
    return values


def is_secure_backend(backend: KeyringBackend) -> bool:
    """True for a real OS keychain (macOS Keychain, Windows Credential Locker, Secret
    Service, KWallet); False for the fail/null backends, an empty chain and keyrings.alt."""
    module = type(backend).__module__
    if module.startswith(_INSECURE_MODULE_PREFIXES):
        return False
    children = getattr(backend, "backends", None)
    if module.startswith("keyring.backends.chainer"):
        return bool(children) and all(is_secure_backend(child) for child in children or ())
    return True


class KeyringSecretStore:
    """Implements `flow.ports.SecretStore`.

    `backend` None means the system's default keyring. `allow_insecure_backend` exists for
    tests and development (a file backend in a temporary folder); production never sets it.
    """

    def __init__(
        self,
        backend: KeyringBackend | None = None,
        *,
        allow_insecure_backend: bool = False,
        service: str = SERVICE_NAME,
    ) -> None:
        chosen = backend if backend is not None else keyring.get_keyring()
        self._service = service
        self._memory: dict[str, str] = {}
        self._backend: KeyringBackend | None = chosen
        self.notice: str | None = None
        if not (allow_insecure_backend or is_secure_backend(chosen)):
            _log.warning("No secure keyring backend (%s); secrets stay in memory", type(chosen))
            self._backend = None
            self.notice = NOT_SAVED_NOTICE.text()

    @property
    def persistent(self) -> bool:
        """Whether secrets survive closing the assistant."""
        return self._backend is not None

    def put(self, name: str, secret: str) -> None:
        remember_secret(*secret_values(secret))
        if self._backend is not None:
            try:
                self._backend.set_password(self._service, name, secret)
            except keyring.errors.KeyringError as exc:
                _log.warning("The keyring refused to store %s: %s", name, type(exc).__name__)
                self.notice = KEYCHAIN_FAILED_NOTICE.text()
            else:
                self._memory.pop(name, None)
                return
        self._memory[name] = secret

    def get(self, name: str) -> str | None:
        if name in self._memory:
            return self._memory[name]
        if self._backend is None:
            return None
        try:
            stored = self._backend.get_password(self._service, name)
        except keyring.errors.KeyringError as exc:
            _log.warning("The keyring could not read %s: %s", name, type(exc).__name__)
            return None
        remember_secret(*secret_values(stored))  # e.g. a session saved by an earlier run
        return stored

    def delete(self, name: str) -> None:
        self._memory.pop(name, None)
        if self._backend is None:
            return
        try:
            self._backend.delete_password(self._service, name)
        except keyring.errors.PasswordDeleteError:
            return  # already gone
        except keyring.errors.KeyringError as exc:
            _log.warning("The keyring could not delete %s: %s", name, type(exc).__name__)


class KeychainWorker:
    """Implements `flow.ports.Keychain` over a `SecretStore`: every call runs in a worker
    thread, awaited from the event loop, so a keychain that prompts for a password or a slow
    home folder never freezes the window. Calls run one at a time, in the order they were
    made (a newer session token is never overwritten by an older one).
    """

    def __init__(self, store: SecretStore) -> None:
        self.store = store
        self._turn: asyncio.Lock | None = None

    async def put(self, name: str, secret: str) -> None:
        remember_secret(*secret_values(secret))  # redacted from now on, before any await
        await self._in_worker(self.store.put, name, secret)

    async def get(self, name: str) -> str | None:
        return await self._in_worker(self.store.get, name)

    async def delete(self, name: str) -> None:
        await self._in_worker(self.store.delete, name)

    async def _in_worker(self, call: Callable[..., _T], *args: str) -> _T:
        if self._turn is None:
            self._turn = asyncio.Lock()
        async with self._turn:
            return await asyncio.to_thread(call, *args)
