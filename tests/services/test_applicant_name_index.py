"""Name search through the FTS5 trigram index (migration 0013) gives exactly what walking the name index gives."""

from __future__ import annotations

import random
import sqlite3
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import insert

from ltsa_desktop.domain.ids import new_id
from ltsa_desktop.services import applicants
from ltsa_desktop.storage.migrate import alembic_config, current_revision, head_revision, migrate_with_backup
from ltsa_desktop.storage.models.applicants import Applicant

# Letters with and without accents, spaces, apostrophes, and what LIKE and FTS5 read as syntax.
ALPHABET = "aaeeiioouusstnrkhm ÀéêÎñõüṢçÆ'’-%_\\\"*^():."
PERSON = applicants.ApplicantInput(
    nik="3212454509950001", full_name="Siti Nurhaliza", birth_date=date(1995, 9, 5), sex="F",
    birth_place="Indramayu", phone="0812-3456-7890", scheme="p_to_p", destination_country="Taiwan",
    job_position="Pengasuh lansia", exempt_job="pengasuh_lansia", first_time_cpmi=True)


def _names(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    names = ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 18))) for _ in range(n)]
    names += ["Siti Rahayu"] * 6 + ["Dewi O'Neil"] * 4 + ["Nguyễn  Thị"] * 3 + ['Ani "Ana" 100%_'] * 3
    return names


def _insert(office, names: list[str]) -> None:  # type: ignore[no-untyped-def]
    now = datetime.now(UTC)
    rows = [dict(id=new_id(), office_id=office.ctx.office_id, device_id=office.ctx.device_id, version=1,
                 created_at=now, updated_at=now, nik=f"32124545099{i:05d}", full_name=name,
                 search_name=applicants.fold(name), birth_date=date(1995, 9, 5), sex="F")
            for i, name in enumerate(names)]
    with office.db.engine.begin() as conn:
        conn.execute(insert(Applicant), rows)


def _search(office, fragment: str, limit: int, *, use_index: bool) -> list[str]:  # type: ignore[no-untyped-def]
    with office.ctx.read() as session:
        found = applicants._search_by_name(session, office.ctx.office_id, applicants.fold(fragment), limit,
                                           use_index=use_index)
        return [a.id for a in found]


def _by_hand(office, fragment: str, limit: int) -> list[str]:  # type: ignore[no-untyped-def]
    """Substring test in Python; SQLite's BINARY order is the order of the UTF-8 bytes, ties by rowid."""
    raw = sqlite3.connect(office.data_dir.database)
    try:
        rows = raw.execute("SELECT rowid, id, search_name FROM applicant").fetchall()
    finally:
        raw.close()
    folded = applicants.fold(fragment)
    hits = sorted((name.encode(), rowid, id_) for rowid, id_, name in rows if folded in name)
    return [id_ for _, _, id_ in hits[:limit]]


def _index_check(office) -> None:  # type: ignore[no-untyped-def]
    with office.db.engine.begin() as conn:  # raises if the index and the applicant table disagree
        conn.exec_driver_sql("INSERT INTO applicant_fts(applicant_fts, rank) VALUES ('integrity-check', 1)")


def _index_hits(office, phrase: str) -> int:  # type: ignore[no-untyped-def]
    with office.db.engine.connect() as conn:
        return conn.exec_driver_sql("SELECT count(*) FROM applicant_fts WHERE applicant_fts MATCH ?",
                                    (phrase,)).scalar()


@pytest.mark.parametrize("few", [500, 3])  # 3: most fragments have more matches and take the walk after the probe
def test_index_and_walk_give_the_same_rows(office, monkeypatch: pytest.MonkeyPatch, few: int) -> None:
    monkeypatch.setattr(applicants, "_FEW_MATCHES", few)
    names = _names(7, 300)
    _insert(office, names)
    _index_check(office)
    pieces = st.sampled_from(names).flatmap(
        lambda s: st.tuples(st.integers(0, len(s)), st.integers(0, len(s))).map(lambda ij: s[min(ij):max(ij)]))

    @settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(fragment=st.one_of(pieces, st.text(ALPHABET, min_size=1, max_size=6)), limit=st.sampled_from([1, 5, 50]))
    def check(fragment: str, limit: int) -> None:
        walked = _search(office, fragment, limit, use_index=False)
        assert _search(office, fragment, limit, use_index=True) == walked
        assert walked == _by_hand(office, fragment, limit)

    check()


def test_fragments_that_are_fts5_syntax_are_searched_literally(office) -> None:  # type: ignore[no-untyped-def]
    _insert(office, ['Ani "Ana" 100%_', "Dewi O'Neil", "Budi AND Eko", "Rina*", "Wati NEAR(x)"])
    for fragment, expected in (('"ana"', 1), ("'ne", 1), ("100%_", 1), ("0%_", 1), ("and", 1), ("i and e", 1),
                               ("na*", 1), ("near(", 1), ("0_", 0), ("i or e", 0), ('"', 1), ("%%%", 0)):
        assert len(_search(office, fragment, 50, use_index=True)) == expected, fragment


