"""applicant name search: an FTS5 trigram index over the folded name (SQLite only)

A name fragment is searched as a substring of ``applicant.search_name`` (the folded name). A plain index cannot
answer "contains": a fragment that matches nobody made the search read every name. FTS5's ``trigram`` tokenizer
(SQLite 3.34 and later) indexes every three-character run, so a fragment of three or more characters finds its
rows in the index.

``applicant_fts`` is an *external content* table over ``applicant`` (``content='applicant'``, keyed by the
applicant's rowid) rather than a contentless one: the names stay in one place (the index holds no second copy of
the personal data), SQLite can refill the whole index from the table (``'rebuild'``, used below to fill it from
the rows already there) and check it against the table (``'integrity-check'``, used by the tests). Triggers keep
it current on insert, on a change of ``search_name``, and on delete (applicants are never deleted; the trigger is
there so a delete cannot leave a stale entry behind).

Keyed by rowid, the index must be rebuilt whenever the ``applicant`` table itself is rebuilt: a later migration
that recreates the table (Alembic's batch mode copies it into a new one) drops these triggers and may renumber
the rows, so it has to drop ``applicant_fts`` first and run this revision's ``_create`` steps again after.

Nothing is created when the SQLite library lacks FTS5 or is older than 3.34: the search then keeps walking the
name index (``services/applicants.py`` looks for the table). On PostgreSQL this revision does nothing: the search
there keeps its LIKE query (a ``pg_trgm`` index would be the counterpart and needs an extension).

Revision ID: 0013
Revises: 0012
"""

from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

_TRIGGERS = (
    """CREATE TRIGGER applicant_fts_insert AFTER INSERT ON applicant BEGIN
  INSERT INTO applicant_fts(rowid, search_name) VALUES (new.rowid, new.search_name);
END""",
    """CREATE TRIGGER applicant_fts_update AFTER UPDATE OF search_name ON applicant BEGIN
  INSERT INTO applicant_fts(applicant_fts, rowid, search_name) VALUES ('delete', old.rowid, old.search_name);
  INSERT INTO applicant_fts(rowid, search_name) VALUES (new.rowid, new.search_name);
END""",
    """CREATE TRIGGER applicant_fts_delete AFTER DELETE ON applicant BEGIN
  INSERT INTO applicant_fts(applicant_fts, rowid, search_name) VALUES ('delete', old.rowid, old.search_name);
END""",
)


def _trigram_available(conn) -> bool:  # type: ignore[no-untyped-def]
    version = conn.exec_driver_sql("SELECT sqlite_version()").scalar()
    if tuple(int(p) for p in version.split(".")[:2]) < (3, 34):
        return False
    return bool(conn.exec_driver_sql("SELECT sqlite_compileoption_used('ENABLE_FTS5')").scalar())


def _create(conn) -> None:  # type: ignore[no-untyped-def]
    conn.exec_driver_sql(
        "CREATE VIRTUAL TABLE applicant_fts USING fts5("
        "search_name, content='applicant', content_rowid='rowid', tokenize='trigram')")
    for trigger in _TRIGGERS:
        conn.exec_driver_sql(trigger)
    conn.exec_driver_sql("INSERT INTO applicant_fts(applicant_fts) VALUES ('rebuild')")


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "sqlite" or not _trigram_available(conn):
        return
    _create(conn)


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "sqlite":
        return
    for name in ("applicant_fts_insert", "applicant_fts_update", "applicant_fts_delete"):
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    conn.exec_driver_sql("DROP TABLE IF EXISTS applicant_fts")
