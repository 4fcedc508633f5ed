#!/usr/bin/env bash
# Package the PyInstaller folder as a .deb with dpkg-deb (no root needed to build it).
#
#   bash packaging/linux/build_deb.sh dist/livestudio 0.1.0     -> prints dist/livestudio_0.1.0_amd64.deb
#
# Layout: /usr/lib/livestudio/ (the app folder), /usr/bin/livestudio -> ../lib/livestudio/livestudio,
# the desktop entry, icons (hicolor 16-512 px) and AppStream metainfo under /usr/share.
# Depends: the Debian packages whose libraries the bundle leaves to the system
# (build/system-packages.txt, written by the spec) and what Qt's X11 / Wayland platforms need.
set -euo pipefail
cd "$(dirname "$0")/../.."
BUNDLE=${1:?bundle folder}
VERSION=${2:?version}
ID=app.livestudio.LiveStudio
ARCH=$(dpkg --print-architecture)
STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT
ROOTFS="$STAGE/livestudio_${VERSION}_${ARCH}"

install -d "$ROOTFS/usr/lib" "$ROOTFS/usr/bin" "$ROOTFS/DEBIAN"
cp -a "$BUNDLE" "$ROOTFS/usr/lib/livestudio"
ln -s ../lib/livestudio/livestudio "$ROOTFS/usr/bin/livestudio"
install -Dm644 "packaging/linux/$ID.desktop" "$ROOTFS/usr/share/applications/$ID.desktop"
install -Dm644 "packaging/linux/$ID.metainfo.xml" "$ROOTFS/usr/share/metainfo/$ID.metainfo.xml"
for size in 16 24 32 48 64 128 256 512; do
    png="resources/icons/livestudio-$size.png"
    [ -f "$png" ] && install -Dm644 "$png" \
        "$ROOTFS/usr/share/icons/hicolor/${size}x${size}/apps/$ID.png"
done
install -Dm644 resources/THIRD-PARTY.txt "$ROOTFS/usr/share/doc/livestudio/THIRD-PARTY.txt"

# what Qt itself needs from the system (the README / .ci/run list), plus the packages whose
# libraries the spec left out of the bundle
DEPENDS="libc6, libegl1, libgl1, libfontconfig1, libfreetype6, libdbus-1-3, libglib2.0-0, \
libxkbcommon0, libxkbcommon-x11-0, libxcb-cursor0, libxcb-icccm4, libxcb-image0, \
libxcb-keysyms1, libxcb-randr0, libxcb-render-util0, libxcb-shape0, libxcb-xinerama0, \
libxcb-xkb1, libxrender1, libpulse0"
if [ -s build/system-packages.txt ]; then
    while read -r pkg; do
        case ", $DEPENDS, " in *", $pkg, "*) ;; *) DEPENDS="$DEPENDS, $pkg" ;; esac
    done < build/system-packages.txt
fi
SIZE_KB=$(du -sk "$ROOTFS/usr" | cut -f1)
cat > "$ROOTFS/DEBIAN/control" <<CONTROL
Package: livestudio
Version: $VERSION
Architecture: $ARCH
Maintainer: LiveStudio <support@livestudio.invalid>
Installed-Size: $SIZE_KB
Depends: $DEPENDS
Recommends: gnome-keyring | kwalletmanager, pulseaudio | pipewire-pulse
Section: misc
Priority: optional
Description: plan, check, run and review a live-selling show
 One desktop app for solo hosts and small sellers on Douyin, TikTok Shop,
 Taobao Live, Shopee and Whatnot: plan the lineup and run-of-show, check the
 studio before going live, run the show against a clock and review it. Works
 offline; everything stays in one local SQLite file. English and Chinese.
CONTROL
cat > "$ROOTFS/DEBIAN/postinst" <<'POSTINST'
#!/bin/sh
set -e
if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database -q /usr/share/applications || true; fi
if command -v gtk-update-icon-cache >/dev/null 2>&1; then gtk-update-icon-cache -q -t /usr/share/icons/hicolor || true; fi
POSTINST
cp "$ROOTFS/DEBIAN/postinst" "$ROOTFS/DEBIAN/postrm"
chmod 755 "$ROOTFS/DEBIAN/postinst" "$ROOTFS/DEBIAN/postrm"

mkdir -p dist
OUT="dist/livestudio_${VERSION}_${ARCH}.deb"
dpkg-deb --root-owner-group -Zxz -z3 --threads-max=2 --build "$ROOTFS" "$OUT" > /dev/null
echo "$OUT"
