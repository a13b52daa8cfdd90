#!/usr/bin/env bash
# Upgrades keep data, checked on the bundle users get: every store an earlier release wrote
# (tests/fixtures/stores/release-<version>.sqlite3, made by make_release_store.py there) is put where an
# installed app finds its data, and the bundled executable, run with a bare environment (env -i, no
# Python on PATH), must check it, list its groups and members, and, when the store's schema is older
# than the bundle's, leave a backup of it made before the migration.
#
#   packaging/upgrade-test.sh BUNDLE_DIR      (the one-folder bundle, as for smoke-test.sh)
#
# On Linux and macOS the store goes in the user data folder under a throwaway HOME (no --db, no
# FACILITATOR_APP_DB: the path a real upgrade takes); on Windows, where platformdirs asks the system for
# the folder rather than the environment, FACILITATOR_APP_DB points at it. Exits 0 when every store
# passed; otherwise 1 with one sentence naming the store and the step.
set -euo pipefail

fail() {
    echo "upgrade test FAILED: $*" >&2
    exit 1
}

[ "$#" -eq 1 ] || { echo "usage: $0 BUNDLE_DIR" >&2; exit 2; }
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BUNDLE="$(cd "$1" 2>/dev/null && pwd)" || fail "the bundle folder '$1' does not exist."
EXE="$BUNDLE/facilitator-app"
[ -f "$EXE.exe" ] && EXE="$EXE.exe"
[ -x "$EXE" ] || fail "there is no executable facilitator-app in $BUNDLE."
# The passphrase make_release_store.py encrypts the release stores with (invented, for tests only).
PASSPHRASE="lantern harbour teacup 0.1"
EXPECTED_GROUPS=$'Saturday Walk and Talk\nThursday Evening Circle'

WORK="$(mktemp -d "${TMPDIR:-/tmp}/facilitator-upgrade.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

STORES="${STORES_DIR:-$ROOT/tests/fixtures/stores}"   # another folder only for this script's own test
stores=("$STORES"/release-*.sqlite3)
[ -e "${stores[0]}" ] || fail "there is no release store in $STORES."

for fixture in "${stores[@]}"; do
    release="$(basename "$fixture" .sqlite3)"
    home="$WORK/$release/home"
    mkdir -p "$home" "$WORK/$release/empty-path"
    BARE=("HOME=$home" "PATH=$WORK/$release/empty-path" "LANG=C.UTF-8" "QT_QPA_PLATFORM=offscreen"
          "FACILITATOR_APP_PASSPHRASE=$PASSPHRASE")
    case "$(uname -s)" in
        Linux) data="$home/.local/share/facilitator-app" ;;
        Darwin) data="$home/Library/Application Support/facilitator-app" ;;
        MINGW*|MSYS*|CYGWIN*)
            data="$WORK/$release/data"
            for name in SYSTEMROOT WINDIR COMSPEC TEMP TMP; do
                [ -n "${!name:-}" ] && BARE+=("$name=${!name}")
            done
            BARE+=("USERPROFILE=$home" "APPDATA=$home/AppData/Roaming" "LOCALAPPDATA=$home/AppData/Local"
                   "FACILITATOR_APP_DB=$data/facilitator.sqlite3")
            ;;
        *) fail "unknown system $(uname -s)." ;;
    esac
    mkdir -p "$data"
    cp "$fixture" "$data/facilitator.sqlite3"
    cp "$fixture.key" "$data/facilitator.sqlite3.key"

    run() {  # run STEP ARGS...: the bundled command in the bare environment; its output in $WORK/out
        local step="$1"
        shift
        if ! env -i "${BARE[@]}" "$EXE" "$@" >"$WORK/out" 2>"$WORK/err"; then
            fail "$release: '$step' exited non-zero: $(tr '\n' ' ' <"$WORK/err" | cut -c1-600)"
        fi
    }

    run "db check" db check
    grep -q "^ok: " "$WORK/out" || fail "$release: 'db check' did not say ok: $(cat "$WORK/out")"
    older=0
    grep -q "an older schema" "$WORK/out" && older=1

    run "list groups" list groups
    [ "$(tr -d '\r' <"$WORK/out")" = "$EXPECTED_GROUPS" ] || fail "$release: 'list groups' printed: $(cat "$WORK/out")"
    run "list members" list members --group "Thursday Evening Circle"
    [ "$(tr -d '\r' <"$WORK/out" | grep -c .)" = 4 ] || fail "$release: 'list members' printed: $(cat "$WORK/out")"

    backups=0
    if [ -d "$data/backups" ]; then
        backups="$(find "$data/backups" -name '*before-upgrade*' ! -name '*.key' | wc -l | tr -d ' ')"
    fi
    if [ "$older" = 1 ]; then
        [ "$backups" -ge 1 ] || fail "$release: its schema was older, but no backup was made before the upgrade."
        run "db check after the upgrade" db check
        grep -q "an older schema" "$WORK/out" && fail "$release: still at an older schema after opening it."
        echo "ok: $release opened, upgraded after a backup, and lists its groups and members"
    else
        [ "$backups" = 0 ] || fail "$release: a backup was made, though the schema is current."
        echo "ok: $release opened (its schema is current) and lists its groups and members"
    fi
done
