#!/usr/bin/env bash
# Make the Debian/Ubuntu package from the one-folder bundle, with dpkg-deb (no debhelper, no root needed):
#
#   packaging/linux/make-deb.sh BUNDLE_DIR VERSION OUT_DIR      ->  OUT_DIR/facilitator-app_<VERSION>_amd64.deb
#
# packaging/build-linux.sh calls it with the bundle it froze. What the package installs:
#   /opt/facilitator-app/                                   the bundle, as PyInstaller made it
#   /usr/bin/facilitator-app                                a link to /opt/facilitator-app/facilitator-app
#   /usr/share/applications/org.facilitatorapp.facilitator.desktop      packaging/facilitator-app.desktop
#   /usr/share/metainfo/org.facilitatorapp.facilitator.metainfo.xml     packaging/linux/ (AppStream)
#   /usr/share/icons/hicolor/<N>x<N>/apps/org.facilitatorapp.facilitator.png, and scalable/apps/ the SVG
#   /usr/share/doc/facilitator-app/copyright
#
# The package has NO maintainer scripts (no preinst, postinst, prerm, postrm): installing, upgrading or
# removing it never reads, moves or deletes anything in a home folder, so each user's data folder (the
# encrypted store, its backups, settings and logs, under ~/.local/share/facilitator-app and
# ~/.config) stays exactly as it was. Menus and the icon cache are refreshed by dpkg's own triggers
# (desktop-file-utils, hicolor-icon-theme). tests/packaging/test_make_deb.py checks both.
#
# When desktop-file-validate and appstreamcli are on PATH (apt-get install desktop-file-utils appstream),
# the staged desktop entry and metainfo are validated before the package is written.
set -euo pipefail

APP_ID="org.facilitatorapp.facilitator"   # facilitator_app/ui/app_icon.py APP_ID; a test keeps them equal
PACKAGE="facilitator-app"
ICON_SIZES=(16 24 32 48 64 128 256 512)

fail() {
    echo "make-deb.sh: $*" >&2
    exit 1
}

[ "$#" -eq 3 ] || { echo "usage: $0 BUNDLE_DIR VERSION OUT_DIR" >&2; exit 2; }
BUNDLE="$1"
VERSION="$2"
OUT_DIR="$3"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
ICONS="$REPO/facilitator_app/resources/icons"

[ -d "$BUNDLE" ] || fail "the bundle folder '$BUNDLE' does not exist."
[ -f "$BUNDLE/$PACKAGE" ] && [ -x "$BUNDLE/$PACKAGE" ] || fail "there is no executable $PACKAGE in '$BUNDLE'."
[[ "$VERSION" =~ ^[0-9][A-Za-z0-9.+~-]*$ ]] || fail "'$VERSION' is not a Debian version (it starts with a digit)."
command -v dpkg-deb >/dev/null || fail "dpkg-deb is missing (apt-get install dpkg)."
for file in "$REPO/packaging/facilitator-app.desktop" "$HERE/$APP_ID.metainfo.xml" "$ICONS/facilitator-app.svg"; do
    [ -f "$file" ] || fail "$file is missing."
done

STAGE="$(mktemp -d "${TMPDIR:-/tmp}/facilitator-deb.XXXXXX")"
trap 'rm -rf "$STAGE"' EXIT
ROOT="$STAGE/root"
umask 022

# The bundle, readable by everyone and writable by root only (PyInstaller keeps the execute bits).
mkdir -p "$ROOT/opt" "$ROOT/usr/bin"
cp -a "$BUNDLE" "$ROOT/opt/$PACKAGE"
chmod -R u+rwX,go+rX,go-w "$ROOT/opt/$PACKAGE"
ln -s "/opt/$PACKAGE/$PACKAGE" "$ROOT/usr/bin/$PACKAGE"

install -D -m 0644 "$REPO/packaging/facilitator-app.desktop" "$ROOT/usr/share/applications/$APP_ID.desktop"
install -D -m 0644 "$HERE/$APP_ID.metainfo.xml" "$ROOT/usr/share/metainfo/$APP_ID.metainfo.xml"
for size in "${ICON_SIZES[@]}"; do
    [ -f "$ICONS/facilitator-app-$size.png" ] || fail "$ICONS/facilitator-app-$size.png is missing (packaging/icons/render_icons.py)."
    install -D -m 0644 "$ICONS/facilitator-app-$size.png" "$ROOT/usr/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done
install -D -m 0644 "$ICONS/facilitator-app.svg" "$ROOT/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg"

