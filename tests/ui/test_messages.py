"""Error codes become translated sentences; Qt-side money and dates follow the UI language."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import re  # noqa: E402
import string  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from datetime import date, datetime  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QCoreApplication, QDate, QLocale  # noqa: E402

from ltsa_desktop.domain.errors import (  # noqa: E402
    AuthenticationFailed,
    DatabaseBusy,
    FieldError,
    InvalidState,
    LtsaError,
    StaleRecord,
    ValidationFailed,
)
from ltsa_desktop.ui.i18n import current_language, install_translator, long_date, money  # noqa: E402
from ltsa_desktop.ui.messages import GENERIC, MESSAGES, field_message, message_for, text_for  # noqa: E402

REQUIRED_CODES = ("permission_denied", "approval_required", "not_found", "invalid_state", "stale_record",
    "database_busy", "authentication_failed", "account_locked", "validation_failed", "nik_length",
    "nik_digits", "nik_province", "nik_day", "nik_month", "nik_date", "nik_serial",
    "nik_birth_date_mismatch", "nik_sex_mismatch", "phone_invalid", "required", "too_long", "under_18",
    "server_unreachable", "timeout", "unauthorized", "bad_response", "server_error", "too_large",
    "not_enrolled", "keyring_unavailable", "printer_unavailable")


@pytest.fixture
def indonesian(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    assert install_translator(qapp, "id")
    try:
        yield
    finally:
        install_translator(qapp, "en")


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_code_of_the_taxonomy_has_a_sentence() -> None:
    missing = [code for code in REQUIRED_CODES if code not in MESSAGES]
    assert not missing


def test_sentences_for_errors(qapp) -> None:  # type: ignore[no-untyped-def]
    assert message_for(StaleRecord()) == MESSAGES["stale_record"]
    assert "nothing you typed was saved" in message_for(StaleRecord())
    assert message_for(DatabaseBusy()).startswith("The database is busy. Nothing was saved")
    assert message_for(AuthenticationFailed()) == "Wrong username or password."
    assert message_for(InvalidState(message="ticket A-012 is already finished")) == \
        "This cannot be done now: ticket A-012 is already finished."
    locked = message_for(LtsaError("account_locked", until=datetime(2026, 11, 23, 9, 30)))
    assert locked.endswith("until 09:30.")
    assert text_for("too_long", {"max": 64}) == "Too long (at most 64 characters)."
    assert "UU 18/2017" in text_for("under_18")


def test_unknown_codes_and_plain_exceptions_get_the_generic_sentence_with_the_code(qapp) -> None:  # type: ignore[no-untyped-def]
    assert message_for(LtsaError("printer_on_fire")) == GENERIC.format(code="printer_on_fire")
    assert "ZeroDivisionError" in message_for(ZeroDivisionError("x"))
    assert "sync_conflict" in message_for(type("E", (Exception,), {"code": "sync_conflict"})())


def test_missing_params_leave_the_sentence_readable(qapp) -> None:  # type: ignore[no-untyped-def]
    assert text_for("too_long") == MESSAGES["too_long"]  # placeholder kept, no KeyError


def test_validation_failed_lists_each_field_and_field_message_words_one(qapp) -> None:  # type: ignore[no-untyped-def]
    error = ValidationFailed({"nik": FieldError("nik_length"), "phone": FieldError("phone_invalid"),
                              "name": FieldError("too_long", {"max": 100})})
    assert message_for(error).splitlines() == [MESSAGES["nik_length"], MESSAGES["phone_invalid"],
                                               "Too long (at most 100 characters)."]
    assert field_message(FieldError("nik_sex_mismatch", warning=True)) == MESSAGES["nik_sex_mismatch"]
    assert message_for(ValidationFailed({})) == MESSAGES["validation_failed"]


def test_indonesian_sentences_keep_every_placeholder(indonesian: None) -> None:
    untranslated = []
    for code, english in MESSAGES.items():
        indonesian_text = QCoreApplication.translate("messages", english)
        if indonesian_text == english:
            untranslated.append(code)
        assert _placeholders(indonesian_text) == _placeholders(english), code
    assert not untranslated
    assert message_for(DatabaseBusy()).startswith("Basis data sedang sibuk")
    assert "NIK" in field_message(FieldError("nik_length")) and "angka" in field_message(FieldError("nik_length"))


def test_language_switch_changes_messages_money_dates_and_qlocale(qapp) -> None:  # type: ignore[no-untyped-def]
    try:
        assert install_translator(qapp, "id") and current_language() == "id"
        assert QLocale().name() == "id_ID"
        assert money(1_250_000) == "Rp 1.250.000"
        assert long_date(date(2026, 8, 1)) == "1 Agustus 2026"
        assert long_date(QDate(2026, 8, 1)) == "1 Agustus 2026"
        assert message_for(StaleRecord()) != MESSAGES["stale_record"]
        with pytest.raises(TypeError):
            money(1.5)  # type: ignore[arg-type]
    finally:
        assert install_translator(qapp, "en")
    assert current_language() == "en" and QLocale().name() == "en_US"
    assert message_for(StaleRecord()) == MESSAGES["stale_record"]
    assert long_date(date(2026, 8, 1)) == "1 August 2026"
    assert re.fullmatch(r"Rp\s?1[.,]250[.,]000", money(1_250_000))
