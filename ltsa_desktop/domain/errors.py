"""The error taxonomy every layer raises and ``ui/messages.py`` turns into translated sentences.

An error carries a stable ``code`` (what went wrong, in English snake case) and ``params`` (values the message
needs). The ``str()`` of an error is an English sentence for logs and the console; the UI never shows it directly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


class LtsaError(Exception):
    """Base of every error the product raises on purpose."""

    code: str = "error"

    def __init__(self, code: str | None = None, message: str = "", **params: Any) -> None:
        if code is not None:
            self.code = code
        self.params: dict[str, Any] = params
        self.message = message or self.code.replace("_", " ")
        super().__init__(self.message)


@dataclass(frozen=True)
class FieldError:
    """One problem with one form field: a code and the values its message needs."""

    code: str
    params: dict[str, Any] = field(default_factory=dict)
    warning: bool = False  # a warning is shown but does not block saving


class ValidationFailed(LtsaError):
    """Input was refused. ``fields`` maps a field name to its error; nothing was saved."""

    code = "validation_failed"

    def __init__(self, fields: dict[str, FieldError], message: str = "") -> None:
        self.fields = dict(fields)
        detail = "; ".join(f"{name}: {err.code}" for name, err in self.fields.items())
        super().__init__(None, message or f"invalid input ({detail})")


class PermissionDenied(LtsaError):
    code = "permission_denied"


class ApprovalRequired(LtsaError):
    """The action needs a supervisor's approval given at this moment (see services.auth.approve)."""

    code = "approval_required"


class NotFound(LtsaError):
    code = "not_found"


class InvalidState(LtsaError):
    """The record is not in a state that allows this action (e.g. calling a finished ticket)."""

    code = "invalid_state"


class StaleRecord(LtsaError):
    """Someone else saved this record since it was loaded. Reload and try again; nothing was saved."""

    code = "stale_record"


class DatabaseBusy(LtsaError):
    """The database stayed locked longer than the busy timeout. Nothing was written; try again."""

    code = "database_busy"


class AuthenticationFailed(LtsaError):
    code = "authentication_failed"
