"""Installers and operations: the PyInstaller spec, desktop entries, AppStream metadata, the Inno Setup script,
the tarball and its install script, the icons and the stylesheet.

One test is marked ``slow``: it builds the Linux one-folder bundle with PyInstaller and runs the frozen
``ltsa-desktop --self-check``. Without PyInstaller it is skipped with the reason, except under ``CI=true``.
"""

from __future__ import annotations

import ast
import configparser
import importlib.metadata
import importlib.util
import os
import re
import shutil
import stat
import subprocess
import sys
import tarfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

from ltsa_desktop.app import COUNTER_SCREENS, PUBLIC_WINDOWS, parse_args

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "installers" / "pyinstaller" / "ltsa_desktop.spec"
ISS = ROOT / "installers" / "windows" / "ltsa-desktop.iss"
LINUX = ROOT / "installers" / "linux"
ICONS = ROOT / "resources" / "icons"
EXPECTED_EXEC = {"ltsa-desktop", "ltsa-desktop --window kiosk", "ltsa-desktop --window display",
                 "ltsa-desktop --window feeboard", "ltsa-desktop --window rating"}


def _load_build() -> ModuleType:
    spec = importlib.util.spec_from_file_location("ltsa_installers_build", ROOT / "installers" / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build = _load_build()


def _spec_tree() -> ast.Module:
    return ast.parse(SPEC.read_text(encoding="utf-8"), filename=str(SPEC))


def _spec_literal(name: str) -> object:
    for node in _spec_tree().body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
            return ast.literal_eval(node.value)
    raise AssertionError(f"{name} is not assigned a literal in {SPEC.name}")


def _spec_calls() -> set[str]:
    """``function("first literal argument")`` for every call in the spec that has one."""
    calls = set()
    for node in ast.walk(_spec_tree()):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.args:
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                calls.add(f'{node.func.id}("{first.value}")')
    return calls


def _spec_trimming_namespace() -> dict[str, object]:
    """The spec's constants and its keep/keep_qt_plugin functions, run without PyInstaller."""
    wanted = {"DROP_QT_PLUGIN_TYPES", "DROP_QT_PLUGINS", "KEEP_IMAGEFORMATS", "KEEP_BABEL_LOCALES", "keep",
              "keep_qt_plugin"}

    def wanted_node(node: ast.stmt) -> bool:
        if isinstance(node, ast.FunctionDef):
            return node.name in wanted
        return isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id in wanted for t in node.targets)

    body = [node for node in _spec_tree().body if wanted_node(node)]
    namespace: dict[str, object] = {"Path": Path}
    exec(compile(ast.Module(body=body, type_ignores=[]), str(SPEC), "exec"), namespace)  # noqa: S102
    return namespace


# -- the PyInstaller spec -------------------------------------------------------------------------------------------
def test_spec_collects_every_resource_folder_and_both_migration_trees() -> None:
    resources = _spec_literal("RESOURCE_DIRS")
    assert isinstance(resources, list)
    on_disk = {p.name for p in (ROOT / "resources").iterdir() if p.is_dir()}
    assert set(resources) == on_disk, "a resources/ folder is missing from the spec, or listed but absent"
    assert {"catalog", "fonts", "icons", "sounds", "style", "translations"} <= set(resources)
    for name in resources:
        assert any(p.is_file() for p in (ROOT / "resources" / name).rglob("*")), f"resources/{name} is empty"

    migrations = _spec_literal("MIGRATION_DIRS")
    assert migrations == ["ltsa_desktop/storage/migrations", "ltsa_desktop/central/migrations"]
    storage = ROOT / "ltsa_desktop" / "storage" / "migrations"
    assert (storage / "env.py").is_file() and (storage / "script.py.mako").is_file()
    assert len(list((storage / "versions").glob("*.py"))) >= 1
    central = ROOT / "ltsa_desktop" / "central" / "migrations"
    if central.is_dir():  # the central schema's Alembic tree, once it exists, must be complete as well
        assert (central / "env.py").is_file() and (central / "script.py.mako").is_file()

    calls = _spec_calls()
    assert 'copy_metadata("ltsa-desktop")' in calls  # importlib.metadata.version works frozen
    assert 'collect_entry_point("keyring.backends")' in calls  # keyring finds its backends by entry point
    assert 'copy_metadata("keyring")' in calls


