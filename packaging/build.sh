#!/usr/bin/env bash
# Build the double-click LiveStudio app for this OS (Linux or macOS) with PyInstaller.
#
#   packaging/build.sh            Linux: dist/livestudio/ (one folder) and
#                                        dist/livestudio_<version>_<arch>.deb
#                                 macOS: dist/LiveStudio.app (then packaging/macos/build_dmg.sh)
#   packaging/build.sh --smoke    also starts the built artefact with --smoke, in English and
#                                 in Chinese (Linux: the app unpacked from the .deb)
#
# Uses .venv (created if missing) with the `package` extra: PyInstaller and Pillow.
# Linux needs binutils (objdump, strip, readelf) and dpkg-deb; desktop-file-validate and
# appstreamcli check the desktop entry and the AppStream metainfo when they are installed.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
if [ ! -x "$PY" ]; then python3 -m venv .venv; fi
# LIVESTUDIO_BUILD_NO_PIP=1: use .venv as it is (e.g. building a copy of the tree)
if [ -z "${LIVESTUDIO_BUILD_NO_PIP:-}" ]; then "$PY" -m pip install -q -e '.[package]'; fi

# icons (PNG, .ico, .icns) are committed; redraw them only when missing
if [ ! -f packaging/livestudio.ico ] || [ ! -f resources/icons/livestudio-256.png ]; then
    "$PY" packaging/make_icons.py
fi
# translations: .ts (committed) -> .qm (build product)
"$PY" packaging/update_translations.py --release
# third-party notices from this venv (what PyInstaller is about to collect)
"$PY" packaging/third_party.py
# build date and commit for Help > About
mkdir -p build
VERSION=$("$PY" -c 'import livestudio; print(livestudio.__version__)')
COMMIT=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
printf '{"version": "%s", "built": "%s", "commit": "%s"}\n' \
    "$VERSION" "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$COMMIT" > build/build-info.json

start=$(date +%s)
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/livestudio.spec
echo "built in $(( $(date +%s) - start )) s"

if [ "$(uname)" = "Darwin" ]; then
    APP_BIN="dist/LiveStudio.app/Contents/MacOS/livestudio"
    echo "app: dist/LiveStudio.app  (packaging/macos/build_dmg.sh makes the .dmg)"
    if [ "${1:-}" = "--smoke" ]; then
        SMOKE_DIR=$(mktemp -d)
        trap 'rm -rf "$SMOKE_DIR"' EXIT
        "$APP_BIN" --db "$SMOKE_DIR/smoke.sqlite3" --smoke
        LANG=zh_CN.UTF-8 LC_ALL=zh_CN.UTF-8 "$APP_BIN" --db "$SMOKE_DIR/smoke-zh.sqlite3" --smoke
    fi
    exit 0
fi

# ---- Linux: strip, measure, package, smoke ---------------------------------------------
# debug symbols out of the libraries that did not come from a wheel (the Python runtime and
# the system libraries PyInstaller collected); wheel libraries are left exactly as shipped
"$PY" packaging/linux/finish_bundle.py dist/livestudio

DEB=$(bash packaging/linux/build_deb.sh dist/livestudio "$VERSION")
echo "package: $DEB ($(du -k "$DEB" | cut -f1) kB)"

if [ "${1:-}" = "--smoke" ]; then
    SMOKE_DIR=$(mktemp -d)
    trap 'rm -rf "$SMOKE_DIR"' EXIT
    # start the app as the .deb installs it, without touching this machine's /usr
    dpkg-deb -x "$DEB" "$SMOKE_DIR/root"
    APP_BIN="$SMOKE_DIR/root/usr/lib/livestudio/livestudio"
    export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
    # no crash dialog or keyring prompt from the real profile: a throw-away home
    run_smoke() {  # run_smoke <lang> <LANG value>: must pass and show that language
        HOME="$SMOKE_DIR/home" XDG_CONFIG_HOME="$SMOKE_DIR/home/.config" \
            XDG_DATA_HOME="$SMOKE_DIR/home/.local/share" LANG="$2" LC_ALL="$2" LANGUAGE="$1" \
            "$APP_BIN" --db "$SMOKE_DIR/smoke-$1.sqlite3" --smoke | tee "$SMOKE_DIR/out-$1.txt"
        grep -q "^smoke: language $1 " "$SMOKE_DIR/out-$1.txt" \
            || { echo "smoke: the app did not start in $1" >&2; exit 1; }
    }
    run_smoke en C.UTF-8
    run_smoke zh_CN zh_CN.UTF-8
    # the command on the PATH that the desktop entry runs (Exec=livestudio) is the same app
    test "$(readlink "$SMOKE_DIR/root/usr/bin/livestudio")" = "../lib/livestudio/livestudio"
    echo "smoke: the .deb's app started and passed in English and Chinese"
fi
