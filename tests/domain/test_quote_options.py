"""What the counter may choose for a quote: choice groups, optional and per-unit lines of the chosen services."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from ltsa_desktop.domain.fees import ApplicantProfile, quote_options, resolve_fees
from tests.domain.test_fees import ALL, DAY, FIRST, SCHEDULE, SEED, profiles


def test_seed_options_of_the_social_security_service() -> None:
    options = quote_options(SCHEDULE, ["POL-01", "JST-02"], FIRST)
    assert [(o.service_code, o.group) for o in options] == [("JST-02", "kontrak"), ("JST-02", ""),
                                                           ("JST-02", "jht")]
    assert [ln.line_code for ln in options[0].lines] == ["JST-02/6bln", "JST-02/12bln", "JST-02/24bln"]
    assert options[1].lines[0].unit == "bulan"
    assert len(options[2].lines) == 8
    assert quote_options(SCHEDULE, ["POL-01", "IMI-01"], FIRST) == ()


@given(profiles, st.lists(st.sampled_from(ALL), unique=True, max_size=8), st.data())
def test_choosing_one_line_per_group_settles_every_choice(profile: ApplicantProfile, services: list[str],
                                                          data: st.DataObject) -> None:
    options = quote_options(SCHEDULE, services, profile)
    for option in options:
        assert option.service_code in services and option.lines
        assert all(ln.optional and ln.service_code == option.service_code for ln in option.lines)
        assert all(ln.choice_group == option.group for ln in option.lines)
        assert option.group or len(option.lines) == 1
    chosen = [data.draw(st.sampled_from(o.lines)).line_code for o in options if o.group]
    quote = resolve_fees(SEED, services, profile, DAY, chosen_optional=chosen)
    assert not [n for n in quote.notices if n.code == "choice_needed"]
    assert set(chosen) <= {ln.line_code for ln in quote.lines}  # every offered line applies to the profile
