"""One process per data directory (QLocalServer), so two processes never write the same SQLite file."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket


class SingleInstance(QObject):
    """``try_acquire()`` is False when another process holds this data directory (it is asked to come forward)."""

    raise_requested = Signal()

    def __init__(self, data_dir: Path) -> None:
        super().__init__()
        digest = hashlib.sha256(str(Path(data_dir).resolve()).encode()).hexdigest()[:16]
        self.key = f"ltsa-desktop-{digest}"
        self.server: QLocalServer | None = None

    def try_acquire(self) -> bool:
        socket = QLocalSocket()
        socket.connectToServer(self.key)
        if socket.waitForConnected(300):
            socket.write(b"raise\n")
            socket.waitForBytesWritten(300)
            socket.disconnectFromServer()
            return False
        QLocalServer.removeServer(self.key)  # a stale socket left by a crash
        self.server = QLocalServer(self)
        if not self.server.listen(self.key):
            return False
        self.server.newConnection.connect(self._on_connection)
        return True

    def _on_connection(self) -> None:
        assert self.server is not None
        conn = self.server.nextPendingConnection()
        if conn is not None:
            conn.readyRead.connect(lambda: (conn.readAll(), self.raise_requested.emit()))
