"""A network receipt printer on 127.0.0.1 for tests: it accepts, captures, and misbehaves.

It answers the real-time status query DLE EOT 2 the way an ESC/POS printer does, so the
till's before-and-after status checks see a healthy printer, an empty one, or silence.
"""

from __future__ import annotations

import socket
import struct
import threading
from enum import Enum

STATUS_QUERY = b"\x10\x04\x02"
STATUS_OK = b"\x12"  # fixed bits 1 and 4 set: online, no error
STATUS_PAPER_OUT = bytes([0x12 | 0x20])


class Mode(Enum):
    OK = "ok"  # answers every status query and reads the whole job
    STALL = "stall"  # accepts the connection, then never reads or answers
    HANG_UP = "hang_up"  # answers the first status query, reads a little, then resets
    PAPER_OUT = "paper_out"  # answers that the paper has run out


class FakePrinter:
    """One listening socket; each connection is served in order on a background thread."""

    def __init__(self, mode: Mode) -> None:
        self.mode = mode
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.jobs: list[bytes] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._held: list[socket.socket] = []

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"

    @property
    def received(self) -> bytes:
        """Everything received on every connection, status queries included."""
        return b"".join(self.jobs)

    def start(self) -> None:
        self.listener.settimeout(0.1)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        for conn in self._held:
            conn.close()
        self.listener.close()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.listener.accept()
            except TimeoutError:
                continue
            if self.mode is Mode.STALL:
                self._held.append(conn)  # keep it open, say nothing
                continue
            with conn:
                self.jobs.append(self._talk(conn))

    def _talk(self, conn: socket.socket) -> bytes:
        conn.settimeout(5)
        data = b""
        answered = 0
        while True:
            try:
                chunk = conn.recv(65536)
            except (ConnectionResetError, TimeoutError):
                return data
            if not chunk:
                return data
            data += chunk
            while data.count(STATUS_QUERY) > answered:
                answered += 1
                if self.mode is Mode.HANG_UP and answered > 1:
                    # Reset the connection mid-job, as a printer switched off would.
                    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    return data
                conn.sendall(STATUS_PAPER_OUT if self.mode is Mode.PAPER_OUT else STATUS_OK)