def test_spec_excludes_unused_qt_but_nothing_the_code_imports() -> None:
    unused = set(_spec_literal("UNUSED_QT"))  # type: ignore[arg-type]
    assert {"QtWebEngineCore", "QtWebEngineWidgets", "Qt3DCore", "QtQuick", "QtQml", "QtMultimedia"} <= unused
    imported = set()
    for path in (ROOT / "ltsa_desktop").rglob("*.py"):
        imported |= set(re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    assert imported, "no PySide6 import found: the scan is broken"
    assert not imported & unused, f"the spec excludes Qt modules the application imports: {imported & unused}"
    # pyqtgraph (supervisor charts) imports these two by name
    assert not {"QtOpenGL", "QtOpenGLWidgets"} & unused


def test_spec_trimming_keeps_the_platforms_and_locales_the_offices_need() -> None:
    ns = _spec_trimming_namespace()
    keep_qt_plugin, keep = ns["keep_qt_plugin"], ns["keep"]
    assert callable(keep_qt_plugin) and callable(keep)
    for kind, name in [("platforms", "libqxcb.so"), ("platforms", "libqwayland.so"), ("platforms", "qwindows.dll"),
                       ("platforms", "libqoffscreen.so"), ("imageformats", "libqsvg.so"),
                       ("imageformats", "qico.dll"), ("printsupport", "libcupsprintersupport.so"),
                       ("tls", "qschannelbackend.dll")]:
        assert keep_qt_plugin(kind, name), (kind, name)
    for kind, name in [("platforms", "libqvnc.so"), ("platforms", "libqeglfs.so"), ("platformthemes", "libqgtk3.so"),
                       ("platforminputcontexts", "libqtvirtualkeyboardplugin.so"), ("sqldrivers", "qsqlite.dll"),
                       ("imageformats", "libqtiff.so")]:
        assert not keep_qt_plugin(kind, name), (kind, name)
    assert keep("babel/locale-data/id_ID.dat") and keep("babel/locale-data/en_ID.dat")
    assert keep("babel/locale-data/root.dat")
    assert not keep("babel/locale-data/fr_FR.dat")
    assert not keep("PySide6/Qt/translations/qtbase_de.qm")
    assert keep("PySide6/Qt/plugins/platforms/libqxcb.so")
    assert keep("resources/translations/ltsa_id.qm")


# -- Linux desktop entries and AppStream ----------------------------------------------------------------------------
def _desktop_files() -> list[Path]:
    return sorted(LINUX.glob("*.desktop"))


def test_desktop_entries_start_the_app_and_each_public_window() -> None:
    files = _desktop_files()
    assert len(files) == 5
    execs = set()
    for path in files:
        assert path.name.startswith(build.APP_ID)
        parser = configparser.ConfigParser(interpolation=None, strict=True)
        parser.optionxform = str  # type: ignore[assignment,method-assign]
        parser.read(path, encoding="utf-8")
        entry = parser["Desktop Entry"]
        assert entry["Type"] == "Application" and entry["Terminal"] == "false"
        assert entry["Icon"] == build.APP_ID
        execs.add(entry["Exec"])
        args = parse_args(entry["Exec"].split()[1:])  # the switches exist in the real argument parser
        assert args.window in (None, *PUBLIC_WINDOWS, *COUNTER_SCREENS)
    assert execs == EXPECTED_EXEC
    assert {f"--window {w}" for w in PUBLIC_WINDOWS + COUNTER_SCREENS} == {e.removeprefix("ltsa-desktop ") for e in execs} - {
        "ltsa-desktop"}


def test_desktop_entries_pass_desktop_file_validate() -> None:
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        pytest.skip("desktop-file-validate not installed (apt-get install desktop-file-utils)")
    result = subprocess.run([tool, *map(str, _desktop_files())], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_metainfo_names_the_current_release_and_the_main_entry() -> None:
    path = LINUX / f"{build.APP_ID}.metainfo.xml"
    root = ET.parse(path).getroot()
    assert root.findtext("id") == build.APP_ID
    launchable = root.find("launchable")
    assert launchable is not None and (LINUX / (launchable.text or "")).is_file()
    newest = root.find("releases/release")
    assert newest is not None and newest.get("version") == build.project_version()
    assert {b.text for b in root.findall("provides/binary")} == {"ltsa-desktop", "ltsa-admin"}


def test_metainfo_passes_appstreamcli() -> None:
    tool = shutil.which("appstreamcli")
    if tool is None:
        pytest.skip("appstreamcli not installed (apt-get install appstream)")
    path = LINUX / f"{build.APP_ID}.metainfo.xml"
    result = subprocess.run([tool, "validate", "--no-net", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


# -- Windows installer script ---------------------------------------------------------------------------------------
def _iss_lines() -> list[str]:
    return [line.strip() for line in ISS.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.strip().startswith(";")]


def test_inno_setup_script_has_the_five_start_menu_entries_and_keeps_the_data() -> None:
    lines = _iss_lines()
    group = [line for line in lines if line.startswith('Name: "{group}\\') and "{#AppExe}" in line]
    params = sorted(re.search(r'Parameters: "([^"]*)"', line).group(1) if "Parameters:" in line else ""  # type: ignore[union-attr]
                    for line in group)
    assert params == ["", "--window display", "--window feeboard", "--window kiosk", "--window rating"]
    names = {re.search(r'Name: "\{group\}\\([^"]+)"', line).group(1) for line in group}  # type: ignore[union-attr]
    assert names == {"LTSA Desktop", "LTSA Kiosk", "LTSA Display board", "LTSA Fee board", "LTSA Rating screen"}
    assert "PrivilegesRequired=admin" in lines  # per-machine
    assert "AppVersion={#AppVersion}" in lines and "#ifndef AppVersion" in lines
    assert "[UninstallDelete]" not in lines  # the uninstaller removes only what it installed
    assert not any("localappdata" in line.lower() for line in lines)


def test_build_passes_the_pyproject_version_to_inno_setup(monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    calls: list[list[str]] = []
    monkeypatch.setattr(build, "find_iscc", lambda: "ISCC.exe")
    monkeypatch.setattr(build.subprocess, "run", lambda cmd, **kw: calls.append(cmd))
    installer = build.make_windows_installer(tmp_path / "bundle", tmp_path, build.project_version())
    assert calls and calls[0][0] == "ISCC.exe" and calls[0][-1] == str(ISS)
    assert f"/DAppVersion={build.project_version()}" in calls[0]
    assert f"/DBundleDir={tmp_path / 'bundle'}" in calls[0]
    assert installer == tmp_path / f"ltsa-desktop-{build.project_version()}-setup.exe"


# -- tarball and install.sh -----------------------------------------------------------------------------------------
def _fake_bundle(folder: Path) -> Path:
    bundle = folder / "ltsa-desktop"
    (bundle / "_internal").mkdir(parents=True)
    for name in ("ltsa-desktop", "ltsa-admin"):
        exe = bundle / name
        exe.write_text(f"#!/bin/sh\necho {name} \"$@\"\n")
        exe.chmod(0o755)
    return bundle


def test_tarball_holds_bundle_entries_metainfo_icons_and_installer(tmp_path) -> None:  # type: ignore[no-untyped-def]
    archive = build.make_tarball(_fake_bundle(tmp_path), tmp_path, "9.8.7")
    assert archive.name.startswith("ltsa-desktop-9.8.7-linux-")
    with tarfile.open(archive) as tar:
        members = {m.name.split("/", 1)[1]: m for m in tar.getmembers() if "/" in m.name}
    assert members["install.sh"].mode & stat.S_IXUSR
    assert members["ltsa-desktop/ltsa-desktop"].mode & stat.S_IXUSR
    assert {n for n in members if n.startswith("share/applications/")} == {
        f"share/applications/{p.name}" for p in _desktop_files()}
    assert f"share/metainfo/{build.APP_ID}.metainfo.xml" in members
    assert f"share/icons/hicolor/scalable/apps/{build.APP_ID}.svg" in members
    for size in build.ICON_SIZES:
        assert f"share/icons/hicolor/{size}x{size}/apps/{build.APP_ID}.png" in members


@pytest.mark.skipif(sys.platform == "win32" or shutil.which("sh") is None, reason="needs a POSIX shell")
def test_install_script_user_install_then_uninstall_keeps_the_data(tmp_path) -> None:  # type: ignore[no-untyped-def]
    archive = build.make_tarball(_fake_bundle(tmp_path / "src"), tmp_path, "9.8.7")
    with tarfile.open(archive) as tar:
        tar.extractall(tmp_path / "unpacked", filter="tar")
    (unpacked,) = (tmp_path / "unpacked").iterdir()
    home = tmp_path / "home"
    data = home / ".local" / "share" / "ltsa-desktop"
    data.mkdir(parents=True)
    (data / "ltsa.sqlite3").write_text("office records")
    env = {"HOME": str(home), "PATH": os.environ.get("PATH", "/usr/bin:/bin")}
    subprocess.run(["sh", str(unpacked / "install.sh"), "--user"], env=env, check=True, capture_output=True)
    program = home / ".local" / "opt" / "ltsa-desktop"
    assert (home / ".local" / "bin" / "ltsa-admin").resolve() == program / "ltsa-admin"
    out = subprocess.run([str(home / ".local" / "bin" / "ltsa-admin"), "--version"], capture_output=True, text=True)
    assert out.stdout.strip() == "ltsa-admin --version"
    installed = sorted((home / ".local" / "share" / "applications").glob("*.desktop"))
    assert len(installed) == 5
    execs = {line.split("=", 1)[1] for p in installed for line in p.read_text().splitlines()
             if line.startswith("Exec=")}
    assert execs == {e.replace("ltsa-desktop", str(program / "ltsa-desktop"), 1) for e in EXPECTED_EXEC}
    assert (home / ".local" / "share" / "icons" / "hicolor" / "48x48" / "apps" / f"{build.APP_ID}.png").is_file()

    subprocess.run(["sh", str(unpacked / "install.sh"), "--user", "--uninstall"], env=env, check=True,
                   capture_output=True)
    assert not program.exists() and not (home / ".local" / "bin" / "ltsa-desktop").exists()
    assert not list((home / ".local" / "share" / "applications").glob("*.desktop"))
    assert (data / "ltsa.sqlite3").read_text() == "office records"


# -- icons ----------------------------------------------------------------------------------------------------------
def test_icons_exist_in_every_size_and_match_the_svg(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PIL import Image, ImageChops

    svg = ET.parse(ICONS / "ltsa-desktop.svg").getroot()
    assert svg.get("viewBox") == "0 0 256 256"
    fresh = {p.parent.name: p for p in build.render_icons(ICONS / "ltsa-desktop.svg", tmp_path) if p.suffix == ".png"}
    for size in build.ICON_SIZES:
        committed = Image.open(ICONS / f"{size}x{size}" / "ltsa-desktop.png").convert("RGBA")
        assert committed.size == (size, size)
        alpha = committed.getchannel("A")
        assert alpha.getextrema() == (0, 255), "the tile has transparent corners and an opaque body"
        rendered = Image.open(fresh[f"{size}x{size}"]).convert("RGBA")
        diff = ImageChops.difference(committed, rendered).convert("L")
        mean = sum(i * n for i, n in enumerate(diff.histogram())) / (size * size)
        assert mean < 3, f"{size}px PNG is out of date: run python installers/build.py icons"
    ico = Image.open(ICONS / "ltsa-desktop.ico")
    assert {(s, s) for s in (16, 32, 48, 256)} <= set(ico.info["sizes"])


# -- stylesheet -----------------------------------------------------------------------------------------------------
@pytest.fixture
def styled_app(qapp):  # type: ignore[no-untyped-def]
    """The session QApplication with the LTSA style applied, put back as it was afterwards."""
    from ltsa_desktop.ui.style import apply_style

    before = (qapp.styleSheet(), qapp.font(), qapp.style().name(), qapp.windowIcon())
    assert apply_style(qapp) is True
    yield qapp
    sheet, font, style, icon = before
    qapp.setStyleSheet(sheet)
    qapp.setFont(font)
    if style:
        qapp.setStyle(style)
    qapp.setWindowIcon(icon)


def test_stylesheet_parses_and_styles_errors_warnings_and_the_display_board(styled_app, qtbot, qtlog) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

    assert styled_app.font().pointSizeF() >= 10.5
    assert not styled_app.windowIcon().isNull()

    def colour(widget: QWidget) -> str:
        widget.ensurePolished()
        return widget.palette().color(widget.foregroundRole()).name()

    error = QLabel("NIK tidak valid")
    error.setProperty("role", "error")
    warning = QLabel("")
    warning.setObjectName("fieldMessage")
    warning.setProperty("warning", True)
    primary = QPushButton("Simpan")
    primary.setProperty("primary", True)
    for widget in (error, warning, primary):
        qtbot.addWidget(widget)
    assert colour(error) == "#b91c1c"
    assert colour(warning) == "#b45309"
    primary.ensurePolished()
    assert primary.palette().color(primary.backgroundRole()) == QColor("#0e7490")

    board = QWidget()
    board.setObjectName("display_board")
    layout = QVBoxLayout(board)
    number = QLabel("A-012")
    number.setObjectName("boardNumber")
    other = QLabel("Loket 2")
    layout.addWidget(number)
    layout.addWidget(other)
    qtbot.addWidget(board)
    board.ensurePolished()
    number.ensurePolished()
    other.ensurePolished()
    assert number.font().pixelSize() >= 90  # readable across a waiting room on a TV
    assert other.font().pixelSize() < number.font().pixelSize()
    assert colour(number) == "#ffffff"
    assert not [r for r in qtlog.records if "stylesheet" in r.message.lower() or "parse" in r.message.lower()]


def test_missing_stylesheet_leaves_qt_defaults(qapp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from ltsa_desktop.ui.style import apply_style

    before = (qapp.styleSheet(), qapp.font(), qapp.style().name())
    try:
        assert apply_style(qapp, path=tmp_path / "absent.qss") is False
        assert qapp.styleSheet() == before[0]
    finally:
        qapp.setStyleSheet(before[0])
        qapp.setFont(before[1])
        if before[2]:
            qapp.setStyle(before[2])


# -- the real build (slow) ------------------------------------------------------------------------------------------
@pytest.mark.slow
@pytest.mark.timeout(1800)
def test_linux_bundle_builds_and_passes_its_self_check(tmp_path) -> None:  # type: ignore[no-untyped-def]
    if not sys.platform.startswith("linux"):
        pytest.skip("this test builds the Linux bundle")
    if importlib.util.find_spec("PyInstaller") is None:
        reason = "PyInstaller is not installed (pip install 'pyinstaller>=6'): the bundle build is not tested"
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    from ltsa_desktop.storage.migrate import HEAD_REVISION

    started = time.perf_counter()
    bundle = build.build_bundle(tmp_path / "dist", tmp_path / "work")
    build_seconds = time.perf_counter() - started
    size_mb = build.folder_size_mb(bundle)
    print(f"\nbundle built in {build_seconds:.0f} s, {size_mb:.0f} MB: {bundle}")

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHON_KEYRING_BACKEND", None)  # the bundle must find a backend by itself
    command = [str(build.bundle_executable(bundle)), "--self-check", "--data-dir", str(tmp_path / "data")]
    secret_service = bool(shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon"))
    if secret_service:  # a real Secret Service in a private D-Bus session, as on a Linux desktop
        home, runtime = tmp_path / "home", tmp_path / "runtime"
        home.mkdir()
        runtime.mkdir(mode=0o700)
        env.update(HOME=str(home), XDG_RUNTIME_DIR=str(runtime), XDG_DATA_HOME=str(home / ".local" / "share"))
        command = ["dbus-run-session", "--", "sh", "-c",
                   'printf unlock | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"',
                   "self-check", *command]
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=600, cwd=tmp_path)
    output = result.stdout
    assert result.returncode == 0, output + result.stderr[-4000:]
    assert "self-check passed" in output
    assert f"ok   migrations: at {HEAD_REVISION}" in output
    assert str(bundle) in next(line for line in output.splitlines() if "ok   resources:" in line)
    keyring_line = next(line for line in output.splitlines() if "keyring backend:" in line)
    assert re.search(r"keyring backend: keyring\.backends\.\w+", keyring_line), keyring_line
    if secret_service:
        assert "keyring.backends.SecretService.Keyring" in keyring_line and "no usable" not in keyring_line

    # keyring looks its backends up through entry points: the metadata must be inside the bundle
    internal = bundle / "_internal"
    backends = {ep.name for dist in importlib.metadata.distributions(path=[str(internal)])
                for ep in dist.entry_points if ep.group == "keyring.backends"}
    assert {"SecretService", "Windows"} <= backends
    # importlib.metadata.version works frozen, and ltsa-admin runs from the same folder
    admin = subprocess.run([str(build.bundle_executable(bundle, "ltsa-admin")), "--version"], env=env,
                           capture_output=True, text=True, timeout=120)
    assert admin.stdout.strip() == f"ltsa-admin {build.project_version()}"
    for needed in ("resources/style/ltsa.qss", "resources/icons/256x256/ltsa-desktop.png",
                   "ltsa_desktop/storage/migrations/script.py.mako", "ltsa_desktop/storage/migrations/env.py"):
        assert (internal / needed).is_file(), needed
