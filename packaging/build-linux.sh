#!/usr/bin/env bash
# Builds the Linux deliverables into dist/, from the repository root of a clean clone:
#
#   dist/facilitator-app-<version>-linux-<arch>.tar.gz   the one-folder bundle (no Python needed), in a top
#                                                        folder facilitator-app-<version>/
#   dist/wheelhouse-<version>/                           every wheel the app needs, its own included, for
#                                                        pip install --no-index --find-links dist/wheelhouse-<version> facilitator-app
#   dist/facilitator-app_<version>_amd64.deb             when packaging/linux/make-deb.sh is there (it makes it)
#
# It makes its own build virtual environment (build/venv, kept between runs), installs the app and PyInstaller
# there, freezes with packaging/facilitator-app.spec, checks the wheelhouse in a fresh venv without an index,
# and runs packaging/smoke-test.sh on the unpacked tarball. Running it again replaces its own outputs.
#
#   packaging/build-linux.sh            (PYTHON=python3.12 packaging/build-linux.sh to build with another Python)
set -euo pipefail

fail() {
    echo "build-linux.sh: $*" >&2
    exit 1
}
step() {
    echo
    echo "==> $*"
}

if [ ! -f pyproject.toml ] || [ ! -f packaging/facilitator-app.spec ]; then
    fail "run me from the repository root (the folder with pyproject.toml), as packaging/build-linux.sh."
fi
[ "$(uname -s)" = "Linux" ] || fail "this script builds the Linux bundle; on macOS use packaging/macos/build-macos.sh."
ROOT="$(pwd)"

PYTHON="${PYTHON:-python3}"
command -v "$PYTHON" >/dev/null || fail "no '$PYTHON' on PATH: install Python 3.11 or newer (or set PYTHON=...)."
"$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
    || fail "$("$PYTHON" -V 2>&1) is too old: the app needs Python 3.11 or newer (set PYTHON=...)."
"$PYTHON" -c 'import venv, ensurepip' 2>/dev/null \
    || fail "'$PYTHON -m venv' is not available: on Debian/Ubuntu, apt-get install python3-venv."
"$PYTHON" -c 'import sysconfig, sys; sys.exit(not sysconfig.get_config_var("Py_ENABLE_SHARED"))' \
    || fail "$PYTHON was built without a shared libpython, which PyInstaller needs (use the system python3, or a pyenv Python built with PYTHON_CONFIGURE_OPTS=--enable-shared)."
for tool in ldd objdump strip; do
    command -v "$tool" >/dev/null || fail "'$tool' is missing: PyInstaller needs it (apt-get install binutils libc-bin)."
done

VERSION="$("$PYTHON" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')" \
    || fail "could not read [project] version from pyproject.toml (the error is above)."
ARCH="$(uname -m)"
NAME="facilitator-app-$VERSION"
TARBALL="dist/$NAME-linux-$ARCH.tar.gz"
WHEELHOUSE="dist/wheelhouse-$VERSION"
DEB="dist/facilitator-app_${VERSION}_amd64.deb"
VENV="build/venv"
STAGE="build/stage"
echo "Building Facilitator $VERSION for linux-$ARCH with $("$PYTHON" -V 2>&1)"

# Qt's X11 platform plugin links these; PyInstaller can only bundle the ones this machine has.
missing_xcb=()
for lib in libxcb-icccm.so.4 libxcb-keysyms.so.1 libxcb-cursor.so.0; do
    ldconfig -p 2>/dev/null | grep -q "$lib" || missing_xcb+=("$lib")
done
if [ "${#missing_xcb[@]}" -gt 0 ]; then
    echo "note: ${missing_xcb[*]} not on this machine, so not in the bundle: on a desktop without them the window"
    echo "      needs QT_QPA_PLATFORM=wayland (apt-get install libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 to bundle them)."
fi

step "cleaning this script's own earlier outputs"
rm -rf "$TARBALL" "$WHEELHOUSE" "$DEB" "$STAGE" build/pyinstaller build/wheelhouse-check build/unpacked
mkdir -p dist build

