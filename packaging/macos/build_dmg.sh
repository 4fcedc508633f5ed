#!/usr/bin/env bash
# macOS: turn dist/LiveStudio.app (from packaging/build.sh) into dist/LiveStudio-<version>.dmg.
#
#   bash packaging/build.sh && bash packaging/macos/build_dmg.sh
#   CODESIGN_IDENTITY="Developer ID Application: …" NOTARY_PROFILE=livestudio \
#       bash packaging/macos/build_dmg.sh          also signs, notarises and staples
#
# Written and reviewed, not run: no Mac was available where it was written (packaging/README.md).
# Uses only tools that come with macOS: ditto, plutil, codesign, hdiutil, xcrun notarytool.
set -euo pipefail
cd "$(dirname "$0")/../.."
APP=dist/LiveStudio.app
[ -d "$APP" ] || { echo "no $APP: run packaging/build.sh first" >&2; exit 1; }
VERSION=$(/usr/libexec/PlistBuddy -c "Print :CFBundleShortVersionString" "$APP/Contents/Info.plist")

# the bundle's Info.plist must say: Retina, follows dark mode
plutil -lint "$APP/Contents/Info.plist"
[ "$(/usr/libexec/PlistBuddy -c 'Print :NSHighResolutionCapable' "$APP/Contents/Info.plist")" = true ]
[ "$(/usr/libexec/PlistBuddy -c 'Print :NSRequiresAquaSystemAppearance' "$APP/Contents/Info.plist")" = false ]

# Chinese name and permission prompts (Finder, System Settings ▸ Privacy)
for lang in en zh_CN; do mkdir -p "$APP/Contents/Resources/$lang.lproj"; done
cat > "$APP/Contents/Resources/zh_CN.lproj/InfoPlist.strings" <<'STRINGS'
CFBundleDisplayName = "LiveStudio 直播工作室";
NSCameraUsageDescription = "LiveStudio 会在开播前检查您的摄像头。";
NSMicrophoneUsageDescription = "LiveStudio 会在开播前检查您的麦克风。";
STRINGS
cp resources/THIRD-PARTY.txt "$APP/Contents/Resources/THIRD-PARTY.txt"

if [ -n "${CODESIGN_IDENTITY:-}" ]; then
    codesign --force --deep --options runtime --timestamp --sign "$CODESIGN_IDENTITY" "$APP"
    codesign --verify --deep --strict "$APP"
fi

STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT
ditto "$APP" "$STAGE/LiveStudio.app"
ln -s /Applications "$STAGE/Applications"        # drag-to-install
cp resources/THIRD-PARTY.txt "$STAGE/THIRD-PARTY.txt"
DMG="dist/LiveStudio-$VERSION.dmg"
rm -f "$DMG"
hdiutil create -volname "LiveStudio $VERSION" -srcfolder "$STAGE" -fs HFS+ -format UDZO \
    -imagekey zlib-level=9 -ov "$DMG"

if [ -n "${CODESIGN_IDENTITY:-}" ]; then
    codesign --sign "$CODESIGN_IDENTITY" --timestamp "$DMG"
    if [ -n "${NOTARY_PROFILE:-}" ]; then
        xcrun notarytool submit "$DMG" --keychain-profile "$NOTARY_PROFILE" --wait
        xcrun stapler staple "$DMG"
    fi
fi
echo "dmg: $DMG"
