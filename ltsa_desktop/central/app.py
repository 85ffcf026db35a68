"""``ltsa-central``'s HTTP API (FastAPI): versioned routes under ``/v1``, bearer tokens, size limits, and a
structured JSON error (``ErrorBody``) for every 4xx/5xx — never a stack trace.

Routes: ``POST /v1/enroll``, ``POST /v1/push``, ``GET /v1/pull?since=N[&vacancies_since=M]``,
``POST /v1/receipts/verify``, ``GET /v1/health``. Database work runs in the server's thread pool, one transaction
per request.
"""

from __future__ import annotations

import base64
import logging
import threading
import time
from datetime import UTC, datetime
from typing import Any

from fastapi import Depends, FastAPI, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.engine import Engine
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.gzip import GZipMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ltsa_desktop.central import apply, catalog, enrollment, receipts
from ltsa_desktop.central.apply import DeviceIdentity
from ltsa_desktop.central.db import CentralDB
from ltsa_desktop.central.errors import CentralError
from ltsa_desktop.sync.protocol import (
    GZIP_LEVEL,
    MAX_PUSH_BODY_BYTES,
    MAX_PUSH_COMPRESSED_BYTES,
    MAX_SMALL_BODY_BYTES,
    MAX_VERSION,
    PROTOCOL_VERSION,
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
    decode_body,
)

log = logging.getLogger(__name__)
PUSH_PATH = "/v1/push"
ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorBody} for status in (400, 401, 403, 404, 409, 413, 415, 422, 429, 500)}
_BODY_ERROR_STATUS = {"too_large": (413, "too_large"), "bad_encoding": (400, "bad_encoding"),
                      "invalid": (400, "invalid_batch")}


def error_response(status: int, code: str, message: str, details: dict[str, Any] | None = None,
                   headers: dict[str, str] | None = None) -> JSONResponse:
    body = ErrorBody(error=code, message=message, details=details or {})
    return JSONResponse(status_code=status, content=body.model_dump(mode="json"), headers=headers)


class RateLimiter:
    """A token bucket per client address: ``burst`` requests at once, refilled at ``burst`` per ``period``.

    Thread-safe. In-process only: each server process limits on its own.
    """

    def __init__(self, burst: int, period: float) -> None:
        self.burst, self.rate = float(burst), burst / period
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def allow(self, key: str) -> float:
        """0 if a request may go ahead now, else the seconds to wait."""
        now = time.monotonic()
        with self._lock:
            tokens, last = self._buckets.get(key, (self.burst, now))
            tokens = min(self.burst, tokens + (now - last) * self.rate)
            if len(self._buckets) > 10_000:  # forget addresses whose bucket is full again
                self._buckets = {k: v for k, v in self._buckets.items()
                                 if v[0] + (now - v[1]) * self.rate < self.burst}
            if tokens < 1:
                self._buckets[key] = (tokens, now)
                return (1 - tokens) / self.rate
            self._buckets[key] = (tokens - 1, now)
            return 0.0


class _BodyTooLarge(Exception):
    pass


