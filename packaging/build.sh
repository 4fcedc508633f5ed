#!/usr/bin/env bash
# Build the double-click LiveStudio app for this OS (Linux or macOS) with PyInstaller.
#
#   packaging/build.sh            -> dist/livestudio/livestudio   (Linux, one folder)
#                                    dist/LiveStudio.app           (macOS)
#   packaging/build.sh --smoke    also starts the built app with --smoke (exit 1 on failure)
#
# Uses .venv (created if missing) with the `package` extra: PyInstaller and Pillow.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
if [ ! -x "$PY" ]; then python3 -m venv .venv; fi
"$PY" -m pip install -q -e '.[package]'

# icons (PNG, .ico, .icns) are committed; redraw them only when missing
if [ ! -f packaging/livestudio.ico ] || [ ! -f resources/icons/livestudio-256.png ]; then
    "$PY" packaging/make_icons.py
fi
# translations: .ts (committed) -> .qm (build product)
"$PY" packaging/update_translations.py --release

start=$(date +%s)
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/livestudio.spec
echo "built in $(( $(date +%s) - start )) s"

if [ "$(uname)" = "Darwin" ]; then
    APP_BIN="dist/LiveStudio.app/Contents/MacOS/livestudio"
    echo "app: dist/LiveStudio.app"
else
    APP_BIN="dist/livestudio/livestudio"
    echo "app: $APP_BIN  (install packaging/livestudio.desktop to get a menu entry)"
fi

if [ "${1:-}" = "--smoke" ]; then
    SMOKE_DIR=$(mktemp -d)
    trap 'rm -rf "$SMOKE_DIR"' EXIT
    QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} "$APP_BIN" --db "$SMOKE_DIR/smoke.sqlite3" --smoke
    # and once more in Chinese
    LANG=zh_CN.UTF-8 LC_ALL=zh_CN.UTF-8 QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} \
        "$APP_BIN" --db "$SMOKE_DIR/smoke-zh.sqlite3" --smoke
fi
