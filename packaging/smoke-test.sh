#!/usr/bin/env bash
# Smoke test of what users get: runs the bundled executable the way a user's machine would, with a bare
# environment (env -i: no Python on PATH, no PYTHONPATH, a throwaway HOME), and checks that it starts, makes a
# sample store, checks it, lists its groups, exports a handout pack and shows its window offscreen.
#
#   packaging/smoke-test.sh BUNDLE_DIR      (the one-folder bundle: dist/facilitator-app, or an unpacked tarball)
#
# Exits 0 when every step passed; otherwise 1, with one sentence naming the step that failed and its output.
# Runs in bash on Linux, macOS and Windows (Git Bash), where the CI workflow uses it too.
set -euo pipefail

WINDOW_SECONDS="${SMOKE_WINDOW_SECONDS:-6}"  # how long the window must stay up offscreen before it is asked to quit

fail() {
    echo "smoke test FAILED: $*" >&2
    exit 1
}

[ "$#" -eq 1 ] || { echo "usage: $0 BUNDLE_DIR" >&2; exit 2; }
BUNDLE="$(cd "$1" 2>/dev/null && pwd)" || fail "the bundle folder '$1' does not exist."
EXE="$BUNDLE/facilitator-app"      # the window (and, on Linux and macOS, the commands too)
[ -f "$EXE.exe" ] && EXE="$EXE.exe"
[ -x "$EXE" ] || fail "there is no executable facilitator-app in $BUNDLE."
CLI="$EXE"
# On Windows the window's executable has no console; the commands run with facilitator-app-cli.exe.
[ -f "$BUNDLE/facilitator-app-cli.exe" ] && CLI="$BUNDLE/facilitator-app-cli.exe"
WINDOWS=""
case "$(uname -s)" in MINGW*|MSYS*|CYGWIN*) WINDOWS=1 ;; esac

WORK="$(mktemp -d "${TMPDIR:-/tmp}/facilitator-smoke.XXXXXX")"
WINDOW_PID=""
cleanup() {
    if [ -n "$WINDOW_PID" ] && kill -0 "$WINDOW_PID" 2>/dev/null; then kill -KILL "$WINDOW_PID" 2>/dev/null || true; fi
    rm -rf "$WORK"
}
trap cleanup EXIT
mkdir -p "$WORK/home" "$WORK/empty-path"

# The bare environment: a PATH with nothing on it (so no python can be found), a fresh HOME, the store's
# passphrase and path, Qt without a screen, and a UTF-8 locale (the group names are printed in UTF-8).
BARE=(
    "HOME=$WORK/home"
    "PATH=$WORK/empty-path"
    "LANG=C.UTF-8"
    "QT_QPA_PLATFORM=offscreen"
    "FACILITATOR_APP_PASSPHRASE=smoke-test-passphrase-1"
    "FACILITATOR_APP_DB=$WORK/smoke.sqlite3"
)
case "$WINDOWS" in
    1)
        # Windows programs need these few system variables to start at all; the user folders go to the temp folder.
        for name in SYSTEMROOT WINDIR COMSPEC TEMP TMP; do
            [ -n "${!name:-}" ] && BARE+=("$name=${!name}")
        done
        BARE+=("USERPROFILE=$WORK/home" "APPDATA=$WORK/home/AppData/Roaming" "LOCALAPPDATA=$WORK/home/AppData/Local")
        ;;
esac

# No Qt networking in the bundle: the app never opens a network connection, and nothing should be able to.
if find "$BUNDLE" \( -name 'libQt6Network*' -o -name 'Qt6Network*' -o -name 'QtNetwork*' \) -print | grep -q .; then
    fail "the bundle contains QtNetwork, which the app never uses: check the excludes in packaging/facilitator-app.spec."
fi

# check_output STEP FILE: the step's stderr must hold no Python traceback and no Qt plugin failure.
check_output() {
    if grep -E -q 'Traceback \(most recent call last\)|Failed to execute script|Could not load the Qt platform plugin|ModuleNotFoundError|ImportError' "$2"; then
        fail "$1 wrote an error to stderr:
$(cat "$2")"
    fi
}