class _Guard:
    """Refuses oversized small bodies, and turns any unexpected exception into a JSON 500."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False
        limit = MAX_PUSH_COMPRESSED_BYTES if scope.get("path") == PUSH_PATH else MAX_SMALL_BODY_BYTES
        for name, value in scope.get("headers", []):
            if name == b"content-length" and value.isdigit() and int(value) > limit:
                await error_response(413, "too_large", f"the request body is larger than {limit} bytes")(
                    scope, receive, send)
                return
        seen = 0

        async def limited_receive() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise _BodyTooLarge()
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except _BodyTooLarge:
            if not started:
                await error_response(413, "too_large", f"the request body is larger than {limit} bytes")(
                    scope, receive, send)
        except Exception:  # noqa: BLE001 - the last line of defence: log it, answer 500 without details
            log.exception("unexpected error in %s %s", scope.get("method"), scope.get("path"))
            if not started:
                await error_response(500, "server_error", "the server could not process the request")(
                    scope, receive, send)


def _openapi_with_push_body(app: FastAPI) -> dict[str, Any]:
    """The push route reads its own (gzip) body; document it as a ``PushBatch`` for clients and schemathesis."""
    if app.openapi_schema:
        return app.openapi_schema
    schema = get_openapi(title=app.title, version=app.version, routes=app.routes, description=app.description)
    batch = PushBatch.model_json_schema(ref_template="#/components/schemas/{model}")
    components = schema.setdefault("components", {}).setdefault("schemas", {})
    components.update(batch.pop("$defs", {}))
    components["PushBatch"] = batch
    schema["paths"][PUSH_PATH]["post"]["requestBody"] = {
        "required": True, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/PushBatch"}}},
        "description": "A PushBatch as JSON, normally with Content-Encoding: gzip"}
    app.openapi_schema = schema
    return schema


def create_app(database: str | Engine | CentralDB | None = None, *, enroll_rate: tuple[int, float] = (10, 60.0),
               verify_rate: tuple[int, float] = (120, 60.0), failed_signins: tuple[int, float] = (20, 60.0),
               migrate: bool = True) -> FastAPI:
    """The API over ``database`` (a URL, an engine, an open ``CentralDB``, or the default SQLite file).

    The schema is migrated to head first unless ``migrate`` is false.
    """
    db = database if isinstance(database, CentralDB) else CentralDB.open(database, migrate=migrate)
    app = FastAPI(title="ltsa-central", version=f"protocol {PROTOCOL_VERSION}", docs_url=None, redoc_url=None,
                  description="Reference central server of LTSA Desktop (docs/SYNC_PROTOCOL.md).")
    app.state.db = db
    enroll_limiter, verify_limiter = RateLimiter(*enroll_rate), RateLimiter(*verify_rate)
    signin_limiter = enrollment.FailedSignInLimiter(*failed_signins)  # unknown bearer tokens per address
    bearer = HTTPBearer(auto_error=False)
    app.openapi = lambda: _openapi_with_push_body(app)  # type: ignore[method-assign]
    app.add_middleware(GZipMiddleware, minimum_size=1024, compresslevel=GZIP_LEVEL)

    @app.exception_handler(CentralError)
    async def _central_error(_request: Request, exc: CentralError) -> JSONResponse:
        headers = {"Retry-After": str(exc.params["retry_after"])} if "retry_after" in exc.params else None
        if exc.status == 401:
            headers = {**(headers or {}), "WWW-Authenticate": "Bearer"}
        return error_response(exc.status, exc.code, exc.message, exc.params, headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        parts = [f"{'.'.join(str(p) for p in e.get('loc', ()))}: {e.get('msg', 'invalid')}" for e in exc.errors()[:3]]
        return error_response(422, "invalid_request", "; ".join(parts) or "invalid request")

    @app.exception_handler(StarletteHTTPException)
    async def _http(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        codes = {404: "not_found", 405: "method_not_allowed"}
        return error_response(exc.status_code, codes.get(exc.status_code, f"http_{exc.status_code}"),
                              str(exc.detail), headers=getattr(exc, "headers", None))

    def client_key(request: Request) -> str:
        return request.client.host if request.client else "unknown"

    def limit(limiter: RateLimiter, request: Request) -> None:
        wait = limiter.allow(client_key(request))
        if wait:
            raise CentralError("rate_limited", "too many requests from this address; wait and try again", 429,
                               retry_after=max(1, round(wait)))

    async def device(request: Request,
                     credentials: HTTPAuthorizationCredentials | None = Depends(bearer)) -> DeviceIdentity:
        token = credentials.credentials if credentials else None
        return await run_in_threadpool(enrollment.authenticate, db, token, client=client_key(request),
                                       limiter=signin_limiter)

    @app.get("/v1/health", response_model=HealthResponse, responses=ERRORS)
    def health() -> HealthResponse:
        return HealthResponse(server_time=datetime.now(UTC))

    @app.post("/v1/enroll", response_model=EnrollResponse, responses=ERRORS)
    def enroll(body: EnrollRequest, request: Request) -> EnrollResponse:
        limit(enroll_limiter, request)
        return enrollment.enroll(db, body)

    def decode_and_apply(raw: bytes, gzip: bool, who: DeviceIdentity) -> bytes:
        try:
            batch = decode_body(raw, PushBatch, MAX_PUSH_BODY_BYTES, compressed=gzip)
        except BodyError as exc:
            status, code = _BODY_ERROR_STATUS[exc.code]
            raise CentralError(code, str(exc), status) from exc
        if batch.protocol != PROTOCOL_VERSION:
            raise CentralError("protocol_unsupported", f"this server speaks protocol {PROTOCOL_VERSION}", 400,
                               supported=[PROTOCOL_VERSION])
        if batch.device_id != who.device_id:
            raise CentralError("device_mismatch", "the batch names another device than the token's", 403)
        return apply.push(db, who, batch).model_dump_json().encode("utf-8")

    @app.post(PUSH_PATH, response_model=PushResult, responses=ERRORS)
    async def push(request: Request, who: DeviceIdentity = Depends(device)) -> Response:
        encoding = request.headers.get("content-encoding", "identity").strip().lower()
        if encoding not in ("gzip", "identity"):
            raise CentralError("unsupported_encoding", "send the batch gzip-compressed or uncompressed", 415)
        if request.headers.get("content-type", "").split(";")[0].strip().lower() != "application/json":
            raise CentralError("unsupported_media_type", "the batch must be application/json", 415)
        chunks = [chunk async for chunk in request.stream()]  # bounded by _Guard
        raw = b"".join(chunks)
        body = await run_in_threadpool(decode_and_apply, raw, encoding == "gzip", who)
        return Response(content=body, media_type="application/json")

    @app.get("/v1/pull", response_model=PullResponse, response_model_exclude_unset=True, responses=ERRORS)
    def pull(since: int = Query(0, ge=0, le=MAX_VERSION),
             vacancies_since: int | None = Query(None, ge=0, le=MAX_VERSION),
             who: DeviceIdentity = Depends(device)) -> PullResponse:
        version, data = catalog.latest_bundle(db, since)
        bundle_b64 = base64.b64encode(data).decode("ascii") if data else None
        if vacancies_since is None:  # an older client: exactly the answer it always had
            return PullResponse(version=version, bundle_b64=bundle_b64)
        list_version, listed = catalog.latest_vacancy_list(db, vacancies_since)
        return PullResponse(version=version, bundle_b64=bundle_b64, vacancies_version=list_version,
                            vacancies_b64=base64.b64encode(listed).decode("ascii") if listed else None)

    @app.post("/v1/receipts/verify", response_model=VerifyResponse, responses=ERRORS)
    def verify(body: VerifyRequest, request: Request) -> VerifyResponse:
        limit(verify_limiter, request)
        return receipts.verify_receipt(db, body.token)

    app.add_middleware(_Guard)  # outermost of ours: it also sees what the exception handlers do not catch
    return app
