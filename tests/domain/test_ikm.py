"""The satisfaction index (PermenPANRB 14/2017): a hand-worked example, the category table, and properties."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ltsa_desktop.domain import ikm

# Four respondents, elements U1..U9.
WORKED = [
    [4, 4, 3, 3, 4, 3, 4, 3, 4],
    [3, 3, 3, 2, 3, 3, 4, 3, 3],
    [4, 3, 4, 4, 3, 4, 4, 2, 3],
    [3, 4, 3, 3, 4, 4, 3, 3, 4],
]


def test_hand_worked_example() -> None:
    # By hand: element sums 14 14 13 12 14 14 15 11 14 over 4 respondents
    # NRR = 3.50 3.50 3.25 3.00 3.50 3.50 3.75 2.75 3.50; Σ NRR = 30.25
    # Σ NRR × 1/9 = 3.3611…; × 25 = 84.027… → 84.03, between 76.61 and 88.30: B (baik)
    result = ikm.compute(WORKED)
    assert result.count == 4
    assert [float(a) for a in result.element_averages] == [3.5, 3.5, 3.25, 3.0, 3.5, 3.5, 3.75, 2.75, 3.5]
    assert result.interval_value == Fraction(3025, 900)
    assert result.index == Decimal("84.03")
    assert result.category is not None and result.category.grade == "B"
    assert result.category.name_id == "Baik"


def test_extremes() -> None:
    assert ikm.compute([[4] * 9]).index == Decimal("100.00")
    assert ikm.compute([[4] * 9]).category.grade == "A"  # type: ignore[union-attr]
    assert ikm.compute([[1] * 9]).index == Decimal("25.00")
    assert ikm.compute([[1] * 9]).category.grade == "D"  # type: ignore[union-attr]


def test_no_responses_no_index() -> None:
    result = ikm.compute([])
    assert result.count == 0 and result.index is None and result.category is None


@pytest.mark.parametrize(("index", "grade"), [
    ("100", "A"), ("88.31", "A"), ("88.30", "B"), ("76.61", "B"), ("76.60", "C"), ("65.00", "C"),
    ("64.99", "D"), ("25", "D"), ("88.305", "A"), ("64.995", "C"),
])
def test_category_table(index: str, grade: str) -> None:
    assert ikm.category_for(Decimal(index)).grade == grade


@pytest.mark.parametrize("bad", [[4] * 8, [4] * 10, [0] + [4] * 8, [5] + [4] * 8, [True] + [4] * 8])
def test_invalid_response_refused(bad: list[int]) -> None:
    with pytest.raises(ValueError):
        ikm.compute([bad])


def test_out_of_range_index_refused() -> None:
    with pytest.raises(ValueError):
        ikm.category_for(Decimal("24.99"))


scores = st.lists(st.integers(min_value=1, max_value=4), min_size=9, max_size=9)
responses = st.lists(scores, min_size=1, max_size=40)


@given(responses)
def test_index_is_the_mean_score_times_25(rs: list[list[int]]) -> None:
    # equal weights and every respondent rating every element: the index is the plain mean score × 25
    result = ikm.compute(rs)
    mean = Fraction(sum(map(sum, rs)), 9 * len(rs))
    assert result.interval_value == mean
    assert result.index is not None and Decimal(25) <= result.index <= Decimal(100)
    assert abs(Fraction(result.index) - mean * 25) <= Fraction(1, 200)  # rounded to two decimals, half up


@given(responses, st.data())
def test_raising_a_score_never_lowers_the_index_or_grade(rs: list[list[int]], data: st.DataObject) -> None:
    i = data.draw(st.integers(0, len(rs) - 1))
    j = data.draw(st.integers(0, 8))
    better = [list(r) for r in rs]
    better[i][j] = min(4, better[i][j] + 1)
    before, after = ikm.compute(rs), ikm.compute(better)
    assert after.index >= before.index  # type: ignore[operator]
    grades = "DCBA"
    assert grades.index(after.category.grade) >= grades.index(before.category.grade)  # type: ignore[union-attr]


@given(responses, st.randoms())
def test_order_of_responses_does_not_matter(rs: list[list[int]], rnd) -> None:  # type: ignore[no-untyped-def]
    shuffled = list(rs)
    rnd.shuffle(shuffled)
    assert ikm.compute(shuffled) == ikm.compute(rs)
