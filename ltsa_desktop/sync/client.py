"""The HTTP side of sync (httpx, explicit timeouts, size limits, answers validated by the shared models).

Transport errors carry a ``code`` the UI words (server_unreachable, timeout, unauthorized, bad_response,
server_error, too_large). 401 is never retried: the device must be enrolled again.
"""

from __future__ import annotations

import base64
from typing import Any

import httpx
from pydantic import ValidationError

from ltsa_desktop.sync.protocol import (
    EnrollRequest,
    EnrollResponse,
    PullResponse,
    PushBatch,
    PushResult,
    VerifyResponse,
    encode_body,
)

MAX_RESPONSE_BYTES = 4 * 1024 * 1024


class SyncTransportError(Exception):
    def __init__(self, code: str, message: str) -> None:
        self.code = code
        super().__init__(message)


class CentralClient:
    def __init__(self, base_url: str, token: str | None = None, *, timeout: float = 20.0, verify_tls: bool = True,
                 transport: httpx.BaseTransport | None = None) -> None:
        self.base_url = base_url.rstrip("/")
        self.token = token
        self.http = httpx.Client(base_url=self.base_url, timeout=httpx.Timeout(timeout, connect=5.0),
                                 verify=verify_tls, transport=transport)

    def _headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"} if self.token else {}

    def _call(self, method: str, path: str, **kw: Any) -> httpx.Response:
        try:
            response = self.http.request(method, path, **kw)
        except httpx.TimeoutException as exc:
            raise SyncTransportError("timeout", f"the server did not answer in time ({exc})") from exc
        except httpx.TransportError as exc:
            raise SyncTransportError("server_unreachable", f"cannot reach {self.base_url} ({exc})") from exc
        if len(response.content) > MAX_RESPONSE_BYTES:
            raise SyncTransportError("too_large", "the server's answer is too large")
        if response.status_code == 401:
            raise SyncTransportError("unauthorized", self._message(response))
        if response.status_code >= 500:
            raise SyncTransportError("server_error", self._message(response))
        if response.status_code >= 400:
            raise SyncTransportError("rejected", self._message(response))
        return response

    @staticmethod
    def _message(response: httpx.Response) -> str:
        try:
            body = response.json()
            return f"{response.status_code} {body.get('error')}: {body.get('message')}"
        except ValueError:
            return f"{response.status_code} (not a JSON answer)"

    def _parse(self, response: httpx.Response, model: type) -> Any:
        try:
            return model.model_validate_json(response.content)
        except ValidationError as exc:
            raise SyncTransportError("bad_response", f"unexpected answer: {exc.errors()[:1]}") from exc

    def health(self) -> dict[str, Any]:
        return self._call("GET", "/v1/health").json()

    def enroll(self, code: str, device_name: str, public_key_b64: str, office_id: str, device_id: str) -> EnrollResponse:
        body = EnrollRequest(code=code, device_name=device_name, public_key_b64=public_key_b64)
        response = self._call("POST", "/v1/enroll", content=body.model_dump_json(),
                              headers={"Content-Type": "application/json", "X-Office-Id": office_id,
                                       "X-Device-Id": device_id})
        return self._parse(response, EnrollResponse)

    def push(self, batch: dict[str, Any]) -> list[dict[str, Any]]:
        """The agent's transport: one batch out, one result per record back."""
        try:
            model = PushBatch.model_validate(batch)
        except ValidationError as exc:
            raise SyncTransportError("bad_batch", str(exc.errors()[:1])) from exc
        response = self._call("POST", "/v1/push", content=encode_body(model),
                              headers={**self._headers(), "Content-Type": "application/json",
                                       "Content-Encoding": "gzip"})
        result: PushResult = self._parse(response, PushResult)
        if result.batch_id != model.batch_id:
            raise SyncTransportError("bad_response", "the answer is for another batch")
        return [r.model_dump() for r in result.results]

    def pull(self, since: int) -> tuple[int, bytes | None]:
        response = self._call("GET", "/v1/pull", params={"since": since}, headers=self._headers())
        pulled: PullResponse = self._parse(response, PullResponse)
        return pulled.version, base64.b64decode(pulled.bundle_b64) if pulled.bundle_b64 else None

    def verify_receipt(self, token: str) -> VerifyResponse:
        response = self._call("POST", "/v1/receipts/verify", json={"token": token})
        return self._parse(response, VerifyResponse)
