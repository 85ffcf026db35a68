"""Build LTSA Desktop for the current operating system.

    python installers/build.py            the one-folder bundle in dist/ltsa-desktop/, then the package:
                                          Linux: dist/ltsa-desktop-<version>-linux-<arch>.tar.gz
                                          Windows: dist/ltsa-desktop-<version>-setup.exe (needs Inno Setup's ISCC)
    python installers/build.py --bundle-only      only dist/ltsa-desktop/
    python installers/build.py icons              re-render resources/icons/*/ltsa-desktop.png and the .ico
                                                  from resources/icons/ltsa-desktop.svg

Needs ``pip install pyinstaller`` (6 or newer) next to the application's own dependencies. The version comes from
pyproject.toml. The data directory is never part of a build or an installer.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "installers" / "pyinstaller" / "ltsa_desktop.spec"
ISS = ROOT / "installers" / "windows" / "ltsa-desktop.iss"
LINUX_DIR = ROOT / "installers" / "linux"
ICONS = ROOT / "resources" / "icons"
APP_ID = "id.ltsa_desktop.LtsaDesktop"
BUNDLE_NAME = "ltsa-desktop"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""


def project_version() -> str:
    """The ``[project] version`` of pyproject.toml."""
    with (ROOT / "pyproject.toml").open("rb") as fh:
        return str(tomllib.load(fh)["project"]["version"])


def bundle_executable(bundle: Path, name: str = "ltsa-desktop") -> Path:
    return bundle / f"{name}{EXE_SUFFIX}"


def build_bundle(dist: Path, work: Path, *, clean: bool = False) -> Path:
    """Run PyInstaller on the spec; returns the one-folder bundle ``dist/ltsa-desktop``.

    Raises ``RuntimeError`` with the tail of PyInstaller's log when the build fails.
    """
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
               "--distpath", str(dist), "--workpath", str(work)]
    if clean:
        command.append("--clean")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([*command, str(SPEC)], cwd=ROOT, env=env, capture_output=True, text=True)
    bundle = dist / BUNDLE_NAME
    if result.returncode != 0 or not bundle_executable(bundle).exists():
        raise RuntimeError(f"PyInstaller failed ({result.returncode}):\n{result.stderr[-4000:]}")
    return bundle


def folder_size_mb(folder: Path) -> float:
    """Bytes of the regular files under ``folder`` (symlinks not followed), in MB (10^6)."""
    total = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            total += path.stat().st_size
    return total / 1e6


# -- Linux ----------------------------------------------------------------------------------------------------------
def make_tarball(bundle: Path, dist: Path, version: str) -> Path:
    """``ltsa-desktop-<version>-linux-<arch>.tar.gz``: the bundle, desktop entries, metainfo, icons, install.sh."""
    stem = f"ltsa-desktop-{version}-linux-{platform.machine().lower()}"
    archive = dist / f"{stem}.tar.gz"
    entries: list[tuple[Path, str]] = [(bundle, "ltsa-desktop"), (LINUX_DIR / "install.sh", "install.sh")]
    entries += [(path, f"share/applications/{path.name}") for path in sorted(LINUX_DIR.glob("*.desktop"))]
    entries.append((LINUX_DIR / f"{APP_ID}.metainfo.xml", f"share/metainfo/{APP_ID}.metainfo.xml"))
    for size in ICON_SIZES:
        png = ICONS / f"{size}x{size}" / "ltsa-desktop.png"
        if png.exists():
            entries.append((png, f"share/icons/hicolor/{size}x{size}/apps/{APP_ID}.png"))
    entries.append((ICONS / "ltsa-desktop.svg", f"share/icons/hicolor/scalable/apps/{APP_ID}.svg"))

    def executable_bits(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        if info.name.endswith("/install.sh"):
            info.mode = 0o755
        return info

    with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
        for source, name in entries:
            tar.add(source, arcname=f"{stem}/{name}", filter=executable_bits)
    return archive


# -- Windows --------------------------------------------------------------------------------------------------------
def find_iscc() -> str | None:
    """Inno Setup's command-line compiler, from PATH or the default install folders."""
    found = shutil.which("iscc") or shutil.which("ISCC")
    if found:
        return found
    for base in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES")):
        if base:
            candidate = Path(base) / "Inno Setup 6" / "ISCC.exe"
            if candidate.exists():
                return str(candidate)
    return None


def make_windows_installer(bundle: Path, dist: Path, version: str) -> Path | None:
    """Compile the Inno Setup script; None (with a printed reason) when ISCC is not installed."""
    iscc = find_iscc()
    if iscc is None:
        print("Inno Setup (ISCC.exe) not found: install Inno Setup 6 to make the installer; "
              f"the bundle is ready in {bundle}")
        return None
    subprocess.run([iscc, f"/DAppVersion={version}", f"/DBundleDir={bundle}", f"/DOutputDir={dist}",
                    f"/DRepoRoot={ROOT}", str(ISS)], check=True)
    return dist / f"ltsa-desktop-{version}-setup.exe"


# -- icons ----------------------------------------------------------------------------------------------------------
def render_icons(svg: Path = ICONS / "ltsa-desktop.svg", out: Path = ICONS) -> list[Path]:
    """Render the SVG to ``<size>x<size>/ltsa-desktop.png`` for every size, and a multi-size ``.ico``."""
    from PIL import Image
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    # Painting into a QImage needs no QGuiApplication (the SVG has no text), so this is safe to call from a
    # process that makes its own QApplication later, e.g. the test suite.
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise RuntimeError(f"{svg} is not a valid SVG")
    written: list[Path] = []
    for size in ICON_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        target = out / f"{size}x{size}" / "ltsa-desktop.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target), "PNG"):
            raise RuntimeError(f"could not write {target}")
        written.append(target)
    images = [Image.open(path) for path in written]
    ico = out / "ltsa-desktop.ico"
    images[-1].save(ico, format="ICO", sizes=[im.size for im in images], append_images=images[:-1])
    written.append(ico)
    return written


# -- command line ---------------------------------------------------------------------------------------------------
def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python installers/build.py", description=__doc__.splitlines()[0])
    parser.add_argument("target", nargs="?", choices=["package", "icons"], default="package",
                        help="package (default): bundle and installer for this OS; icons: re-render the icons")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder (default: dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller",
                        help="PyInstaller's work folder (default: build/pyinstaller)")
    parser.add_argument("--bundle-only", action="store_true", help="stop after the one-folder bundle")
    parser.add_argument("--clean", action="store_true", help="ignore PyInstaller's cache")
    args = parser.parse_args(argv)

    if args.target == "icons":
        for path in render_icons():
            print(path.relative_to(ROOT))
        return 0
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print("PyInstaller is not installed: pip install 'pyinstaller>=6'", file=sys.stderr)
        return 2
    version = project_version()
    started = time.perf_counter()
    bundle = build_bundle(args.dist, args.work, clean=args.clean)
    print(f"bundle: {bundle} ({folder_size_mb(bundle):.0f} MB, built in {time.perf_counter() - started:.0f} s)")
    if args.bundle_only:
        return 0
    if sys.platform.startswith("linux"):
        print(f"tarball: {make_tarball(bundle, args.dist, version)}")
    elif sys.platform == "win32":
        installer = make_windows_installer(bundle, args.dist, version)
        if installer is not None:
            print(f"installer: {installer}")
    else:
        print(f"no package format for {sys.platform}; the bundle is ready in {bundle}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
