"""Refresh the Indonesian translation: lupdate → fill from tools/id_translations.py → lrelease.

``python tools/translate.py`` (``--check`` only reports strings without a translation and exits 1 if any).
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "ltsa_id.ts"
sys.path.insert(0, str(ROOT / "tools"))
from id_translations import ID  # noqa: E402


def sources() -> list[Path]:
    return sorted([*(ROOT / "ltsa_desktop" / "ui").rglob("*.py"), ROOT / "ltsa_desktop" / "app.py"])


def update() -> list[str]:
    """Run lupdate (dropping strings no longer in the code) and fill translations; returns missing ones."""
    subprocess.run(["pyside6-lupdate", "-no-obsolete", *map(str, sources()), "-ts", str(TS)], check=True,
                   capture_output=True)
    tree = ET.parse(TS)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.find("source").text or ""
        translation = message.find("translation")
        if source in ID:
            translation.text = ID[source]
            translation.attrib.pop("type", None)
        else:
            missing.append(source)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    subprocess.run(["pyside6-lrelease", str(TS), "-qm", str(TS.with_suffix(".qm"))], check=True,
                   capture_output=True)
    return missing


if __name__ == "__main__":
    missing = update()
    for text in missing:
        print(f"untranslated: {text!r}")
    raise SystemExit(1 if missing else 0)
