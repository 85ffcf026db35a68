"""The HTTP side of sync: ``CentralClient`` over httpx with explicit timeouts, size limits, and every answer
validated by the shared protocol models.

Contract:
- a call either returns a fully validated model or raises a ``SyncTransportError`` subclass whose ``code`` the UI
  words: ``server_unreachable``, ``timeout``, ``server_error`` (transient: ``retryable`` is true),
  ``unauthorized`` (401: stop syncing and ask an administrator to enroll again), ``bad_response``,
  ``too_large``, or the server's own error code for any other refusal (``RequestRejected``);
- nothing here touches the local database, so a failed call changes nothing locally;
- answers are read with a hard byte cap (raw and decompressed) and a deadline; an HTML page, a redirect
  (captive portal), truncated or non-conforming JSON is a ``bad_response``, never half-parsed;
- ``retrying(fn)`` retries transient errors only, with exponential backoff and full jitter.
One client may be shared by threads (httpx.Client is thread-safe); it never touches Qt.
"""

from __future__ import annotations

import base64
import binascii
import functools
import time
from collections.abc import Callable, Mapping
from email.utils import parsedate_to_datetime
from typing import Any, NamedTuple, ParamSpec, TypeVar

import httpx
from pydantic import BaseModel, ValidationError
from tenacity import Retrying, retry_if_exception, stop_after_attempt, wait_random_exponential

from ltsa_desktop.domain.errors import LtsaError
from ltsa_desktop.sync.protocol import (
    MAX_BUNDLE_BYTES,
    MAX_PUSH_COMPRESSED_BYTES,
    MAX_VERSION,
    BodyError,
    EnrollRequest,
    EnrollResponse,
    ErrorBody,
    HealthResponse,
    PullResponse,
    PushBatch,
    PushResult,
    VerifyRequest,
    VerifyResponse,
    describe_validation_error,
    encode_body,
    gunzip_limited,
)

DEFAULT_MAX_RESPONSE_BYTES = 8 * 1024 * 1024  # a 5 MB bundle in base64 fits
M = TypeVar("M", bound=BaseModel)
P = ParamSpec("P")
T = TypeVar("T")


class SyncTransportError(LtsaError):
    """A call to the central server that did not give a usable answer. Nothing local was changed."""

    code = "sync_error"
    retryable = False

    def __init__(self, message: str, *, code: str | None = None, status: int | None = None,
                 server_code: str | None = None, **params: Any) -> None:
        self.status = status
        self.server_code = server_code
        super().__init__(code, message, status=status, server_code=server_code, **params)


class ServerUnreachable(SyncTransportError):
    code = "server_unreachable"
    retryable = True


class TransportTimeout(SyncTransportError):
    code = "timeout"
    retryable = True


class ServerError(SyncTransportError):
    code = "server_error"
    retryable = True


class Unauthorized(SyncTransportError):
    """401: the token is unknown or revoked. Do not retry; the device must be enrolled again."""

    code = "unauthorized"


class BadResponse(SyncTransportError):
    code = "bad_response"


class ResponseTooLarge(SyncTransportError):
    code = "too_large"


class RequestRejected(SyncTransportError):
    """Any other 4xx. ``code`` is the server's error code (e.g. ``enrollment_code_expired``) or ``rejected``."""

    code = "rejected"


class PulledReference(NamedTuple):
    """Reference data from ``pull``: the newest version, and its bundle bytes if newer than asked."""

    version: int
    bundle: bytes | None


class PulledVacancies(NamedTuple):
    """The centre's newest vacancy-list version (0: none published, or a server that has none), and its signed
    bytes if newer than asked."""

    version: int
    data: bytes | None


TokenProvider = str | Callable[[], str | None] | None


