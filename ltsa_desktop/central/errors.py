"""The one error the central server raises on purpose; ``app.py`` turns it into a structured JSON answer."""

from __future__ import annotations

from typing import Any

from ltsa_desktop.domain.errors import LtsaError


class CentralError(LtsaError):
    """``code`` becomes ``ErrorBody.error``, ``status`` the HTTP status, ``params`` the ``details``.

    Messages are written for the administrator reading them on a client: they never contain secrets, stack
    traces or the offending input.
    """

    def __init__(self, code: str, message: str, status: int = 400, **details: Any) -> None:
        self.status = status
        super().__init__(code, message, **details)
