"""``vacancy_match``: ranking 5,000 vacancies for one applicant (``domain.matching.rank_vacancies``), median.

The vacancies are generated (fixed seed) with every kind of requirement, some closed, expired or unverified.
Baseline, measured in the same run: a plain ``sorted`` of the same list by salary. Target: median ≤ 50 ms.
"""

from __future__ import annotations

import os
import random
from datetime import date, timedelta

from benchmarks._office import median_ms
from ltsa_desktop.domain.matching import (
    EDUCATION_LEVELS,
    CandidateProfile,
    Requirements,
    VacancyFacts,
    rank_vacancies,
)

DAY = date(2026, 11, 23)


def make_vacancies(count: int, seed: int = 11) -> list[VacancyFacts]:
    rng = random.Random(seed)
    edu = ["", *EDUCATION_LEVELS]
    out = []
    for i in range(count):
        lo = rng.choice([None, 18, 21, 23])
        hi = rng.choice([None, 35, 40, 45])
        start = DAY - timedelta(days=rng.randint(0, 90))
        out.append(VacancyFacts(
            id=f"v{i:05d}", destination_country=rng.choice(["Taiwan", "Hong Kong", "Jepang", "Korea Selatan"]),
            position=rng.choice(["Pengasuh lansia", "Operator pabrik", "Perawat", "ABK perikanan"]),
            scheme=rng.choice(["p_to_p", "p_to_p", "g_to_g", "sp2t"]),
            requirements=Requirements(lo, hi, rng.choice(["", "", "F", "M"]), rng.choice(edu),
                                      tuple(rng.sample(["JLPT N4", "EPS-TOPIK", "SSW Kaigo"], rng.randint(0, 2))),
                                      rng.choice(["", "tidak buta warna"]), rng.choice([None, None, 150, 160])),
            valid_from=start, valid_until=start + timedelta(days=rng.randint(30, 180)),
            verified=rng.random() < 0.9, p3mi_licence="KEP.1/P3MI/2024", programme="SP2T",
            status="open" if rng.random() < 0.9 else "closed", salary_amount=rng.randint(1_000, 50_000)))
    return out


def run() -> list[dict]:
    count = 5_000
    vacancies = make_vacancies(count)
    profile = CandidateProfile(date(1995, 9, 5), "F", "smp", frozenset({"jlpt n4"}), None, "Taiwan",
                               "pengasuh lansia")
    repeat = 10 if os.environ.get("LTSA_BENCH_QUICK") else 40
    ranked = rank_vacancies(profile, vacancies, DAY)
    value = median_ms(lambda: rank_vacancies(profile, vacancies, DAY), repeat)
    baseline = median_ms(lambda: sorted(vacancies, key=lambda v: v.salary_amount), repeat)
    return [{"name": "vacancy_match", "value": value, "unit": "ms", "baseline": baseline, "ratio": value / baseline,
             "target": "value <= 50", "note": f"{count} vacancies, {len(ranked)} open and ranked; baseline: a plain "
                                              "sorted() of the same list by salary"}]