class CentralClient:
    """Talks to one ltsa-central. ``token_provider``: the device token, or a callable returning it (keyring)."""

    def __init__(self, base_url: str, token_provider: TokenProvider = None, *, timeout: float = 20.0,
                 verify_tls: bool = True, max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
                 transport: httpx.BaseTransport | None = None, user_agent: str | None = None) -> None:
        from ltsa_desktop import __version__

        self.base_url = base_url.rstrip("/")
        self._token = token_provider
        self.timeout = timeout
        self.max_response_bytes = max_response_bytes
        self.last_clock_skew_seconds: float | None = None
        self.http = httpx.Client(
            base_url=self.base_url, verify=verify_tls, transport=transport, follow_redirects=False,
            timeout=httpx.Timeout(timeout, connect=min(timeout, 10.0)),
            headers={"User-Agent": user_agent or f"ltsa-desktop/{__version__}", "Accept": "application/json",
                     "Accept-Encoding": "gzip"})

    # -- plumbing ---------------------------------------------------------------------------------------
    def close(self) -> None:
        self.http.close()

    def __enter__(self) -> CentralClient:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _bearer(self) -> dict[str, str]:
        token = self._token() if callable(self._token) else self._token
        if not token:
            raise Unauthorized("this device has no token for the central server; enroll it first")
        return {"Authorization": f"Bearer {token}"}

    def _read(self, response: httpx.Response, started: float) -> bytes:
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_response_bytes:
            raise ResponseTooLarge(f"the server's answer ({declared} bytes) exceeds {self.max_response_bytes}")
        chunks, size = [], 0
        try:
            for chunk in response.iter_raw():
                size += len(chunk)
                if size > self.max_response_bytes:
                    raise ResponseTooLarge(f"the server's answer exceeds {self.max_response_bytes} bytes")
                if time.monotonic() - started > 2 * self.timeout:
                    raise TransportTimeout("the server's answer is arriving too slowly")
                chunks.append(chunk)
            raw = b"".join(chunks)
        except httpx.StreamConsumed:  # an in-memory answer (test transports): already read whole
            raw = response.content
            if len(raw) > self.max_response_bytes:
                raise ResponseTooLarge(f"the server's answer exceeds {self.max_response_bytes} bytes") from None
        encoding = response.headers.get("content-encoding", "identity").strip().lower()
        if encoding == "identity":
            return raw
        if encoding != "gzip":
            raise BadResponse(f"the answer uses an unknown encoding ({encoding[:20]})")
        try:
            return gunzip_limited(raw, self.max_response_bytes)
        except BodyError as exc:
            if exc.code == "too_large":
                raise ResponseTooLarge(f"the server's answer expands beyond {self.max_response_bytes} bytes") from exc
            raise BadResponse(f"the answer's compression is broken ({exc})") from exc

    def _call(self, method: str, path: str, *, auth: bool, **kw: Any) -> tuple[httpx.Response, bytes]:
        headers = {**kw.pop("headers", {}), **(self._bearer() if auth else {})}
        started = time.monotonic()
        try:
            with self.http.stream(method, path, headers=headers, **kw) as response:
                body = self._read(response, started)
        except httpx.TimeoutException as exc:
            raise TransportTimeout(f"the server did not answer in time ({type(exc).__name__})") from exc
        except httpx.RemoteProtocolError as exc:
            raise ServerUnreachable(f"the connection to {self.base_url} broke before the answer was complete"
                                    ) from exc
        except httpx.TransportError as exc:
            raise ServerUnreachable(f"cannot reach {self.base_url} ({type(exc).__name__})") from exc
        self._note_date(response, started)
        self._raise_for_status(response, body)
        return response, body

    def _note_date(self, response: httpx.Response, started: float) -> None:
        try:
            server = parsedate_to_datetime(response.headers["date"]).timestamp()
        except (KeyError, TypeError, ValueError, IndexError):
            return
        self.last_clock_skew_seconds = server - (time.time() - (time.monotonic() - started) / 2)

    @staticmethod
    def _error_body(body: bytes) -> ErrorBody | None:
        try:
            return ErrorBody.model_validate_json(body)
        except ValidationError:
            return None

    def _raise_for_status(self, response: httpx.Response, body: bytes) -> None:
        status = response.status_code
        if 200 <= status < 300:
            return
        error = self._error_body(body)
        detail = f"{status} {error.error}: {error.message}" if error else f"{status} (not a structured answer)"
        server_code = error.error if error else None
        if status == 401:
            raise Unauthorized(f"the server refused this device's token ({detail}); enroll it again",
                               status=status, server_code=server_code)
        if status >= 500:
            raise ServerError(f"the server reported an error ({detail})", status=status, server_code=server_code)
        if 300 <= status < 400:
            raise BadResponse(f"unexpected redirect ({status}); is a login page or proxy in the way?",
                              status=status)
        if 400 <= status < 500:
            extra = {"retry_after": response.headers["retry-after"]} if "retry-after" in response.headers else {}
            raise RequestRejected(f"the server refused the request ({detail})", code=server_code or "rejected",
                                  status=status, server_code=server_code, **extra)
        raise BadResponse(f"unexpected status {status}", status=status)

    @staticmethod
    def _parse(body: bytes, model: type[M]) -> M:
        try:
            return model.model_validate_json(body)
        except ValidationError as exc:
            looks = "an HTML page" if body.lstrip()[:1] == b"<" else "not the expected JSON"
            raise BadResponse(f"the server's answer is {looks} ({describe_validation_error(exc, 1)})") from exc

    # -- the protocol -----------------------------------------------------------------------------------
    def health(self) -> HealthResponse:
        started = time.time()
        _, body = self._call("GET", "/v1/health", auth=False)
        answer = self._parse(body, HealthResponse)
        self.last_clock_skew_seconds = answer.server_time.timestamp() - (started + time.time()) / 2
        return answer

    def enroll(self, code: str, device_name: str, public_key_b64: str = "", office_id: str | None = None,
               device_id: str | None = None, *, device_code: str | None = None,
               app_version: str | None = None) -> EnrollResponse:
        """Exchange a one-time code for a device token (returned once; store it in the keyring)."""
        from ltsa_desktop import __version__

        try:
            request = EnrollRequest(code=code.strip(), device_name=device_name.strip()[:100] or "PC",
                                    public_key_b64=public_key_b64, app_version=(app_version or __version__)[:40],
                                    office_id=office_id, device_id=device_id, device_code=device_code)
        except ValidationError as exc:
            raise RequestRejected(f"invalid enrollment request ({describe_validation_error(exc, 1)})",
                                  code="invalid_request") from exc
        _, body = self._call("POST", "/v1/enroll", auth=False, content=request.model_dump_json(exclude_none=True),
                             headers={"Content-Type": "application/json"})
        return self._parse(body, EnrollResponse)

    def push(self, batch: PushBatch | Mapping[str, Any]) -> PushResult:
        """Send one batch; the answer has one result per record, in order, checked against the batch.

        ``clock_skew_seconds`` on the result is the server's clock minus this PC's, at the request's midpoint.
        """
        try:
            model = batch if isinstance(batch, PushBatch) else PushBatch.model_validate(batch)
        except ValidationError as exc:
            raise SyncTransportError(f"the batch is not valid ({describe_validation_error(exc)})",
                                     code="bad_batch") from exc
        content = encode_body(model)
        if len(content) > MAX_PUSH_COMPRESSED_BYTES:
            raise SyncTransportError("the batch is too large to send; use smaller batches", code="too_large")
        started = time.time()
        _, body = self._call("POST", "/v1/push", auth=True, content=content,
                             headers={"Content-Type": "application/json", "Content-Encoding": "gzip"})
        finished = time.time()
        result = self._parse(body, PushResult)
        sent = [(r.device_seq, r.entity, r.id, r.version) for r in model.records]
        answered = [(r.device_seq, r.entity, r.id, r.version) for r in result.results]
        if result.batch_id != model.batch_id or sent != answered:
            raise BadResponse("the server's answer does not match the batch that was sent")
        skew = result.server_time.timestamp() - (started + finished) / 2
        self.last_clock_skew_seconds = skew
        return result.with_clock_skew(skew)

    def pull(self, since: int) -> PulledReference:
        """The newest reference data after version ``since`` (bundle bytes exactly as published), if any."""
        _, body = self._call("GET", "/v1/pull", auth=True, params={"since": int(since)})
        answer = self._parse(body, PullResponse)
        return PulledReference(answer.version, _decode_bundle(answer.bundle_b64, "reference bundle"))

    def pull_vacancies(self, since: int) -> PulledVacancies:
        """The newest signed vacancy list after version ``since`` (bytes exactly as published), if any.

        Asks ``/v1/pull`` with ``vacancies_since`` and a catalog version no bundle exceeds, so no catalog comes
        along. A server that does not know vacancy lists ignores the parameter: the answer is version 0."""
        _, body = self._call("GET", "/v1/pull", auth=True,
                             params={"since": MAX_VERSION, "vacancies_since": int(since)})
        answer = self._parse(body, PullResponse)
        return PulledVacancies(answer.vacancies_version or 0, _decode_bundle(answer.vacancies_b64, "vacancy list"))

    def verify_receipt(self, token: str) -> VerifyResponse:
        """Ask the centre whether a receipt QR token is genuine, voided, forged, or not received yet."""
        try:
            request = VerifyRequest(token=token)
        except ValidationError as exc:
            raise RequestRejected("not a receipt token", code="invalid_request") from exc
        _, body = self._call("POST", "/v1/receipts/verify", auth=False, content=request.model_dump_json(),
                             headers={"Content-Type": "application/json"})
        return self._parse(body, VerifyResponse)


