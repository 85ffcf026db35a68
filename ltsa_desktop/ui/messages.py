"""Turns errors into translated sentences (STYLE.md practice 10). The only place the UI words an error.

Every layer raises ``LtsaError`` subclasses with a stable ``code`` and ``params`` (``domain/errors.py``). This
module maps each code to an English source sentence marked for ``pyside6-lupdate`` (context ``"messages"``) and
translates it at call time, so a language switch takes effect on the next message. Placeholders such as ``{until}``
are filled from the error's params; a code without an entry gets a generic sentence that names the code, so a
support call can still find it in the logs.

Call from the GUI thread (translation itself is thread-safe, but the results are meant for widgets).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from ltsa_desktop.domain.errors import FieldError, LtsaError, ValidationFailed

CONTEXT = "messages"


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - the name pyside6-lupdate looks for
    """Marks ``source`` for translation in ``context`` without translating it (that happens in ``text_for``)."""
    return source


GENERIC_CODE = "error"

MESSAGES: dict[str, str] = {
    # who may do what
    "permission_denied": QT_TRANSLATE_NOOP("messages", "You are not allowed to do this. The attempt was recorded."),
    "approval_required": QT_TRANSLATE_NOOP("messages", "This needs a supervisor's approval."),
    "authentication_failed": QT_TRANSLATE_NOOP("messages", "Wrong username or password."),
    "account_locked": QT_TRANSLATE_NOOP("messages", "This account is locked after too many failed sign-ins, "
                                        "until {until}."),
    # records and the database
    "not_found": QT_TRANSLATE_NOOP("messages", "The record was not found."),
    "invalid_state": QT_TRANSLATE_NOOP("messages", "This cannot be done now: {detail}."),
    "stale_record": QT_TRANSLATE_NOOP("messages", "Someone else saved this record meanwhile. It has been reloaded; "
                                      "nothing you typed was saved yet."),
    "database_busy": QT_TRANSLATE_NOOP("messages", "The database is busy. Nothing was saved; please try again."),
    "migration_failed": QT_TRANSLATE_NOOP("messages", "The database could not be upgraded; it was put back as it was."),
    "backup_failed": QT_TRANSLATE_NOOP("messages", "The backup failed: {detail}."),
    "backup_damaged": QT_TRANSLATE_NOOP("messages", "That backup file is damaged; nothing was restored."),
    # form fields
    "validation_failed": QT_TRANSLATE_NOOP("messages", "Some fields need attention."),
    "required": QT_TRANSLATE_NOOP("messages", "This field is required."),
    "too_long": QT_TRANSLATE_NOOP("messages", "Too long (at most {max} characters)."),
    "username_invalid": QT_TRANSLATE_NOOP("messages", "A username is one word without spaces."),
    "username_taken": QT_TRANSLATE_NOOP("messages", "This username is already in use."),
    "password_too_short": QT_TRANSLATE_NOOP("messages", "The password needs at least {min} characters."),
    "role_invalid": QT_TRANSLATE_NOOP("messages", "Choose a role."),
    "office_code_invalid": QT_TRANSLATE_NOOP("messages", "2–12 capital letters or digits, e.g. JKT01."),
    "province_unknown": QT_TRANSLATE_NOOP("messages", "Unknown province code."),
    "regency_invalid": QT_TRANSLATE_NOOP("messages", "Four digits starting with the province code, e.g. 3212."),
    "regency_unknown": QT_TRANSLATE_NOOP("messages", "Not a regency or city of the chosen province; choose one "
                                         "from the list."),
    "regency_not_in_province": QT_TRANSLATE_NOOP("messages", "This regency or city is not in the chosen province."),
    "counters_required": QT_TRANSLATE_NOOP("messages", "At least one counter is needed."),
    "date_in_future": QT_TRANSLATE_NOOP("messages", "This date is in the future."),
    "phone_invalid": QT_TRANSLATE_NOOP("messages", "Not a valid phone number (e.g. 0812 3456 7890 or +62 812…)."),
    "under_18": QT_TRANSLATE_NOOP("messages", "Placement services need the applicant to be at least 18 years old "
                                  "(UU 18/2017 Pasal 5)."),
    "file_type": QT_TRANSLATE_NOOP("messages", "This file type cannot be attached; only {allowed} files."),
    "file_size": QT_TRANSLATE_NOOP("messages", "This file is empty or too large (at most {max_mb} MB). "
                                   "Scan it again at a lower resolution."),
    "file_unreadable": QT_TRANSLATE_NOOP("messages", "The file could not be read: {detail}."),
    # NIK (Nomor Induk Kependudukan): layout PP KK DD MM YY SSSS, women's day + 40
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
    "nik_regency_unknown": QT_TRANSLATE_NOOP("messages", "The NIK's regency digits (3–4) are not in the current "
                                             "region list; it may be an older code. An NIK is never reissued, so "
                                             "this is only a warning."),
    # central server and sync
    "server_unreachable": QT_TRANSLATE_NOOP("messages", "The central server cannot be reached. Records stay safe "
                                            "here and are sent later."),
    "timeout": QT_TRANSLATE_NOOP("messages", "The central server did not answer in time. Will retry."),
    "unauthorized": QT_TRANSLATE_NOOP("messages", "The central server refused this device. Enroll it again."),
    "bad_response": QT_TRANSLATE_NOOP("messages", "The central server sent an answer that could not be read."),
    "server_error": QT_TRANSLATE_NOOP("messages", "The central server reported an error. Will retry."),
    "too_large": QT_TRANSLATE_NOOP("messages", "The data is too large."),
    "not_enrolled": QT_TRANSLATE_NOOP("messages", "This device is not enrolled with a central server yet."),
    # this PC
    "keyring_unavailable": QT_TRANSLATE_NOOP("messages", "No secure credential store is available on this PC. "
                                             "Install one (Windows Credential Manager, GNOME Keyring "
                                             "or KWallet)."),
    "device_key_missing": QT_TRANSLATE_NOOP("messages", "This PC's receipt-signing key is missing from the secure "
                                            "credential store. No payment can be taken until an administrator "
                                            "restores it or registers a new key (Administration → Device)."),
    "keyring_locked": QT_TRANSLATE_NOOP("messages", "The secure credential store of this PC is locked. Sign in to "
                                        "the desktop session (or unlock the keyring) and try again."),
    "quote_not_final": QT_TRANSLATE_NOOP("messages", "A choice in the fee quote is still open (for example the "
                                         "contract length, or one of two alternative services). Settle it on the "
                                         "Fees & payment page before taking payment."),
    "quote_changed": QT_TRANSLATE_NOOP("messages", "The fees worked out for the saved applicant differ from the "
                                       "quote on screen (the profile on the Fees & payment page was changed, "
                                       "or the fee schedule changed). Nothing was charged: check the profile "
                                       "and the quote, then take the payment again."),
    "printer_unavailable": QT_TRANSLATE_NOOP("messages", "No printer answered. The document was saved as PDF."),
    # job information (vacancies, counselling)
    "choice_invalid": QT_TRANSLATE_NOOP("messages", "Choose one of the values in the list."),
    "unknown_scheme": QT_TRANSLATE_NOOP("messages", "Unknown placement scheme: {scheme}."),
    "control_characters": QT_TRANSLATE_NOOP("messages", "This text contains invisible control characters; type it "
                                            "again."),
    "out_of_range": QT_TRANSLATE_NOOP("messages", "Enter a number from {min} to {max}."),
    "min_above_max": QT_TRANSLATE_NOOP("messages", "The minimum ({min}) is above the maximum ({max}): no one could "
                                       "meet this."),
    "currency_invalid": QT_TRANSLATE_NOOP("messages", "Give the salary currency as a three-letter code, e.g. TWD, "
                                          "HKD, MYR."),
    "validity_expired": QT_TRANSLATE_NOOP("messages", "The validity of this vacancy has ended; it cannot be shown "
                                          "as verified. Enter the new validity from the job order first."),
    "validity_reversed": QT_TRANSLATE_NOOP("messages", "The validity ends before it starts."),
    "licence_missing": QT_TRANSLATE_NOOP("messages", "A P to P vacancy needs the P3MI licence number before it can "
                                         "be verified."),
    "programme_missing": QT_TRANSLATE_NOOP("messages", "Name the programme (SP2T, G to G) before verifying."),
    "employer_missing": QT_TRANSLATE_NOOP("messages", "Name the employer before verifying an independent "
                                          "placement."),
    "vacancy_not_open": QT_TRANSLATE_NOOP("messages", "This vacancy is not open (closed, withdrawn, not verified "
                                          "or no longer valid)."),
    "no_referral": QT_TRANSLATE_NOOP("messages", "This counselling session referred to no vacancy, so it has no "
                                     "referral slip."),
    # signed reference data (fee catalog, vacancy list)
    "unknown_key": QT_TRANSLATE_NOOP("messages", "It is signed with a key this office does not trust. Nothing was "
                                     "installed."),
    "bad_key": QT_TRANSLATE_NOOP("messages", "The issuer key is not usable. Nothing was installed."),
    "bad_signature": QT_TRANSLATE_NOOP("messages", "Its signature does not match its content: it may have been "
                                       "altered. Nothing was installed."),
    "bundle_tampered": QT_TRANSLATE_NOOP("messages", "Its content was changed after it was signed. Nothing was "
                                         "installed."),
    "bundle_unsigned": QT_TRANSLATE_NOOP("messages", "It carries no signature. Nothing was installed."),
    "bundle_malformed": QT_TRANSLATE_NOOP("messages", "The file is damaged or not in the expected format. Nothing "
                                          "was installed."),
    "bundle_too_large": QT_TRANSLATE_NOOP("messages", "The file is larger than allowed. Nothing was installed."),
    "vacancy_from_centre": QT_TRANSLATE_NOOP("messages", "This vacancy comes from the centre's vacancy list; only "
                                             "the centre's next list changes it."),
    "wrong_kind": QT_TRANSLATE_NOOP("messages", "This file is not of the expected kind (a catalog was given as a "
                                    "vacancy list, or the other way round). Nothing was installed."),
    "vacancy_list_invalid": QT_TRANSLATE_NOOP("messages", "The vacancy list from the centre is not valid; nothing "
                                              "was installed. The log names the problems."),
    "vacancy_list_not_newer": QT_TRANSLATE_NOOP("messages", "This vacancy list is not newer than the one installed; "
                                                "nothing was changed."),
    # close of day
    "day_closed": QT_TRANSLATE_NOOP("messages", "{day} has been closed and signed off, so nothing that belongs to "
                                    "it can change. Nothing was saved. A supervisor can reopen the day (Day review → "
                                    "Reopen day…) if a correction is really needed."),
    "day_already_closed": QT_TRANSLATE_NOOP("messages", "This day is already closed."),
    "date_order": QT_TRANSLATE_NOOP("messages", "The end date is before the start date."),
    "period_too_long": QT_TRANSLATE_NOOP("messages", "A summary covers at most {max} days."),
    "day_not_closed": QT_TRANSLATE_NOOP("messages", "This day is not closed, so there is nothing to reopen."),
    "close_checklist": QT_TRANSLATE_NOOP("messages", "The day cannot be closed yet. Counters still open: "
                                         "{counters}. Tickets being served: {serving}. Open cash sessions: "
                                         "{cash_sessions}."),
    # satisfaction survey (IKM)
    "already_rated": QT_TRANSLATE_NOOP("messages", "This service visit has already been rated. Thank you."),
    "ticket_not_finished": QT_TRANSLATE_NOOP("messages", "Ticket {number} is not finished yet, so it cannot be "
                                             "rated."),
    "survey_score_invalid": QT_TRANSLATE_NOOP("messages", "Choose a rating from 1 to 4 for every question."),
    "end_before_start": QT_TRANSLATE_NOOP("messages", "The end date is before the start date."),
}
GENERIC = QT_TRANSLATE_NOOP("messages", "Something went wrong ({code}). Nothing was changed.")


def text_for(code: str, params: dict[str, Any] | None = None) -> str:
    """The translated sentence for ``code`` with ``params`` filled in; the generic sentence for unknown codes."""
    template = MESSAGES.get(code)
    if template is None:
        return QCoreApplication.translate(CONTEXT, GENERIC).format(code=code)
    return _fill(QCoreApplication.translate(CONTEXT, template), params or {})


def message_for(error: BaseException) -> str:
    """One translated sentence (several lines for a ``ValidationFailed``) for any error the user may see.

    ``LtsaError``: its code's sentence, ``{detail}`` defaulting to the error's English message. Anything else
    (a bug, an OS error): the generic sentence naming its ``code`` attribute or, failing that, its type.
    """
    if isinstance(error, ValidationFailed):
        lines = [field_message(err) for err in error.fields.values()]
        return "\n".join(lines) if lines else text_for(error.code)
    if isinstance(error, LtsaError):
        params = dict(error.params)
        params.setdefault("detail", error.message)
        return text_for(error.code, params)
    code = getattr(error, "code", None)
    return text_for(code if isinstance(code, str) and code else type(error).__name__)


def field_message(error: FieldError) -> str:
    """The translated sentence shown under a form field for one ``FieldError`` (error or warning alike)."""
    return text_for(error.code, error.params)


def _fill(template: str, params: dict[str, Any]) -> str:
    """Fill ``{name}`` placeholders; a template whose placeholders are missing is shown unfilled, never raises."""
    values = {name: _display(value) for name, value in params.items()}
    values.setdefault("detail", values.get("message", ""))
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        return template


def _display(value: Any) -> str:
    """Params as people read them: an instant as local ``HH:MM``, a date as a long date in the UI language."""
    if isinstance(value, datetime):
        local = value.astimezone() if value.tzinfo is not None else value
        return local.strftime("%H:%M")
    if isinstance(value, date):
        from ltsa_desktop.ui.i18n import long_date

        return long_date(value)
    return str(value)
