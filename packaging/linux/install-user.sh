#!/usr/bin/env bash
# Install the built app folder for this user only, without root (no .deb needed):
#
#   bash packaging/linux/install-user.sh [dist/livestudio]      uninstall: add --uninstall
#
# Copies the folder to ~/.local/lib/livestudio, links ~/.local/bin/livestudio, and installs the
# desktop entry, icons and AppStream metainfo under ~/.local/share. If ~/.local/bin is not on
# the PATH, the desktop entry gets the full path of where the app now is.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
ID=app.livestudio.LiveStudio
DATA="${XDG_DATA_HOME:-$HOME/.local/share}"
LIB="$HOME/.local/lib/livestudio"
BIN="$HOME/.local/bin/livestudio"

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$LIB" "$BIN" "$DATA/applications/$ID.desktop" "$DATA/metainfo/$ID.metainfo.xml"
    rm -f "$DATA"/icons/hicolor/*/apps/$ID.png
    echo "LiveStudio removed (your shows and settings are kept)"
    exit 0
fi
BUNDLE="${1:-$ROOT/dist/livestudio}"
[ -x "$BUNDLE/livestudio" ] || { echo "no app at $BUNDLE (run packaging/build.sh)" >&2; exit 64; }

rm -rf "$LIB"
mkdir -p "$(dirname "$LIB")" "$(dirname "$BIN")"
cp -a "$BUNDLE" "$LIB"
ln -sfn "$LIB/livestudio" "$BIN"
install -Dm644 "$HERE/$ID.metainfo.xml" "$DATA/metainfo/$ID.metainfo.xml"
for size in 16 24 32 48 64 128 256 512; do
    png="$ROOT/resources/icons/livestudio-$size.png"
    [ -f "$png" ] && install -Dm644 "$png" "$DATA/icons/hicolor/${size}x${size}/apps/$ID.png"
done
EXEC=livestudio
case ":$PATH:" in *":$HOME/.local/bin:"*) ;; *) EXEC="$BIN" ;; esac
install -d "$DATA/applications"
sed -e "s|^Exec=livestudio\$|Exec=$EXEC|" -e "s|^TryExec=livestudio\$|TryExec=$EXEC|" \
    "$HERE/$ID.desktop" > "$DATA/applications/$ID.desktop"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$DATA/applications" || true
echo "LiveStudio installed: $BIN (menu entry: $DATA/applications/$ID.desktop)"
