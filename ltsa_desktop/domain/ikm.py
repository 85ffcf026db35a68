"""The public-service satisfaction index (Indeks Kepuasan Masyarakat, IKM). Pure computation, no I/O.

Method: Peraturan Menteri PANRB Nomor 14 Tahun 2017 tentang Pedoman Penyusunan Survei Kepuasan Masyarakat Unit
Penyelenggara Pelayanan Publik, Lampiran (metode pengolahan data):

1. Nine elements (unsur) are asked, each on a four-point perception scale 1..4 (1 tidak sesuai / tidak puas …
   4 sangat sesuai / sangat puas): U1 persyaratan, U2 sistem, mekanisme dan prosedur, U3 waktu penyelesaian,
   U4 biaya/tarif, U5 produk spesifikasi jenis pelayanan, U6 kompetensi pelaksana, U7 perilaku pelaksana,
   U8 penanganan pengaduan, saran dan masukan, U9 sarana dan prasarana.
2. NRR (nilai rata-rata) per element = the sum of its scores / the number of responses.
3. Every element weighs the same: bobot = 1 / number of elements (1/9). Published reports usually print the
   rounded 0,111; this module keeps the exact fraction so that all fours give exactly 100 (with 0,111 they give
   99,9).
4. IKM (nilai interval) = Σ NRR × 1/9, between 1 and 4; the converted index (nilai interval konversi) is
   IKM × 25, between 25 and 100.
5. Category (mutu pelayanan) from the regulation's table of converted intervals:

   ======  ===================  =====================  ==========================
   Grade   Converted interval   Interval (1..4) [U]    Kinerja unit pelayanan
   ======  ===================  =====================  ==========================
   A       88,31 – 100,00       3,5324 – 4,00          Sangat baik (very good)
   B       76,61 – 88,30        3,0644 – 3,532         Baik (good)
   C       65,00 – 76,60        2,60 – 3,064           Kurang baik (fair)
   D       25,00 – 64,99        1,00 – 2,5996          Tidak baik (poor)
   ======  ===================  =====================  ==========================

Confirmed from public documents applying the regulation: the nine elements, the 1..4 scale, NRR × 0,111
summed × 25, the four grades A–D with these names, and the 1..4 bounds as rounded to two decimals by agencies
(1,00–2,59 / 2,60–3,06 / 3,07–3,53 / 3,54–4,00). [U] Unverified against the regulation's own text: the exact
unrounded bounds of the 1..4 column shown above (informational only, not used here) and the converted-interval
bounds, which are taken as above. [U] The table leaves gaps between its two-decimal bounds (64,99 / 65,00, …);
this module classifies the converted index rounded half-up to two decimals, which closes the gaps the way the
published two-decimal figures are read. The index is shown to two decimals everywhere.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from fractions import Fraction


class Element(StrEnum):
    """The nine elements (unsur) of the survey, in the regulation's order U1..U9."""

    REQUIREMENTS = "requirements"  # U1 persyaratan
    PROCEDURE = "procedure"  # U2 sistem, mekanisme dan prosedur
    TIME = "time"  # U3 waktu penyelesaian
    COST = "cost"  # U4 biaya/tarif
    PRODUCT = "product"  # U5 produk spesifikasi jenis pelayanan
    COMPETENCE = "competence"  # U6 kompetensi pelaksana
    BEHAVIOUR = "behaviour"  # U7 perilaku pelaksana
    COMPLAINTS = "complaints"  # U8 penanganan pengaduan, saran dan masukan
    FACILITIES = "facilities"  # U9 sarana dan prasarana


ELEMENTS: tuple[Element, ...] = tuple(Element)
MIN_SCORE, MAX_SCORE = 1, 4
CONVERSION = 25  # nilai interval konversi = nilai interval × 25
WEIGHT = Fraction(1, len(ELEMENTS))  # bobot nilai rata-rata tertimbang = 1 / jumlah unsur


@dataclass(frozen=True)
class Category:
    grade: str  # A, B, C or D (mutu pelayanan)
    name_id: str
    name_en: str
    lower: Decimal  # lowest converted index (two decimals) in this grade


# Highest grade first; ``category_for`` takes the first whose lower bound the rounded index reaches.
CATEGORIES: tuple[Category, ...] = (
    Category("A", "Sangat baik", "Very good", Decimal("88.31")),
    Category("B", "Baik", "Good", Decimal("76.61")),
    Category("C", "Kurang baik", "Fair", Decimal("65.00")),
    Category("D", "Tidak baik", "Poor", Decimal("25.00")),
)


@dataclass(frozen=True)
class IkmResult:
    """The index of a set of responses. With no responses there is no index (``index`` and ``category`` None)."""

    count: int
    element_averages: tuple[Fraction, ...]  # NRR per element U1..U9 (empty without responses)
    interval_value: Fraction | None  # Σ NRR × 1/9, 1..4
    index: Decimal | None  # × 25, rounded half-up to two decimals, 25.00..100.00
    category: Category | None


def is_valid_score(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and MIN_SCORE <= value <= MAX_SCORE


def check_scores(scores: Sequence[int]) -> None:
    """``ValueError`` unless ``scores`` is nine integers 1..4."""
    if len(scores) != len(ELEMENTS) or not all(is_valid_score(s) for s in scores):
        raise ValueError(f"a response is {len(ELEMENTS)} scores of {MIN_SCORE}..{MAX_SCORE}")


def element_averages(responses: Sequence[Sequence[int]]) -> tuple[Fraction, ...]:
    """NRR per element: the sum of the element's scores divided by the number of responses (exact)."""
    if not responses:
        return ()
    for scores in responses:
        check_scores(scores)
    n = len(responses)
    return tuple(Fraction(sum(r[i] for r in responses), n) for i in range(len(ELEMENTS)))


def interval_value(averages: Sequence[Fraction]) -> Fraction:
    """Σ NRR × bobot (1/9): the index on the 1..4 scale."""
    if len(averages) != len(ELEMENTS):
        raise ValueError("one average per element")
    return sum((a * WEIGHT for a in averages), Fraction(0))


def converted(value: Fraction) -> Decimal:
    """The 1..4 value × 25, rounded half-up to two decimals (how the index is published)."""
    exact = value * CONVERSION
    return (Decimal(exact.numerator) / Decimal(exact.denominator)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def category_for(index: Decimal) -> Category:
    """The grade of a converted index (25.00..100.00, two decimals)."""
    if not Decimal(25) <= index <= Decimal(100):
        raise ValueError("the converted index lies between 25 and 100")
    rounded = index.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    for category in CATEGORIES:
        if rounded >= category.lower:
            return category
    raise AssertionError("unreachable: D starts at 25")


def compute(responses: Sequence[Sequence[int]]) -> IkmResult:
    """The IKM of ``responses`` (each nine scores 1..4, in element order)."""
    if not responses:
        return IkmResult(0, (), None, None, None)
    averages = element_averages(responses)
    value = interval_value(averages)
    index = converted(value)
    return IkmResult(len(responses), averages, value, index, category_for(index))