def _decode_bundle(b64: str | None, what: str) -> bytes | None:
    if b64 is None:
        return None
    if len(b64) > (MAX_BUNDLE_BYTES * 4) // 3 + 4:
        raise ResponseTooLarge(f"the {what} is larger than allowed")
    try:
        return base64.b64decode(b64, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise BadResponse(f"the {what} is not valid base64") from exc


def is_transient(exc: BaseException) -> bool:
    """Worth retrying soon: unreachable, timeout, 5xx. Never 401 or another 4xx, never a bad answer."""
    return isinstance(exc, SyncTransportError) and exc.retryable


def retrying(fn: Callable[P, T], *, attempts: int = 5, initial_wait: float = 0.5, max_wait: float = 30.0,
             sleep: Callable[[float], None] = time.sleep) -> Callable[P, T]:
    """``fn`` retried on transient errors with exponential backoff and full jitter; the last error is raised.

    Usage: ``retrying(client.push)(batch)``. Only idempotent calls belong here (push is: a replay is answered
    ``duplicate``).
    """

    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> T:
        policy = Retrying(stop=stop_after_attempt(attempts), reraise=True, sleep=sleep,
                          wait=wait_random_exponential(multiplier=initial_wait, max=max_wait),
                          retry=retry_if_exception(is_transient))
        return policy(fn, *args, **kwargs)

    return wrapper