# run STEP ARGS...: runs the bundled executable with ARGS in the bare environment; its stdout goes to
# $WORK/out, its stderr to $WORK/err; a non-zero exit or an error on stderr fails the test.
run() {
    local step="$1"
    shift
    local status=0
    env -i "${BARE[@]}" "$CLI" "$@" >"$WORK/out" 2>"$WORK/err" </dev/null || status=$?
    [ "$status" -eq 0 ] || fail "$step exited with status $status:
$(cat "$WORK/out" "$WORK/err")"
    check_output "$step" "$WORK/err"
    echo "ok: $step"
}

run "--version" --version
VERSION_LINE="$(cat "$WORK/out")"
case "$VERSION_LINE" in
    "facilitator-app "[0-9]*) ;;
    *) fail "--version printed '$VERSION_LINE', not 'facilitator-app <version>'." ;;
esac

run "demo-data" demo-data
[ -f "$WORK/smoke.sqlite3" ] || fail "demo-data did not make the store $WORK/smoke.sqlite3."

run "db check" db check
grep -q '^ok:' "$WORK/out" || fail "db check did not say the store is ok: $(cat "$WORK/out")"

run "list groups" list groups
GROUP="$(head -n 1 "$WORK/out" | tr -d '\r')"
[ -n "$GROUP" ] || fail "list groups printed no group after demo-data."

PACK="$WORK/handout-pack.pdf"
run "export handout-pack" export handout-pack --group "$GROUP" --session latest -o "$PACK"
[ -s "$PACK" ] || fail "export handout-pack made no file at $PACK."
[ "$(head -c 4 "$PACK")" = "%PDF" ] || fail "the handout pack $PACK does not start with %PDF."

# The window, offscreen: it must still be running after a few seconds, and end cleanly (status 0, the
# store closed) when asked with SIGTERM, as the system asks at log-out (ui/quit_on_signal.py).
env -i "${BARE[@]}" "$EXE" >"$WORK/window-out" 2>"$WORK/window-err" </dev/null &
WINDOW_PID=$!
sleep "$WINDOW_SECONDS"
if ! kill -0 "$WINDOW_PID" 2>/dev/null; then
    status=0
    wait "$WINDOW_PID" || status=$?
    WINDOW_PID=""
    fail "the window ended by itself within ${WINDOW_SECONDS} s (status $status):
$(cat "$WORK/window-out" "$WORK/window-err")"
fi
if [ -n "$WINDOWS" ]; then
    # Windows has no SIGTERM to ask a program to quit (bash's kill ends it outright), so the clean ending
    # is checked on Linux and macOS only.
    kill "$WINDOW_PID" 2>/dev/null || true
    wait "$WINDOW_PID" 2>/dev/null || true
    WINDOW_PID=""
    check_output "the window" "$WORK/window-err"
    echo "ok: the window ran ${WINDOW_SECONDS} s offscreen"
    echo "smoke test passed: $VERSION_LINE in $BUNDLE"
    exit 0
fi
kill -TERM "$WINDOW_PID"
status=0
for _ in $(seq 1 30); do
    kill -0 "$WINDOW_PID" 2>/dev/null || break
    sleep 0.5
done
if kill -0 "$WINDOW_PID" 2>/dev/null; then
    fail "the window was still running 15 s after SIGTERM."
fi
wait "$WINDOW_PID" || status=$?
WINDOW_PID=""
[ "$status" -eq 0 ] || fail "the window exited with status $status after SIGTERM (expected a clean 0):
$(cat "$WORK/window-out" "$WORK/window-err")"
check_output "the window" "$WORK/window-err"
# The window's log says it opened the store and closed it again (the lock taken and released).
grep -r -q "released the lock" "$WORK/home" 2>/dev/null \
    || fail "the window's log (under the throwaway HOME) does not say it opened and closed the store."
echo "ok: the window ran ${WINDOW_SECONDS} s offscreen and closed cleanly on SIGTERM"

echo "smoke test passed: $VERSION_LINE in $BUNDLE"
