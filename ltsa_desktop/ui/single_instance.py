"""One process per data directory (QLocalServer), so two processes never write the same SQLite file.

The first process listens on a local socket named after the data directory. A second process started on the
same directory connects, sends ``raise``, and is told to exit (``try_acquire()`` returns False); the first emits
``raise_requested`` so its main window can come forward. A socket left behind by a crash answers nobody: it is
removed and taken over. GUI thread only; the server needs the event loop to hear a second process.
"""

from __future__ import annotations

import getpass
import hashlib
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from ltsa_desktop.ui.bus import emit

log = logging.getLogger(__name__)

RAISE = b"raise\n"
CONNECT_TIMEOUT_MS = 500


def server_name(data_dir: Path) -> str:
    """The local socket name for a data directory: stable, short enough for a Unix socket path, per user."""
    try:
        user = getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name (some services): the directory alone still separates
        user = ""
    digest = hashlib.sha256(f"{user}|{Path(data_dir).resolve()}".encode()).hexdigest()[:16]
    return f"ltsa-desktop-{digest}"


def already_running_message() -> str:
    """The sentence for the second process before it exits."""
    return QCoreApplication.translate(
        "app", "LTSA Desktop is already running for this data directory; it was brought to the front.")


class SingleInstance(QObject):
    """Guards one data directory. Keep the object alive for the life of the process (it owns the server)."""

    raise_requested = Signal()
    """The first process: another process on the same data directory asked this one to come forward."""

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.key = server_name(data_dir)
        self.server: QLocalServer | None = None

    def try_acquire(self) -> bool:
        """True when this process now owns the data directory; False when another one does (it was asked to
        come forward) or the socket could not be created."""
        if self.server is not None:
            return True
        if self._notify_running_instance():
            return False
        QLocalServer.removeServer(self.key)  # a stale socket file left by a crash; harmless when there is none
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.key):
            # Two processes started at the same instant: the other one won the race.
            log.warning("single-instance socket %s unavailable: %s", self.key, server.errorString())
            server.deleteLater()
            return False
        server.newConnection.connect(self._on_new_connection)
        self.server = server
        return True

    def release(self) -> None:
        """Stop guarding (at exit); a later ``try_acquire`` in any process may take over."""
        if self.server is not None:
            self.server.close()
            self.server.deleteLater()
            self.server = None

    def _notify_running_instance(self) -> bool:
        socket = QLocalSocket()
        socket.connectToServer(self.key)
        if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
            return False
        socket.write(RAISE)
        socket.flush()
        socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
        socket.disconnectFromServer()
        if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
            socket.waitForDisconnected(CONNECT_TIMEOUT_MS)
        return True

    @Slot()
    def _on_new_connection(self) -> None:
        assert self.server is not None
        while (conn := self.server.nextPendingConnection()) is not None:
            conn.setParent(self)
            conn.readyRead.connect(lambda c=conn: self._read(c))
            conn.disconnected.connect(conn.deleteLater)
            if conn.bytesAvailable():
                self._read(conn)

    def _read(self, conn: QLocalSocket) -> None:
        while conn.canReadLine():
            line = bytes(conn.readLine().data())
            if line == RAISE:
                emit(self.raise_requested)
