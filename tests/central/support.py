"""Test helpers shared by tests/central and tests/sync: a real ltsa-central on 127.0.0.1 (port 0) in a
background thread, a fault-injecting HTTP proxy in front of it, and a simulated device's records."""

from __future__ import annotations

import contextlib
import gzip
import http.client
import random
import socket
import socketserver
import threading
import time
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import uvicorn
from sqlalchemy import select

from ltsa_desktop.central import enrollment
from ltsa_desktop.central.app import create_app
from ltsa_desktop.central.db import CentralDB
from ltsa_desktop.central.errors import CentralError
from ltsa_desktop.central.models import CentralRecord, Conflict, DeviceMark, DeviceRange
from ltsa_desktop.domain.ids import new_id
from ltsa_desktop.sync.protocol import EnrollRequest, EnrollResponse, PushBatch, WireRecord


@dataclass
class LiveServer:
    url: str
    db: CentralDB


@contextmanager
def active_server(db: CentralDB, **app_options: Any) -> Iterator[LiveServer]:
    """Serve ``create_app(db)`` with uvicorn on an ephemeral loopback port until the block ends."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(create_app(db, **app_options), log_level="warning", lifespan="off",
                            timeout_keep_alive=2)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.01)
    try:
        yield LiveServer(f"http://127.0.0.1:{port}", db)
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()


def open_sqlite(path: Any) -> CentralDB:
    return CentralDB.open(f"sqlite:///{path}")


@dataclass
class Device:
    """A simulated enrolled device: its identity and token."""

    enrolled: EnrollResponse

    @property
    def token(self) -> str:
        return self.enrolled.token

    @property
    def device_id(self) -> str:
        return self.enrolled.device_id

    @property
    def office_id(self) -> str:
        return self.enrolled.office_id


def enroll_device(db: CentralDB, office_code: str = "JKT01", *, public_key_b64: str = "",
                  device_id: str | None = None, office_id: str | None = None) -> Device:
    """Create the office if needed and enroll a device directly (no HTTP)."""
    with contextlib.suppress(CentralError):  # the office already exists
        enrollment.create_office(db, office_code, f"LTSA {office_code}")
    code, _ = enrollment.issue_enrollment_code(db, office_code)
    return Device(enrollment.enroll(db, EnrollRequest(code=code, device_name="PC", public_key_b64=public_key_b64,
                                                      device_id=device_id, office_id=office_id)))


BASE_TIME = datetime(2026, 11, 23, 1, 0, tzinfo=UTC)


def make_records(device: Device, count: int, *, start_seq: int = 1, entity: str = "ticket",
                 office_id: str | None = None) -> list[WireRecord]:
    """``count`` realistic records (a ticket's columns), numbered from ``start_seq``."""
    out = []
    for i in range(count):
        rid = new_id()
        seq = start_seq + i
        at = BASE_TIME + timedelta(seconds=seq)
        payload = {"id": rid, "office_id": office_id or device.office_id, "device_id": device.device_id,
                   "version": 1, "created_at": at.isoformat(), "updated_at": at.isoformat(),
                   "number": f"A-{seq % 1000:03d}", "line_code": "A", "service_day": "2026-11-23",
                   "status": "waiting", "priority": seq % 7 == 0, "counter_id": None, "fee": 25_000 * (seq % 3)}
        out.append(WireRecord(entity=entity, id=rid, version=1, office_id=office_id or device.office_id,
                              device_id=device.device_id, device_seq=seq, created_at=at, payload=payload))
    return out


def make_batches(device: Device, records: list[WireRecord], size: int) -> list[PushBatch]:
    return [PushBatch(batch_id=new_id(), device_id=device.device_id, sent_at=BASE_TIME,
                      records=records[i:i + size]) for i in range(0, len(records), size)]


def snapshot(db: CentralDB) -> dict[str, Any]:
    """The centre's state that delivery order must not change (arrival times excluded)."""
    with db.read() as s:
        records = sorted(s.execute(select(CentralRecord.entity, CentralRecord.record_id, CentralRecord.version,
                                          CentralRecord.device_id, CentralRecord.device_seq,
                                          CentralRecord.content_hash)).all())
        marks = sorted(s.execute(select(DeviceMark.device_id, DeviceMark.high_water)).all())
        ranges = sorted(s.execute(select(DeviceRange.device_id, DeviceRange.lo, DeviceRange.hi)).all())
        conflicts = sorted(s.execute(select(Conflict.entity, Conflict.record_id, Conflict.version,
                                            Conflict.content_hash)).all())
    return {"records": records, "marks": marks, "ranges": ranges, "conflicts": conflicts}


# -- fault-injecting proxy ------------------------------------------------------------------------------------
FAULTS = {"pass", "delay", "delay_after_commit", "500", "html_502", "html_200", "timeout", "timeout_after_commit", "drop_before",
          "drop_after_commit", "truncate", "truncate_json", "oversize", "oversize_chunked", "gzip_bomb", "401",
          "redirect"}


class FaultProxy:
    """An HTTP/1.1 proxy that applies one scheduled fault per request (``pass`` when none is queued).

    ``after_commit`` faults forward the request first, so the server has applied and committed the batch before
    the client sees the failure. ``delay`` / ``delay_after_commit`` hold the request / the answer for
    ``delay_seconds`` (shorter than the client's timeout) and then pass it on. Every connection is closed after
    one exchange.
    """

    def __init__(self, upstream_url: str, hold_seconds: float = 3.0, delay_seconds: float = 0.2) -> None:
        host, port = upstream_url.removeprefix("http://").split(":")
        self.upstream = (host, int(port))
        self.hold_seconds = hold_seconds
        self.delay_seconds = delay_seconds
        self.faults: deque[str] = deque()
        self.seen: list[tuple[str, str, str]] = []
        self._lock = threading.Lock()
        proxy = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                proxy._handle(self.request)

        class Server(socketserver.ThreadingTCPServer):
            daemon_threads = True
            allow_reuse_address = True

        self.server = Server(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05},
                                       daemon=True)

    def __enter__(self) -> FaultProxy:
        self.thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()

    def schedule(self, *faults: str) -> None:
        assert set(faults) <= FAULTS, faults
        with self._lock:
            self.faults.extend(faults)

    # -- one exchange ---------------------------------------------------------------------------------
    @staticmethod
    def _read_request(conn: socket.socket) -> tuple[str, str, dict[str, str], bytes] | None:
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = conn.recv(65536)
            if not chunk:
                return None
            data += chunk
        head, body = data.split(b"\r\n\r\n", 1)
        lines = head.decode("latin-1").split("\r\n")
        method, path, _ = lines[0].split(" ", 2)
        headers = {k.strip().lower(): v.strip() for k, v in (line.split(":", 1) for line in lines[1:])}
        length = int(headers.get("content-length", "0"))
        while len(body) < length:
            chunk = conn.recv(65536)
            if not chunk:
                return None
            body += chunk
        return method, path, headers, body

    def _forward(self, method: str, path: str, headers: dict[str, str], body: bytes
                 ) -> tuple[int, list[tuple[str, str]], bytes]:
        upstream = http.client.HTTPConnection(*self.upstream, timeout=30)
        try:
            skip = {"host", "connection", "content-length"}
            upstream.request(method, path, body=body, headers={k: v for k, v in headers.items() if k not in skip})
            response = upstream.getresponse()
            data = response.read()
            kept = [(k, v) for k, v in response.getheaders()
                    if k.lower() not in {"content-length", "transfer-encoding", "connection"}]
            return response.status, kept, data
        finally:
            upstream.close()

    @staticmethod
    def _send(conn: socket.socket, status: int, headers: list[tuple[str, str]], body: bytes,
              content_length: int | None = None) -> None:
        lines = [f"HTTP/1.1 {status} X"] + [f"{k}: {v}" for k, v in headers]
        lines += [f"Content-Length: {len(body) if content_length is None else content_length}", "Connection: close"]
        conn.sendall(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body)

    def _handle(self, conn: socket.socket) -> None:
        request = self._read_request(conn)
        if request is None:
            return
        method, path, headers, body = request
        with self._lock:
            fault = self.faults.popleft() if self.faults else "pass"
            self.seen.append((method, path.split("?")[0], fault))
        json_type = [("Content-Type", "application/json")]
        html_type = [("Content-Type", "text/html")]
        if fault == "drop_before":
            return
        if fault == "delay":
            time.sleep(self.delay_seconds)
        if fault == "timeout":
            time.sleep(self.hold_seconds)
            return
        if fault == "500":
            return self._send(conn, 500, json_type, b'{"error":"server_error","message":"injected","details":{}}')
        if fault == "html_502":
            return self._send(conn, 502, html_type, b"<html><body><h1>502 Bad Gateway</h1></body></html>")
        if fault == "html_200":
            return self._send(conn, 200, html_type, b"<!doctype html><html><title>Login to Wi-Fi</title></html>")
        if fault == "401":
            return self._send(conn, 401, json_type, b'{"error":"unauthorized","message":"injected","details":{}}')
        if fault == "redirect":
            return self._send(conn, 302, [("Location", "http://portal.example/login")], b"")
        if fault == "oversize":
            return self._send(conn, 200, json_type, b"{" + b" " * 1000, content_length=100 * 1024 * 1024)
        if fault == "oversize_chunked":
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
            try:
                for _ in range(2000):
                    conn.sendall(b"10000\r\n" + b" " * 0x10000 + b"\r\n")
            except OSError:
                pass
            return
        if fault == "gzip_bomb":
            bomb = gzip.compress(b" " * (64 * 1024 * 1024))
            return self._send(conn, 200, [*json_type, ("Content-Encoding", "gzip")], bomb)
        status, upstream_headers, data = self._forward(method, path, headers, body)
        if fault == "drop_after_commit":
            return
        if fault == "timeout_after_commit":
            time.sleep(self.hold_seconds)
            return
        if fault == "delay_after_commit":
            time.sleep(self.delay_seconds)
        if fault == "truncate":
            return self._send(conn, status, upstream_headers, data[: len(data) // 2], content_length=len(data))
        if fault == "truncate_json":
            plain = [(k, v) for k, v in upstream_headers if k.lower() != "content-encoding"]
            text = gzip.decompress(data) if len(plain) != len(upstream_headers) else data
            return self._send(conn, status, plain, text[: len(text) // 2])
        self._send(conn, status, upstream_headers, data)
        return None


def shuffled_replays(batches: list[PushBatch], rng: random.Random) -> list[PushBatch]:
    """Every batch 2–10 times, in a random order."""
    plan = [b for b in batches for _ in range(rng.randint(2, 10))]
    rng.shuffle(plan)
    return plan