mkdir -p "$ROOT/usr/share/doc/$PACKAGE"
cat > "$ROOT/usr/share/doc/$PACKAGE/copyright" <<'EOF'
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: Facilitator
Upstream-Contact: The Facilitator maintainers
Comment: The app's own code, icon and documents are MIT licensed. /opt/facilitator-app also holds the
 components the bundle needs to run without Python (Python, Qt and PySide6 under the LGPL, SQLCipher,
 reportlab, fonts and others); the About dialog lists each with its licence, and their licence texts
 are shipped in the bundle.

Files: *
Copyright: The Facilitator maintainers
License: MIT

License: MIT
 Permission is hereby granted, free of charge, to any person obtaining a copy of this software and
 associated documentation files (the "Software"), to deal in the Software without restriction,
 including without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense,
 and/or sell copies of the Software, and to permit persons to whom the Software is furnished to do so,
 subject to the following conditions:
 .
 The above copyright notice and this permission notice shall be included in all copies or substantial
 portions of the Software.
 .
 THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT
 LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN
 NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY,
 WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE
 SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
EOF
chmod 0644 "$ROOT/usr/share/doc/$PACKAGE/copyright"

if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$ROOT/usr/share/applications/$APP_ID.desktop" || fail "the desktop entry does not validate."
else
    echo "make-deb.sh: desktop-file-validate not found, the desktop entry was not validated" >&2
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --pedantic --no-net "$ROOT/usr/share/metainfo/$APP_ID.metainfo.xml" >/dev/null \
        || fail "the AppStream metainfo does not validate (appstreamcli validate --pedantic --no-net)."
else
    echo "make-deb.sh: appstreamcli not found, the metainfo was not validated" >&2
fi

# The newest glibc symbol version anything in the bundle asks for (the Python it was frozen with, the Qt
# wheels' manylinux_2_28): an older system would install the package and then fail to start it.
GLIBC="$(grep -rahoE 'GLIBC_2\.[0-9]+' "$ROOT/opt/$PACKAGE" 2>/dev/null | sed 's/GLIBC_//' | sort -uV | tail -n 1 || true)"
GLIBC="${GLIBC:-2.28}"
# What Qt's X11 (xcb) platform plugin, its EGL/OpenGL and font code link from the system (ldd of the
# PySide6 wheel's libqxcb.so, libQt6XcbQpa and libQt6Gui); the bundle may carry some xcb ones as well.
DEPENDS="libc6 (>= $GLIBC), libstdc++6, libgcc-s1, zlib1g, libgl1, libegl1, libfontconfig1, libfreetype6,
 libglib2.0-0, libdbus-1-3, libx11-6, libx11-xcb1, libxcb1, libxcb-cursor0, libxcb-icccm4, libxcb-image0,
 libxcb-keysyms1, libxcb-randr0, libxcb-render0, libxcb-render-util0, libxcb-shape0, libxcb-shm0,
 libxcb-sync1, libxcb-util1, libxcb-xfixes0, libxcb-xkb1, libxkbcommon0, libxkbcommon-x11-0"
INSTALLED_KB="$(du -sk --apparent-size "$ROOT" | cut -f1)"

mkdir -p "$ROOT/DEBIAN"
cat > "$ROOT/DEBIAN/control" <<EOF
Package: $PACKAGE
Version: $VERSION
Architecture: amd64
Maintainer: The Facilitator maintainers <maintainers@facilitatorapp.org>
Installed-Size: $INSTALLED_KB
Depends: $(echo "$DEPENDS" | tr -d '\n')
Section: misc
Priority: optional
Homepage: https://facilitatorapp.org
Description: offline admin for in-person peer support groups
 Facilitator keeps each group's sessions, attendance, check-ins, notes and
 handouts, and turns them into PDFs to print or hand over. It never opens a
 network connection, and its data file is encrypted with a passphrase.
 .
 The app is installed as one folder in /opt/facilitator-app with everything it
 needs, Python and Qt included. Installing, upgrading or removing this package
 never touches the users' data folders.
EOF
chmod 0644 "$ROOT/DEBIAN/control"

mkdir -p "$OUT_DIR"
DEB="$OUT_DIR/${PACKAGE}_${VERSION}_amd64.deb"
rm -f "$DEB"
dpkg-deb --root-owner-group --build "$ROOT" "$DEB" >/dev/null || fail "dpkg-deb could not build $DEB."
echo "$DEB ($(du -h "$DEB" | cut -f1))"