def test_the_index_follows_registration_and_name_changes(office) -> None:  # type: ignore[no-untyped-def]
    row = applicants.register_applicant(office.ctx, office.staff, PERSON).value
    assert [r.id for r in applicants.search_applicants(office.ctx, "nurhal")] == [row.id]
    assert _index_hits(office, '"nurhal"') == 1
    applicants.update_applicant(office.ctx, office.staff, row.id, row.version,
                                replace(PERSON, full_name="Siti Ṣalamah"))
    assert applicants.search_applicants(office.ctx, "nurhal") == []
    assert [r.id for r in applicants.search_applicants(office.ctx, "salam")] == [row.id]
    assert _index_hits(office, '"nurhal"') == 0
    _index_check(office)
    with office.db.engine.begin() as conn:  # never done by the application; the index must not keep the name
        conn.exec_driver_sql("DELETE FROM applicant WHERE id = ?", (row.id,))
    assert _index_hits(office, '"salam"') == 0
    _index_check(office)


def test_a_database_from_before_the_index_gets_it_filled(office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from alembic import command

    cfg = alembic_config(office.db.url)
    with office.db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0012")
    assert current_revision(office.db) == "0012"
    _insert(office, ["Siti Rahayu", "Nguyễn Thị Lan", "Dewi Kusuma"])  # written at 0012: no triggers, no index
    migrate_with_backup(office.db, tmp_path / "backups")
    assert current_revision(office.db) == head_revision()
    _index_check(office)
    assert _index_hits(office, '"nguyen"') == 1
    assert [r.full_name for r in applicants.search_applicants(office.ctx, "NGUYỄN th")] == ["Nguyễn Thị Lan"]
    assert [r.full_name for r in applicants.search_applicants(office.ctx, "kusum")] == ["Dewi Kusuma"]


def test_a_restored_backup_has_the_index(office, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from ltsa_desktop.storage.backup import make_backup, restore_backup

    _insert(office, ["Siti Rahayu", "Dewi Kusuma"])
    backup = make_backup(office.data_dir.database, tmp_path / "backups")
    target = tmp_path / "restored" / "ltsa.sqlite3"
    target.parent.mkdir()
    restore_backup(backup, target)
    raw = sqlite3.connect(target)
    try:
        raw.execute("INSERT INTO applicant_fts(applicant_fts, rank) VALUES ('integrity-check', 1)")
        assert raw.execute("SELECT count(*) FROM applicant_fts WHERE applicant_fts MATCH '\"rahay\"'").fetchone() == (1,)
    finally:
        raw.close()


def test_without_the_index_the_search_walks_the_names(office) -> None:  # type: ignore[no-untyped-def]
    _insert(office, ["Siti Rahayu", "Dewi Kusuma"])
    with office.db.engine.begin() as conn:  # as on a SQLite without FTS5, where 0013 creates nothing
        for name in ("applicant_fts_insert", "applicant_fts_update", "applicant_fts_delete"):
            conn.exec_driver_sql(f"DROP TRIGGER {name}")
        conn.exec_driver_sql("DROP TABLE applicant_fts")
    assert [r.full_name for r in applicants.search_applicants(office.ctx, "kusum")] == ["Dewi Kusuma"]
    assert applicants.search_applicants(office.ctx, "zzq") == []


def test_the_head_schema_keeps_the_index_triggers(office) -> None:  # type: ignore[no-untyped-def]
    """A later migration that rebuilds ``applicant`` drops these with the table: it must make them again."""
    with office.db.engine.connect() as conn:
        triggers = {r[0] for r in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'applicant'")}
    assert {"applicant_fts_insert", "applicant_fts_update", "applicant_fts_delete"} <= triggers


def test_verify_finds_an_index_out_of_step_and_the_rebuild_mends_it(office, capsys) -> None:  # type: ignore[no-untyped-def]
    """As after a VACUUM by hand renumbered the rows: the index names rows that now hold other names."""
    import argparse

    from ltsa_desktop.commands.foundation import cmd_verify
    from ltsa_desktop.storage.name_index import verify_name_index

    _insert(office, ["Siti Rahayu", "Dewi Kusuma"])
    with office.db.read() as session:
        assert verify_name_index(session) == (True, "name index: ok")
    with office.db.engine.begin() as conn:  # the table changes behind the index's back (no trigger runs)
        conn.exec_driver_sql("DROP TRIGGER applicant_fts_update")
        conn.exec_driver_sql("UPDATE applicant SET search_name = 'dewi kusumawati' WHERE search_name = 'dewi kusuma'")
        conn.exec_driver_sql("UPDATE applicant SET search_name = 'siti aminah' WHERE search_name = 'siti rahayu'")
    assert applicants.search_applicants(office.ctx, "aminah") == []  # what a stale index does to a search
    args = argparse.Namespace(data_dir=office.data_dir.root, rebuild_name_index=False)
    assert cmd_verify(args) == 3
    assert "name index: out of step" in capsys.readouterr().out
    args.rebuild_name_index = True
    assert cmd_verify(args) == 0
    out = capsys.readouterr().out
    assert "name index: rebuilt" in out and "name index: ok" in out
    assert [r.full_name for r in applicants.search_applicants(office.ctx, "aminah")] == ["Siti Rahayu"]
