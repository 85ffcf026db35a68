"""Qt Linguist round trip for the Indonesian catalogue: ``python tools/i18n.py update|release|check``.

* ``update``  — ``pyside6-lupdate`` over ``ltsa_desktop/ui`` and ``ltsa_desktop/app.py`` into
  ``resources/translations/ltsa_id.ts``. Existing translations are kept; strings no longer in the code are
  dropped (``--keep-obsolete`` keeps them as vanished). New strings arrive marked unfinished.
* ``release`` — ``pyside6-lrelease`` compiles the ``.ts`` into the ``.qm`` the application loads.
* ``check``   — lists strings the code uses that the ``.ts`` lacks, and unfinished or empty translations;
  exits 1 if there is any (CI runs this).

Source strings are English; Indonesian is the default UI language, so an untranslated string is a bug. The tools
are taken from PATH, or else from the PySide6 package directory (PySide6-Essentials ships ``lupdate`` and
``lrelease`` there).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
TS = TRANSLATIONS / "ltsa_id.ts"


def sources() -> list[Path]:
    """Every file with translatable strings: the UI package and the GUI composition root."""
    return sorted([*(ROOT / "ltsa_desktop" / "ui").rglob("*.py"), ROOT / "ltsa_desktop" / "app.py"])


def find_tool(name: str) -> str:
    """``pyside6-<name>`` on PATH, else ``<name>`` in the PySide6 package directory. Exits 2 if neither."""
    found = shutil.which(f"pyside6-{name}")
    if found:
        return found
    try:
        import PySide6
    except ImportError:
        sys.exit(f"error: pyside6-{name} is not on PATH and PySide6 is not installed")
    exe = Path(PySide6.__file__).resolve().parent / (f"{name}.exe" if os.name == "nt" else name)
    if not exe.exists():
        sys.exit(f"error: neither pyside6-{name} on PATH nor {exe}")
    return str(exe)


def run_lupdate(ts: Path, *, keep_obsolete: bool = False) -> None:
    args = [find_tool("lupdate"), *map(str, sources()), "-ts", str(ts)]
    if not keep_obsolete:
        args.insert(1, "-no-obsolete")
    subprocess.run(args, check=True, capture_output=True, text=True)


def update(keep_obsolete: bool = False) -> int:
    TS.parent.mkdir(parents=True, exist_ok=True)
    run_lupdate(TS, keep_obsolete=keep_obsolete)
    unfinished = unfinished_messages(TS)
    print(f"{_show(TS)}: {len(messages(TS))} strings, {len(unfinished)} unfinished")
    return 0


def release() -> int:
    qm = TS.with_suffix(".qm")
    result = subprocess.run([find_tool("lrelease"), str(TS), "-qm", str(qm)], check=True, capture_output=True,
                            text=True)
    print(result.stdout.strip() or f"wrote {_show(qm)}")
    return 0


def check() -> int:
    problems: list[str] = []
    if not TS.exists():
        print(f"missing catalogue: {_show(TS)} (run `python tools/i18n.py update`)")
        return 1
    known = set(messages(TS))
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "fresh.ts"
        run_lupdate(fresh)
        in_code = set(messages(fresh))
    problems += [f"not in catalogue: [{ctx}] {src!r}" for ctx, src in sorted(in_code - known)]
    problems += [f"unfinished:       [{ctx}] {src!r}" for ctx, src in unfinished_messages(TS) if (ctx, src) in in_code]
    for line in problems:
        print(line)
    if problems:
        print(f"{len(problems)} Indonesian translation(s) missing; fill them in {_show(TS)}, then "
              "`python tools/i18n.py release`")
        return 1
    print(f"{len(known)} strings, all translated")
    return 0


def messages(ts: Path) -> dict[tuple[str, str], str | None]:
    """``(context, source) -> translation`` (None when unfinished or empty), vanished/obsolete ones left out."""
    out: dict[tuple[str, str], str | None] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            text = translation.text if translation is not None and kind != "unfinished" else None
            out[(name, message.findtext("source") or "")] = text or None
    return out


def unfinished_messages(ts: Path) -> list[tuple[str, str]]:
    return sorted(key for key, text in messages(ts).items() if text is None)


def _show(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="tools/i18n.py", description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["update", "release", "check"])
    parser.add_argument("--keep-obsolete", action="store_true", help="update: keep strings gone from the code")
    args = parser.parse_args(argv)
    if args.command == "update":
        return update(args.keep_obsolete)
    if args.command == "release":
        return release()
    return check()


if __name__ == "__main__":
    raise SystemExit(main())
