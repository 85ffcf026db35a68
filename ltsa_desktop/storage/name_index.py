"""The applicants' name index (``applicant_fts``, migration 0013, SQLite only): check it against the table and
rebuild it.

The index is an FTS5 *external content* table keyed by the applicant table's rowid. The application never changes
rowids (backups use SQLite's backup API, which copies pages), but a ``VACUUM`` run by hand, or a migration that
rebuilds the applicant table, may renumber them; the index would then point at the wrong rows and a name search
could miss applicants. ``ltsa-admin verify`` checks it (``verify_name_index``) and ``ltsa-admin verify
--rebuild-name-index`` refills it from the table (``rebuild_name_index``).
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session

from ltsa_desktop.storage.db import Database

TABLE = "applicant_fts"


def has_name_index(session: Session) -> bool:
    """Whether this database has the index (SQLite with FTS5 trigram support, at revision 0013 or later)."""
    if session.get_bind().dialect.name != "sqlite":
        return False
    return session.execute(text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = :name"),
                           {"name": TABLE}).first() is not None


def verify_name_index(session: Session) -> tuple[bool, str]:
    """FTS5's own integrity check, which compares an external-content index with its table (a verifier of
    ``storage.verifiers``). The check is issued as an INSERT but writes nothing; the caller's session rolls back."""
    if not has_name_index(session):
        return True, "name index: not used on this database"
    try:
        session.execute(text(f"INSERT INTO {TABLE}({TABLE}, rank) VALUES ('integrity-check', 1)"))
    except DatabaseError:
        return False, ("name index: out of step with the applicants (a name search may miss some); run "
                       "`ltsa-admin verify --rebuild-name-index`")
    return True, "name index: ok"


def rebuild_name_index(db: Database) -> bool:
    """Refill the index from the applicant table in one write transaction; False when there is no index."""
    with db.write() as session:
        if not has_name_index(session):
            return False
        session.execute(text(f"INSERT INTO {TABLE}({TABLE}) VALUES ('rebuild')"))
    return True
