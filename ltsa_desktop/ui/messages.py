"""Turns error codes into translated sentences (STYLE.md practice 10). The only place the UI words errors."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ltsa_desktop.domain.errors import FieldError, LtsaError, ValidationFailed

_C = "messages"
MESSAGES: dict[str, str] = {
    "permission_denied": QT_TRANSLATE_NOOP("messages", "You are not allowed to do this. The attempt was recorded."),
    "approval_required": QT_TRANSLATE_NOOP("messages", "This needs a supervisor's approval."),
    "not_found": QT_TRANSLATE_NOOP("messages", "The record was not found."),
    "invalid_state": QT_TRANSLATE_NOOP("messages", "This cannot be done now: {detail}."),
    "stale_record": QT_TRANSLATE_NOOP("messages", "Someone else saved this record meanwhile. It has been reloaded; "
                                          "nothing you typed was saved yet."),
    "database_busy": QT_TRANSLATE_NOOP("messages", "The database is busy. Nothing was saved; please try again."),
    "authentication_failed": QT_TRANSLATE_NOOP("messages", "Wrong username or password."),
    "account_locked": QT_TRANSLATE_NOOP("messages", "This account is locked after too many failed sign-ins, "
                                            "until {until}."),
    "validation_failed": QT_TRANSLATE_NOOP("messages", "Some fields need attention."),
    "migration_failed": QT_TRANSLATE_NOOP("messages", "The database could not be upgraded; it was put back as it was."),
    "backup_failed": QT_TRANSLATE_NOOP("messages", "The backup failed: {detail}."),
    "backup_damaged": QT_TRANSLATE_NOOP("messages", "That backup file is damaged; nothing was restored."),
    "required": QT_TRANSLATE_NOOP("messages", "This field is required."),
    "too_long": QT_TRANSLATE_NOOP("messages", "Too long (at most {max} characters)."),
    "username_invalid": QT_TRANSLATE_NOOP("messages", "A username is one word without spaces."),
    "username_taken": QT_TRANSLATE_NOOP("messages", "This username is already in use."),
    "password_too_short": QT_TRANSLATE_NOOP("messages", "The password needs at least {min} characters."),
    "role_invalid": QT_TRANSLATE_NOOP("messages", "Choose a role."),
    "office_code_invalid": QT_TRANSLATE_NOOP("messages", "2–12 capital letters or digits, e.g. JKT01."),
    "province_unknown": QT_TRANSLATE_NOOP("messages", "Unknown province code."),
    "regency_invalid": QT_TRANSLATE_NOOP("messages", "Four digits starting with the province code, e.g. 3212."),
    "counters_required": QT_TRANSLATE_NOOP("messages", "At least one counter is needed."),
    "nik_length": QT_TRANSLATE_NOOP("messages", "An NIK has exactly 16 digits."),
    "nik_digits": QT_TRANSLATE_NOOP("messages", "An NIK contains digits only."),
    "nik_province": QT_TRANSLATE_NOOP("messages", "The first two digits of the NIK are not a province code."),
    "nik_day": QT_TRANSLATE_NOOP("messages", "The day in the NIK (digits 7–8) is not 01–31 or 41–71."),
    "nik_month": QT_TRANSLATE_NOOP("messages", "The month in the NIK (digits 9–10) is not 01–12."),
    "nik_date": QT_TRANSLATE_NOOP("messages", "The birth date in the NIK does not exist."),
    "nik_serial": QT_TRANSLATE_NOOP("messages", "The last four digits of an NIK cannot be 0000."),
    "nik_birth_date_mismatch": QT_TRANSLATE_NOOP("messages", "The NIK's birth date differs from the date entered. "
                                                     "An NIK is never reissued, so this is only a warning."),
    "nik_sex_mismatch": QT_TRANSLATE_NOOP("messages", "The NIK's sex differs from the sex entered (warning only)."),
    "phone_invalid": QT_TRANSLATE_NOOP("messages", "Not a valid phone number (e.g. 0812 3456 7890 or +62 812…)."),
    "under_18": QT_TRANSLATE_NOOP("messages", "Placement services need the applicant to be at least 18 years old "
                                      "(UU 18/2017 Pasal 5)."),
    "date_in_future": QT_TRANSLATE_NOOP("messages", "This date is in the future."),
    "server_unreachable": QT_TRANSLATE_NOOP("messages", "The central server cannot be reached. Records stay safe "
                                                "here and are sent later."),
    "timeout": QT_TRANSLATE_NOOP("messages", "The central server did not answer in time. Will retry."),
    "unauthorized": QT_TRANSLATE_NOOP("messages", "The central server refused this device. Enroll it again."),
    "bad_response": QT_TRANSLATE_NOOP("messages", "The central server sent an answer that could not be read."),
    "server_error": QT_TRANSLATE_NOOP("messages", "The central server reported an error. Will retry."),
    "too_large": QT_TRANSLATE_NOOP("messages", "The data is too large."),
    "not_enrolled": QT_TRANSLATE_NOOP("messages", "This device is not enrolled with a central server yet."),
    "keyring_unavailable": QT_TRANSLATE_NOOP("messages", "No secure credential store is available on this PC. "
                                                 "Install one (Windows Credential Manager, GNOME Keyring "
                                                 "or KWallet)."),
    "printer_unavailable": QT_TRANSLATE_NOOP("messages", "No printer answered. The document was saved as PDF."),
}
GENERIC = QT_TRANSLATE_NOOP("messages", "Something went wrong ({code}). Nothing was changed.")


def _format(template: str, params: dict[str, Any]) -> str:
    values = {k: _display(v) for k, v in params.items()}
    values.setdefault("detail", values.get("message", ""))
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        return template


def _display(value: Any) -> str:
    from datetime import datetime

    if isinstance(value, datetime):
        return value.astimezone().strftime("%H:%M")
    return str(value)


def text_for(code: str, params: dict[str, Any] | None = None) -> str:
    template = MESSAGES.get(code)
    if template is None:
        return QCoreApplication.translate(_C, GENERIC).format(code=code)
    return _format(QCoreApplication.translate(_C, template), params or {})


def message_for(error: BaseException) -> str:
    """One translated sentence for any error the user may see."""
    if isinstance(error, ValidationFailed):
        lines = [text_for(err.code, err.params) for err in error.fields.values()]
        return "\n".join(lines) if lines else text_for(error.code)
    if isinstance(error, LtsaError):
        params = dict(error.params)
        params.setdefault("detail", error.message)
        return text_for(error.code, params)
    code = getattr(error, "code", None)
    if isinstance(code, str):
        return text_for(code, {})
    return text_for("error", {})


def field_message(error: FieldError) -> str:
    return text_for(error.code, error.params)