step "build virtual environment ($VENV): the app and PyInstaller"
if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c 'import sys; sys.exit(0)' 2>/dev/null; then
    rm -rf "$VENV"
    "$PYTHON" -m venv "$VENV" || fail "could not make the build venv $VENV with $PYTHON."
fi
export PIP_DISABLE_PIP_VERSION_CHECK=1
"$VENV/bin/pip" install --quiet 'pyinstaller>=6.10,<7' \
    || fail "pip could not install PyInstaller into $VENV (is the package index reachable?)."
# --force-reinstall of the app alone: the venv is kept between runs, and the source may have changed.
"$VENV/bin/pip" install --quiet . || fail "pip could not install the app (.) into $VENV."
"$VENV/bin/pip" install --quiet --no-deps --force-reinstall . || fail "pip could not reinstall the app into $VENV."
rm -rf build/lib build/bdist.* ./*.egg-info  # setuptools' in-tree leftovers

step "freezing with PyInstaller (packaging/facilitator-app.spec)"
start=$SECONDS
"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath build/pyinstaller/dist --workpath build/pyinstaller/work packaging/facilitator-app.spec \
    || fail "PyInstaller failed (its messages are above)."
[ -x build/pyinstaller/dist/facilitator-app/facilitator-app ] \
    || fail "PyInstaller finished without build/pyinstaller/dist/facilitator-app/facilitator-app."
echo "frozen in $((SECONDS - start)) s"

step "tarball $TARBALL"
mkdir -p "$STAGE"
cp -a build/pyinstaller/dist/facilitator-app "$STAGE/$NAME"
tar -C "$STAGE" --sort=name --owner=0 --group=0 --numeric-owner -czf "$TARBALL" "$NAME" \
    || fail "could not write $TARBALL."

step "wheelhouse $WHEELHOUSE"
"$VENV/bin/pip" wheel --quiet . -w "$WHEELHOUSE" || fail "pip wheel could not gather the wheels into $WHEELHOUSE."
rm -rf build/lib build/bdist.* ./*.egg-info
ls "$WHEELHOUSE"/facilitator_app-"$VERSION"-*.whl >/dev/null 2>&1 \
    || fail "the wheelhouse has no wheel of the app itself (facilitator_app-$VERSION-*.whl)."
# The promise to an office without internet: a fresh venv installs from the folder alone.
"$PYTHON" -m venv build/wheelhouse-check || fail "could not make the venv that checks the wheelhouse."
build/wheelhouse-check/bin/pip install --quiet --no-index --find-links "$WHEELHOUSE" facilitator-app \
    || fail "the wheelhouse is incomplete: pip install --no-index --find-links $WHEELHOUSE facilitator-app failed."
build/wheelhouse-check/bin/facilitator-app --version >/dev/null \
    || fail "facilitator-app installed from the wheelhouse does not run."
echo "a fresh venv installs facilitator-app from $WHEELHOUSE alone ($(find "$WHEELHOUSE" -name '*.whl' | wc -l) wheels)"

if [ -f packaging/linux/make-deb.sh ]; then
    step ".deb (packaging/linux/make-deb.sh)"
    bash packaging/linux/make-deb.sh "$STAGE/$NAME" "$VERSION" dist || fail "packaging/linux/make-deb.sh failed."
else
    echo "(no packaging/linux/make-deb.sh: no .deb this time)"
fi

step "smoke test of the unpacked tarball"
mkdir -p build/unpacked
tar -C build/unpacked -xzf "$TARBALL"
bash packaging/smoke-test.sh "build/unpacked/$NAME" || fail "the smoke test of $TARBALL failed (see above)."

step "done"
echo "bundle folder: $(du -sh "$STAGE/$NAME" | cut -f1) ($STAGE/$NAME)"
echo "tarball:       $(du -h "$TARBALL" | cut -f1) ($ROOT/$TARBALL)"
echo "wheelhouse:    $(du -sh "$WHEELHOUSE" | cut -f1) ($ROOT/$WHEELHOUSE)"
[ -f "$DEB" ] && echo "deb:           $(du -h "$DEB" | cut -f1) ($ROOT/$DEB)"
exit 0
