"""Logging: a rotating file plus stderr, and no NIK-like number ever reaches either."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from logging.handlers import RotatingFileHandler
from pathlib import Path

import pytest

from ltsa_desktop.logging_setup import (
    BACKUP_COUNT,
    MAX_BYTES,
    configure_logging,
    mask_personal_numbers,
    remove_logging_handlers,
)

NIK = "3201234567890001"
KK = "3201987654321234"


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    root = logging.getLogger()
    level = root.level
    path = configure_logging(tmp_path / "logs", logging.DEBUG)
    yield path
    remove_logging_handlers()
    root.setLevel(level)


def _ours() -> list[logging.Handler]:
    return [h for h in logging.getLogger().handlers if (h.get_name() or "").startswith("ltsa-")]


def _flush() -> None:
    for handler in _ours():
        handler.flush()


def test_file_and_stderr_handlers_rotate_at_one_megabyte(log_file: Path) -> None:
    assert log_file.parent.is_dir() and log_file.name == "ltsa-desktop.log"
    [file_handler] = [h for h in _ours() if isinstance(h, RotatingFileHandler)]
    assert (file_handler.maxBytes, file_handler.backupCount) == (MAX_BYTES, BACKUP_COUNT) == (1_000_000, 5)
    assert len(_ours()) == 2
    logging.getLogger("ltsa_desktop.test").info("counter %s opened", "Loket 2")
    _flush()
    assert "counter Loket 2 opened" in log_file.read_text(encoding="utf-8")


def test_configuring_twice_does_not_double_the_handlers(log_file: Path) -> None:
    configure_logging(log_file.parent, logging.INFO)
    assert len(_ours()) == 2
    logging.getLogger("ltsa_desktop.test").warning("once")
    _flush()
    assert log_file.read_text(encoding="utf-8").count("once") == 1


def test_nik_like_numbers_are_masked_everywhere(log_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    log = logging.getLogger("ltsa_desktop.services.applicants")
    log.info("registered applicant nik=%s kk=%s", NIK, KK)
    log.warning(f"duplicate NIK {NIK}")
    try:
        raise ValueError(f"NIK {NIK} rejected")
    except ValueError:
        log.exception("save failed")
    log.info("stack check %s", NIK, stack_info=True)
    _flush()
    written = log_file.read_text(encoding="utf-8")
    stderr = capsys.readouterr().err
    for text in (written, stderr):
        assert NIK not in text and KK not in text
        assert "************0001" in text and "************1234" in text
        assert "ValueError: NIK ************0001 rejected" in text


def test_other_numbers_are_left_alone() -> None:
    assert mask_personal_numbers("receipt JKT01-K02-2026-000123, Rp 1250000") == \
        "receipt JKT01-K02-2026-000123, Rp 1250000"
    assert mask_personal_numbers("15 digits 320123456789000 and 17 digits 32012345678900012") == \
        "15 digits 320123456789000 and 17 digits 32012345678900012"
    assert mask_personal_numbers(f"nik:{NIK}.") == "nik:************0001."


def test_no_console_is_not_an_error(log_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stderr", None)  # a windowed Windows build
    logging.getLogger("ltsa_desktop.test").error("still written to the file")
    _flush()
    assert "still written to the file" in log_file.read_text(encoding="utf-8")
