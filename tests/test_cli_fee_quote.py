"""``ltsa-admin fee-quote``: the Fees & payment page's quote PDF from the console, with its choices, unit counts and
paper, and clear refusals of unknown services, choice groups, options and bad unit counts."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from ltsa_desktop.cli import main
from ltsa_desktop.commands.fee_quote import ChoiceError, resolve_choices
from ltsa_desktop.domain.catalog import Confidence, FeeLine, Payer
from ltsa_desktop.domain.fees import QuoteOption
from tests.test_cli import _init


def _text(path: Path) -> str:
    return " ".join(p.extract_text() for p in PdfReader(io.BytesIO(path.read_bytes())).pages).replace("\n", " ")


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("quote") / "d"
    _init(root)
    return root


def _quote(data: Path, *args: str) -> list[str]:
    return ["fee-quote", "--data-dir", str(data), *args]


def test_quote_with_choices_units_and_roll_paper(data: Path, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "q.pdf"
    assert main(_quote(data, "--code", "JST-02", "--scheme", "p_to_p", "--choice", "kontrak=12bln",
                       "--choice", "JST-02:jht=JST-02/jht-50", "--units", "tambahan-bulan=6", "--paper", "80MM",
                       "--applicant", "Siti Aminah", "--pdf", str(out))) == 0
    printed = capsys.readouterr()
    assert "applicant pays Rp 320.000" in printed.out and printed.err == ""
    text = _text(out)
    assert "RINCIAN BIAYA" in text and "Siti Aminah" in text and "P to P" in text
    assert "kontrak 12 bulan Rp 189.000" in text and "6 bulan × Rp 13.500" in text and "Rp 81.000" in text
    assert "kontrak 6 bulan" not in text and "NOT FINAL" not in text and "Rp 320.000" in text
    width = float(PdfReader(out).pages[0].mediabox.width)
    assert abs(width - 80 / 25.4 * 72) < 1  # the 80 mm roll


def test_open_choice_prints_not_final_and_says_how_to_settle(data: Path, tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "open.pdf"
    assert main(_quote(data, "--code", "jst-02", "--choice", "jht=jht-tidak", "--pdf", str(out))) == 0
    err = capsys.readouterr().err
    assert "NOT FINAL: JST-02: choose one with --choice kontrak=6bln|12bln|24bln" in err and "jht" not in err
    text = _text(out)
    assert "BELUM FINAL / NOT FINAL" in text and "kontrak 24 bulan Rp 332.500" in text
    assert float(PdfReader(out).pages[0].mediabox.width) == pytest.approx(595.28, abs=0.1)  # A4 by default


def test_same_pdf_content_as_the_quote_service(data: Path, tmp_path: Path, office) -> None:  # type: ignore[no-untyped-def]
    from ltsa_desktop.domain.fees import ApplicantProfile
    from ltsa_desktop.services import catalog

    out = tmp_path / "imi.pdf"
    assert main(_quote(data, "--code", "IMI-03", "--scheme", "g_to_g", "--not-first-time", "--choice",
                       "masa-berlaku=pnbp-10", "--paper", "a5", "--pdf", str(out))) == 0
    direct = tmp_path / "direct.pdf"
    direct.write_bytes(catalog.fee_quote_pdf(office.ctx, ApplicantProfile("g_to_g", first_time_cpmi=False),
                                             ["IMI-03"], layout="A5", chosen_optional=("IMI-03/pnbp-10",)))
    cli_text, ui_text = _text(out), _text(direct)
    for part in ("IMI-03", "bukan CPMI pertama kali", "Rp 950.000"):
        assert part in cli_text
    body = ui_text.split("Komponen biaya")[1].split("Dihitung dengan")[0]
    assert "Rp 950.000" in body and body in cli_text  # the same components, payers and totals as the page prints


@pytest.mark.parametrize(("args", "message"), [
    (("--code", "NOPE-1"), "unknown service NOPE-1; known: INF-01, NAK-01"),
    (("--code", "JST-02", "--choice", "durasi=12bln"),
     "unknown choice group 'durasi'; the chosen services offer: JST-02:kontrak, JST-02:jht"),
    (("--code", "JST-02", "--choice", "kontrak=13bln"),
     "unknown option '13bln' in choice group JST-02:kontrak; options: 6bln, 12bln, 24bln"),
    (("--code", "JST-02", "--choice", "kontrak=6bln", "--choice", "kontrak=12bln"),
     "choice group JST-02:kontrak is given more than once"),
    (("--code", "JST-02", "--choice", "kontrak"), "--choice needs GROUP=OPTION"),
    (("--code", "NAK-01", "--choice", "kontrak=12bln"), "the chosen services offer: none"),
    (("--code", "JST-02", "--units", "tambahan-bulan=0"), "whole number from 1 to 240, got '0'"),
    (("--code", "JST-02", "--units", "tambahan-bulan=241"), "whole number from 1 to 240, got '241'"),
    (("--code", "JST-02", "--units", "tambahan-bulan=-3"), "got '-3'"),
    (("--code", "JST-02", "--units", "tambahan-bulan=2.5"), "got '2.5'"),
    (("--code", "JST-02", "--units", "12bln=2"), "unknown per-unit line '12bln'; the chosen services offer: "
                                                 "tambahan-bulan"),
])
def test_bad_input_is_refused_with_a_clear_message_and_no_file(data: Path, tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str],
                                                               args: tuple[str, ...], message: str) -> None:
    out = tmp_path / "x.pdf"
    with pytest.raises(SystemExit) as refused:
        main(_quote(data, *args, "--pdf", str(out)))
    assert refused.value.code == 2
    assert message in capsys.readouterr().err
    assert not out.exists()


def test_unknown_paper_is_refused_by_the_parser(data: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as refused:
        main(_quote(data, "--code", "JST-02", "--paper", "a3", "--pdf", str(tmp_path / "x.pdf")))
    assert refused.value.code == 2 and "invalid choice: 'a3'" in capsys.readouterr().err


def _line(service: str, code: str, group: str) -> FeeLine:
    return FeeLine(f"{service}/{code}", service, code, code, 1000, Payer.APPLICANT, "x", Confidence.R,
                   optional=True, choice_group=group)


def test_a_group_two_services_offer_needs_the_service_named() -> None:
    options = (QuoteOption("A-01", "kontrak", (_line("A-01", "6bln", "kontrak"),)),
               QuoteOption("B-01", "kontrak", (_line("B-01", "6bln", "kontrak"),)))
    with pytest.raises(ChoiceError, match="offered by A-01, B-01; write SERVICE:GROUP=OPTION"):
        resolve_choices(options, ["kontrak=6bln"], [])
    assert resolve_choices(options, ["b-01:kontrak=6bln"], []) == (("B-01/6bln",), {})
