#!/usr/bin/env bash
# Build Facilitator.app and a .dmg on macOS, from the one PyInstaller spec every platform shares.
#
#   packaging/macos/build-macos.sh            (from the repository root, on a Mac with Python 3.11+)
#
# This cannot run on Linux: it needs macOS's iconutil and hdiutil (the CI workflow runs it on the
# macos-latest runner). Steps, kept in step with packaging/build-linux.sh:
#   1. a build virtual environment under build/ with the app and PyInstaller (PYTHON picks the interpreter);
#   2. packaging/icons/facilitator-app.icns made with iconutil from the packaged PNG icons
#      (facilitator_app/resources/icons/facilitator-app-<N>.png), for the spec to use; removed afterwards
#      when it was not there before;
#   3. PyInstaller with packaging/facilitator-app.spec: dist/bundle/facilitator-app/ and dist/bundle/Facilitator.app;
#   4. packaging/smoke-test.sh on the bundle's executable (SKIP_SMOKE_TEST=1 leaves it out);
#   5. dist/facilitator-app-<version>-macos-<arch>.dmg with hdiutil: the app and a link to /Applications.
# Upgrading is dragging the new app over the old one: the data lives in
# ~/Library/Application Support/facilitator-app (platformdirs), outside the app, and is never touched here.
# The app is not signed with a Developer ID: the first start needs Control-click > Open.
set -euo pipefail

cd "$(dirname "$0")/../.."
ROOT=$PWD
PYTHON=${PYTHON:-python3}
[[ $(uname -s) == Darwin ]] || { echo "build-macos.sh: this runs on macOS only (iconutil, hdiutil)" >&2; exit 2; }

VERSION=$("$PYTHON" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
ARCH=$(uname -m)
BUILD=$ROOT/build/macos
VENV=$BUILD/venv
BUNDLE_DIST=$ROOT/dist/bundle
DMG=$ROOT/dist/facilitator-app-$VERSION-macos-$ARCH.dmg
ICNS=$ROOT/packaging/icons/facilitator-app.icns
ICONS=$ROOT/facilitator_app/resources/icons

echo "== Facilitator $VERSION for macOS ($ARCH)"
rm -rf "$BUILD" "$BUNDLE_DIST/facilitator-app" "$BUNDLE_DIST/Facilitator.app" "$DMG"
mkdir -p "$BUILD" "$BUNDLE_DIST"

# 1. The build environment: the app as users get it (not editable), and PyInstaller.
"$PYTHON" -m venv "$VENV"
"$VENV/bin/python" -m pip install --quiet --upgrade pip
"$VENV/bin/python" -m pip install --quiet "$ROOT" pyinstaller

# 2. The icon: an .iconset of the packaged PNGs (each size from its own PNG, else scaled from the largest).
made_icns=0
if [[ ! -e $ICNS ]]; then
    largest=$(find "$ICONS" -maxdepth 1 -name 'facilitator-app-*.png' 2>/dev/null \
        | sed -E 's/.*-([0-9]+)\.png$/\1/' | sort -n | tail -1 || true)
    if [[ -n $largest ]]; then
        iconset=$BUILD/facilitator-app.iconset
        mkdir -p "$iconset"
        for size in 16 32 128 256 512; do
            for scale in 1 2; do
                pixels=$((size * scale))
                name=icon_${size}x${size}.png
                if [[ $scale == 2 ]]; then name=icon_${size}x${size}@2x.png; fi
                if [[ -e $ICONS/facilitator-app-$pixels.png ]]; then
                    cp "$ICONS/facilitator-app-$pixels.png" "$iconset/$name"
                else
                    sips -z "$pixels" "$pixels" "$ICONS/facilitator-app-$largest.png" --out "$iconset/$name" >/dev/null
                fi
            done
        done
        iconutil --convert icns --output "$ICNS" "$iconset"
        made_icns=1
    else
        echo "build-macos.sh: no PNG icons in $ICONS; the app gets PyInstaller's default icon" >&2
    fi
fi
cleanup() { if [[ $made_icns == 1 ]]; then rm -f "$ICNS"; fi; }
trap cleanup EXIT

# 3. The bundle and the .app, from the shared spec.
"$VENV/bin/pyinstaller" --noconfirm --distpath "$BUNDLE_DIST" --workpath "$BUILD/pyinstaller" \
    "$ROOT/packaging/facilitator-app.spec"
APP=$BUNDLE_DIST/Facilitator.app
if [[ ! -d $APP ]]; then
    echo "build-macos.sh: the spec made no $APP (its BUNDLE step runs on macOS only)" >&2
    exit 1
fi
/usr/libexec/PlistBuddy -c "Print :CFBundleShortVersionString" "$APP/Contents/Info.plist" | grep -qx "$VERSION" || {
    echo "build-macos.sh: $APP does not say version $VERSION" >&2; exit 1; }

# 4. The same smoke test as on Linux, on the executable inside the one-folder bundle.
if [[ ${SKIP_SMOKE_TEST:-0} != 1 ]]; then
    bash "$ROOT/packaging/smoke-test.sh" "$BUNDLE_DIST/facilitator-app"
fi

# 5. The disk image: drag Facilitator to Applications.
staging=$BUILD/dmg
mkdir -p "$staging"
cp -R "$APP" "$staging/"
ln -s /Applications "$staging/Applications"
hdiutil create -volname "Facilitator $VERSION" -srcfolder "$staging" -fs HFS+ -format UDZO -ov "$DMG"
hdiutil verify "$DMG"
echo "== $DMG ($(du -h "$DMG" | cut -f1))"
