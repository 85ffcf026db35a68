"""``ltsa-central``'s HTTP API (FastAPI): versioned routes, bearer tokens, size limits, structured errors."""

from __future__ import annotations

import base64
import time
from collections import defaultdict

from fastapi import FastAPI, Header, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import ValidationError

from ltsa_desktop.central.service import Central, CentralError
from ltsa_desktop.sync.protocol import (
    MAX_BODY_BYTES,
    MAX_COMPRESSED_BYTES,
    PROTOCOL_VERSION,
    EnrollRequest,
    EnrollResponse,
    ErrorBody,
    PullResponse,
    PushBatch,
    PushResult,
    VerifyRequest,
    VerifyResponse,
    decode_gzip,
)

ENROLL_PER_MINUTE = 10


def _error(status: int, code: str, message: str) -> JSONResponse:
    return JSONResponse(status_code=status, content=ErrorBody(error=code, message=message).model_dump())


def create_app(central: Central | str) -> FastAPI:
    if isinstance(central, str):
        central = Central(central)
    app = FastAPI(title="ltsa-central", version=str(PROTOCOL_VERSION),
                  responses={400: {"model": ErrorBody}, 401: {"model": ErrorBody}, 413: {"model": ErrorBody}})
    app.state.central = central
    attempts: dict[str, list[float]] = defaultdict(list)

    @app.exception_handler(CentralError)
    async def central_error(_request: Request, exc: CentralError) -> JSONResponse:
        return _error(exc.status, exc.code, exc.message)

    @app.exception_handler(RequestValidationError)
    async def invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        return _error(422, "invalid_request", str(exc.errors()[:3]))

    @app.exception_handler(Exception)
    async def unexpected(_request: Request, exc: Exception) -> JSONResponse:  # never a stack trace to clients
        return _error(500, "server_error", "the server could not process the request")

    def device_for(authorization: str | None):  # type: ignore[no-untyped-def]
        if not authorization or not authorization.startswith("Bearer "):
            raise CentralError("unauthorized", "a device token is required", 401)
        return central.authenticate(authorization.removeprefix("Bearer ").strip())

    @app.get("/v1/health")
    def health() -> dict[str, object]:
        return {"status": "ok", "protocol": PROTOCOL_VERSION}

    @app.post("/v1/enroll", response_model=EnrollResponse)
    def enroll(body: EnrollRequest, request: Request, x_office_id: str | None = Header(default=None),
               x_device_id: str | None = Header(default=None)) -> EnrollResponse:
        client = request.client.host if request.client else "?"
        window = [t for t in attempts[client] if t > time.monotonic() - 60]
        if len(window) >= ENROLL_PER_MINUTE:
            raise CentralError("rate_limited", "too many enrollment attempts; wait a minute", 429)
        attempts[client] = [*window, time.monotonic()]
        device, office, token = central.enroll(body.code, body.device_name, body.public_key_b64, x_device_id,
                                               x_office_id)
        return EnrollResponse(device_id=device.id, office_id=office.local_id or office.id, office_code=office.code,
                              token=token)

    @app.post("/v1/push", response_model=PushResult)
    async def push(request: Request, authorization: str | None = Header(default=None)) -> PushResult:
        device = device_for(authorization)
        raw = await request.body()
        if len(raw) > MAX_COMPRESSED_BYTES:
            raise CentralError("too_large", "batch too large", 413)
        try:
            data = decode_gzip(raw) if request.headers.get("content-encoding") == "gzip" else raw
            if len(data) > MAX_BODY_BYTES:
                raise ValueError("body too large")
            batch = PushBatch.model_validate_json(data)
        except ValidationError as exc:
            raise CentralError("invalid_batch", str(exc.errors()[:3]), 400) from exc
        except (ValueError, OSError, EOFError) as exc:
            raise CentralError("invalid_batch", f"unreadable body: {exc}", 400) from exc
        return central.push(device, batch)

    @app.get("/v1/pull", response_model=PullResponse)
    def pull(since: int = 0, authorization: str | None = Header(default=None)) -> PullResponse:
        device_for(authorization)
        version, data = central.pull(since)
        return PullResponse(version=version, bundle_b64=base64.b64encode(data).decode() if data else None)

    @app.post("/v1/receipts/verify", response_model=VerifyResponse)
    def verify(body: VerifyRequest) -> VerifyResponse:
        from ltsa_desktop.domain.receipt_token import ReceiptTokenError, decode_receipt_token

        try:
            claims = decode_receipt_token(body.token, central.device_public_key)
        except ReceiptTokenError as exc:
            return VerifyResponse(status="forged", detail=exc.code)
        stored, voided = central.find_receipt(claims.number)
        if stored is None:
            return VerifyResponse(status="unknown", number=claims.number,
                                  detail="signature valid; the receipt has not reached the centre yet")
        if stored.get("hash") != claims.receipt_hash:
            return VerifyResponse(status="forged", number=claims.number, detail="does not match the stored receipt")
        return VerifyResponse(status="voided" if voided else "genuine", number=claims.number)

    return app
