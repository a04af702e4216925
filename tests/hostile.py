"""A deliberately hostile HTTP server on 127.0.0.1: resets, endless bodies, silence."""

from __future__ import annotations

import socket
import socketserver
import struct
import threading
from collections.abc import Iterator
from contextlib import contextmanager

CHUNK = b"x" * 65536
ONE_GIGABYTE_IN_CHUNKS = (1 << 30) // len(CHUNK)  # bounded: the server stops by itself


class _Handler(socketserver.BaseRequestHandler):
    server: _Server

    def handle(self) -> None:
        request = self.request.recv(65536).decode("latin-1")
        path = request.split(" ", 2)[1] if request.count(" ") >= 2 else "/"
        action = {"/reset": self._reset, "/huge": self._huge, "/never": self._never}
        action.get(path, self._not_found)()

    def _reset(self) -> None:
        self.request.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\n"
                             b"Content-Length: 100000\r\n\r\n<?xml version='1.0'?><rss><ch")
        # SO_LINGER 0: close() sends a TCP reset in the middle of the body
        self.request.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))

    def _huge(self) -> None:
        self.request.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\n"
                             b"Transfer-Encoding: chunked\r\n\r\n")
        try:
            for _ in range(ONE_GIGABYTE_IN_CHUNKS):
                self.request.sendall(b"%x\r\n%s\r\n" % (len(CHUNK), CHUNK))
        except OSError:
            return  # the client hung up, as it should

    def _never(self) -> None:
        self.server.release.wait(timeout=60)

    def _not_found(self) -> None:
        self.request.sendall(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n")


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.release = threading.Event()


@contextmanager
def hostile_server() -> Iterator[str]:
    """Yields the base URL; every connection is released on exit."""
    server = _Server()
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.release.set()
        server.shutdown()
        server.server_close()
