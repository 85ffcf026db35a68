#!/bin/sh
# Install LTSA Desktop from the unpacked Linux tarball.
#
#   sudo ./install.sh            for every user of this PC: /opt/ltsa-desktop, /usr/local/bin, /usr/local/share
#   ./install.sh --user          for the current user only: ~/.local/opt/ltsa-desktop, ~/.local/bin, ~/.local/share
#   ./install.sh --uninstall     remove the program again (add --user for a per-user install)
#
# The data directory (~/.local/share/ltsa-desktop, or LTSA_DATA_DIR) is never touched, by installing or removing.
set -eu

APP_ID=id.ltsa_desktop.LtsaDesktop
HERE=$(cd "$(dirname "$0")" && pwd)
MODE=system
ACTION=install
for arg in "$@"; do
    case "$arg" in
        --user) MODE=user ;;
        --uninstall) ACTION=uninstall ;;
        -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
        *) echo "unknown option: $arg" >&2; exit 2 ;;
    esac
done

if [ "$MODE" = user ]; then
    PROGRAM_DIR="$HOME/.local/opt/ltsa-desktop"
    BIN_DIR="$HOME/.local/bin"
    SHARE_DIR="${XDG_DATA_HOME:-$HOME/.local/share}"
else
    if [ "$(id -u)" != 0 ]; then
        echo "run with sudo for a system-wide install, or pass --user" >&2
        exit 1
    fi
    PROGRAM_DIR=/opt/ltsa-desktop
    BIN_DIR=/usr/local/bin
    SHARE_DIR=/usr/local/share
fi

refresh_caches() {
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$SHARE_DIR/applications" || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$SHARE_DIR/icons/hicolor" || true
}

if [ "$ACTION" = uninstall ]; then
    rm -rf "$PROGRAM_DIR"
    rm -f "$BIN_DIR/ltsa-desktop" "$BIN_DIR/ltsa-admin"
    rm -f "$SHARE_DIR/applications/$APP_ID".*desktop "$SHARE_DIR/metainfo/$APP_ID.metainfo.xml"
    find "$SHARE_DIR/icons/hicolor" -name "$APP_ID.*" -delete 2>/dev/null || true
    refresh_caches
    echo "LTSA Desktop removed; the data directory was kept."
    exit 0
fi

mkdir -p "$PROGRAM_DIR" "$BIN_DIR" "$SHARE_DIR/applications" "$SHARE_DIR/metainfo"
rm -rf "$PROGRAM_DIR.new"
cp -a "$HERE/ltsa-desktop" "$PROGRAM_DIR.new"
rm -rf "$PROGRAM_DIR"
mv "$PROGRAM_DIR.new" "$PROGRAM_DIR"
ln -sf "$PROGRAM_DIR/ltsa-desktop" "$BIN_DIR/ltsa-desktop"
ln -sf "$PROGRAM_DIR/ltsa-admin" "$BIN_DIR/ltsa-admin"

# The desktop entries say "Exec=ltsa-desktop ..."; point them at the installed program so they work even when
# BIN_DIR is not on the desktop session's PATH.
for entry in "$HERE"/share/applications/*.desktop; do
    sed "s|^Exec=ltsa-desktop|Exec=$PROGRAM_DIR/ltsa-desktop|" "$entry" \
        > "$SHARE_DIR/applications/$(basename "$entry")"
done
cp "$HERE/share/metainfo/$APP_ID.metainfo.xml" "$SHARE_DIR/metainfo/"
cp -R "$HERE/share/icons" "$SHARE_DIR/"
refresh_caches

echo "LTSA Desktop installed in $PROGRAM_DIR"
echo "  start it from the applications menu, or run: ltsa-desktop"
echo "  check the installation: ltsa-desktop --self-check"
