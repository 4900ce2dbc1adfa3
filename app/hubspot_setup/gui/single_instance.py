"""One wizard at a time: a second launch asks the first to come forward, then exits.

A `QLocalServer` name per user and per settings folder is the lock: a second profile
(another HOME or XDG_CONFIG_HOME) gets its own window and never wakes someone else's. Its
socket lives in the user's runtime folder (or a named pipe on Windows), so it never listens
on a network interface.
"""

from __future__ import annotations

import getpass
import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

CONNECT_TIMEOUT_MS = 500
WAKE_UP = b"show\n"


def instance_key(app_id: str, profile: Path | None = None) -> str:
    """The server name for this user and settings folder `profile` (hashed: user names and
    paths may hold characters a name cannot)."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no user name in this environment: one lock for everyone
        user = "user"
    folder = str(profile.expanduser().resolve()) if profile is not None else ""
    digest = hashlib.sha256(f"{app_id}:{user}:{folder}".encode()).hexdigest()[:16]
    return f"{app_id}-{digest}"


class SingleInstance(QObject):
    """`claim()` is True for the first instance; later launches wake it up instead."""

    # Another launch asked this instance to come forward.
    activated = Signal()

    def __init__(self, key: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self._server: QLocalServer | None = None

    def claim(self) -> bool:
        """Become the running instance, or wake the one that is (and return False)."""
        if self._wake_running():
            return False
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.key):
            # A crashed instance can leave its socket behind; nobody answered, so remove it.
            QLocalServer.removeServer(self.key)
            if not server.listen(self.key):
                return True  # no lock available: run anyway rather than refuse to start
        server.newConnection.connect(self._on_connection)
        self._server = server
        return True

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None

    def _wake_running(self) -> bool:
        socket = QLocalSocket()
        socket.connectToServer(self.key)
        if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
            return False
        socket.write(WAKE_UP)
        socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
        socket.disconnectFromServer()
        return True

    def _on_connection(self) -> None:
        server = self._server
        while server is not None and server.hasPendingConnections():
            connection = server.nextPendingConnection()
            connection.disconnected.connect(connection.deleteLater)
            connection.close()
            self.activated.emit()
