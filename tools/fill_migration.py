"""Fill an empty migration slot with what the models add: ``python tools/fill_migration.py 0003_queue``.

Upgrades a scratch database to head (the later slots must still be empty), lets Alembic compare it with the
models, and writes the generated operations into the slot file's ``upgrade()`` and ``downgrade()``.
"""

from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

from alembic import command

from ltsa_desktop.storage.db import Database
from ltsa_desktop.storage.migrate import MIGRATIONS_DIR, alembic_config, upgrade


def main(slot: str) -> int:
    target = MIGRATIONS_DIR / "versions" / f"{slot}.py"
    text = target.read_text(encoding="utf-8")
    if "def upgrade() -> None:\n    pass" not in text:
        print(f"{target.name} is not empty; refusing to overwrite")
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'scratch.sqlite3'}"
        upgrade(Database(url))
        cfg = alembic_config(url)
        script = command.revision(cfg, message="scratch", autogenerate=True, rev_id="scratch")
        generated = Path(script.path).read_text(encoding="utf-8")  # type: ignore[union-attr]
        Path(script.path).unlink()  # type: ignore[union-attr]
    up = re.search(r"def upgrade\(\) -> None:\n(.*?)\n\ndef downgrade", generated, re.S)
    down = re.search(r"def downgrade\(\) -> None:\n(.*)$", generated, re.S)
    assert up and down
    text = text.replace("def upgrade() -> None:\n    pass\n", f"def upgrade() -> None:\n{up.group(1).rstrip()}\n")
    text = text.replace("def downgrade() -> None:\n    pass\n",
                        f"def downgrade() -> None:\n{down.group(1).rstrip()}\n")
    target.write_text(text, encoding="utf-8")
    print(f"filled {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
