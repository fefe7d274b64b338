"""One certdesk per data folder: a second launch asks the first to come to the front.

Race-safe: a lock file in the data folder decides which process is the instance, and only
that process listens. Windows lets two servers listen on one pipe name and a Unix socket
left by a crash blocks the name, so listening alone cannot decide: the lock holder removes a
stale socket (no live instance can own it) and listens; every other launch only connects.
The kernel-checked lock (QLockFile: owner's PID) does not outlive a crashed holder.
The server name is derived from the normalised folder path and the user, so two spellings of
one folder meet, and two users never do.
"""

from __future__ import annotations

import getpass
import hashlib
import logging
import os

from PySide6.QtCore import QDeadlineTimer, QLockFile, QObject, QThread, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)


def normalised_home(home: str) -> str:
    return os.path.normcase(os.path.realpath(os.path.abspath(os.path.expanduser(home))))


def server_name(home: str, user: str | None = None) -> str:
    try:
        who = user if user is not None else getpass.getuser()
    except (KeyError, OSError):  # no user name in this environment
        who = ""
    key = f"{who}\0{normalised_home(home)}"
    return "certdesk-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def lock_path(home: str) -> str:
    return os.path.join(normalised_home(home), "locks", "instance.lock")


class SingleInstance(QObject):
    activated = Signal()  # another launch asked this one to show itself

    def __init__(self, home: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(home)
        os.makedirs(os.path.dirname(lock_path(home)), exist_ok=True)
        self._lock = QLockFile(lock_path(home))
        self._lock.setStaleLockTime(0)  # stale only when its owner is gone, never by age
        self._server: QLocalServer | None = None
        self._owner = False

    def notify_running(self, timeout_ms: int = 2000) -> bool:
        """True if another instance answered (and was asked to show itself).

        The instance may hold the lock but not listen yet: retry until `timeout_ms`.
        """
        deadline = QDeadlineTimer(timeout_ms)
        while True:
            socket = QLocalSocket()
            socket.connectToServer(self.name)
            if socket.waitForConnected(max(1, deadline.remainingTime())):
                socket.write(b"show\n")
                socket.waitForBytesWritten(max(1, deadline.remainingTime()))
                socket.disconnectFromServer()
                return True
            if deadline.hasExpired():
                return False
            QThread.msleep(50)  # bounded by the deadline: the other start-up is under way

    def listen(self) -> bool:
        """Become the instance: False if another process already is (it holds the lock).

        Idempotent. A lock that cannot be created at all (a read-only folder) does not stop
        the app: it starts without the single-instance guard.
        """
        if self._owner:
            return True
        if not self._lock.tryLock(0):
            if self._lock.error() == QLockFile.LockError.LockFailedError:
                return False
            log.warning("single-instance lock unavailable (%s); not guarding",
                        self._lock.error().name)
        self._owner = True
        QLocalServer.removeServer(self.name)  # only a crashed instance's socket can be left
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            log.warning("single-instance server failed: %s", server.errorString())
            return True
        server.newConnection.connect(self._on_server_new_connection)
        self._server = server
        return True

    def _on_server_new_connection(self) -> None:
        # Read the one short message right here (the other side writes it on connecting)
        # and let the connection go: nothing refers to a socket after this returns.
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            if socket.bytesAvailable() or socket.waitForReadyRead(1000):
                message = bytes(socket.readAll().data())
            else:
                message = b""
            socket.abort()
            socket.deleteLater()
            if message.startswith(b"show"):
                self.activated.emit()

    def close(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._owner:
            self._lock.unlock()
            self._owner = False
