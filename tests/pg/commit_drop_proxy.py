"""A loopback TCP proxy in front of PostgreSQL that loses the server's reply to every Nth COMMIT.

The server has committed by the time it sends ``CommandComplete "COMMIT"``; the proxy then closes both
sides instead of forwarding that reply, so the client sees the connection drop with no way to tell
whether its transaction was saved: exactly what a network failure after the commit looks like.
With ``lose="request"`` it is the COMMIT that is lost instead, and the server's side of the line stays
open (its transaction too, holding its locks) for a while, as after a network failure the server has
not noticed yet.
Only the server-to-client stream is parsed (typed messages: one type byte, an int32 length); the
client connects with ``sslmode=disable`` and ``gssencmode=disable`` so no untyped negotiation byte
ever comes back.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time

from sqlalchemy.engine import URL, make_url

_COMMIT_DONE = b"COMMIT\x00"  # CommandComplete's tag, and a simple Query's text


class CommitDroppingProxy:
    def __init__(self, upstream: tuple[str, int], every: int = 4, max_drops: int | None = None,
                 outage_s: float = 0.0, lose: str = "reply", hold_s: float = 0.0) -> None:
        self.upstream = upstream
        # "reply": the server commits, its reply is lost. "request": the COMMIT itself is lost; the
        # desk's side goes dead but the server's stays open, in its transaction, for ``hold_s``
        # (a half-open connection after a network failure), then closes (the server rolls back).
        self.lose = lose
        self.hold_s = hold_s
        self.every = every
        self.max_drops = max_drops
        self.outage_s = outage_s  # after a drop, new connections are cut at once for this long
        self._refuse_until = 0.0
        self.commits = 0  # COMMIT replies the server sent through this proxy
        self.dropped = 0  # of which lost on the way back
        self._lock = threading.Lock()
        self._sockets: set[socket.socket] = set()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._closed = False
        threading.Thread(target=self._accept, name="commit-drop-proxy", daemon=True).start()

    def url_for(self, url: str) -> str:
        """The same database, reached through this proxy."""
        target: URL = make_url(url).set(host="127.0.0.1", port=self.port)
        target = target.update_query_dict({"sslmode": "disable", "gssencmode": "disable"})
        return target.render_as_string(hide_password=False)

    def close(self) -> None:
        self._closed = True
        self._listener.close()
        with self._lock:
            sockets = list(self._sockets)
        for sock in sockets:
            self._shut(sock)

    # -- plumbing ---------------------------------------------------------------------------------
    def _accept(self) -> None:
        while not self._closed:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            if time.monotonic() < self._refuse_until:  # "server unreachable"
                self._shut(client)
                continue
            server = socket.create_connection(self.upstream)
            for sock in (client, server):
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            with self._lock:
                self._sockets.update((client, server))
            threading.Thread(target=self._client_to_server, args=(client, server), daemon=True).start()
            threading.Thread(target=self._server_to_client, args=(server, client), daemon=True).start()

    def _shut(self, sock: socket.socket) -> None:
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)
        sock.close()
        with self._lock:
            self._sockets.discard(sock)

    def _client_to_server(self, client: socket.socket, server: socket.socket) -> None:
        pending, started = b"", False  # the first message (startup) has no type byte
        try:
            while data := client.recv(65536):
                if self.lose != "request":
                    server.sendall(data)
                    continue
                pending += data
                forward = bytearray()
                while len(pending) >= 5:
                    size = int.from_bytes(pending[:4], "big") if not started else 1 + int.from_bytes(pending[1:5], "big")
                    if len(pending) < size:
                        break
                    message, pending, started = pending[:size], pending[size:], True
                    if message[:1] == b"Q" and message[5:] == _COMMIT_DONE and self._drop_this_one():
                        server.sendall(forward)
                        self._shut(client)
                        closer = threading.Timer(self.hold_s, self._shut, (server,))
                        closer.daemon = True
                        closer.start()
                        return
                    forward += message
                if forward:
                    server.sendall(forward)
        except OSError:
            pass
        self._shut(server)
        self._shut(client)

    def _server_to_client(self, server: socket.socket, client: socket.socket) -> None:
        pending = b""
        try:
            while data := server.recv(65536):
                pending += data
                forward = bytearray()
                while len(pending) >= 5:
                    size = 1 + int.from_bytes(pending[1:5], "big")
                    if len(pending) < size:
                        break
                    message, pending = pending[:size], pending[size:]
                    if (self.lose == "reply" and message[:1] == b"C" and message[5:] == _COMMIT_DONE
                            and self._drop_this_one()):
                        client.sendall(forward)  # everything before the reply, then the line goes dead
                        raise ConnectionAbortedError
                    forward += message
                if forward:
                    client.sendall(forward)
        except OSError:
            pass
        self._shut(client)
        self._shut(server)

    def _drop_this_one(self) -> bool:
        with self._lock:
            self.commits += 1
            if self.commits % self.every or (self.max_drops is not None and self.dropped >= self.max_drops):
                return False
            self.dropped += 1
            self._refuse_until = time.monotonic() + self.outage_s
            return True
