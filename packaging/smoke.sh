#!/usr/bin/env bash
# Smoke test of a built application: runs it offscreen from an empty folder, with settings
# and data folders of its own, and checks what each command leaves behind.
#
#   packaging/smoke.sh [PROGRAM]
#
# PROGRAM defaults to the PyInstaller build, dist/diplomatic-timeline/diplomatic-timeline;
# any `diplomatic-timeline` works (a wheel installed in a venv, for instance). Exit 0 when
# every check passes; the last lines give the folder's size and the time taken.
# SMOKE_KEEP=DIR keeps the screenshots and the PDF there, to look at.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
program=${1:-$root/dist/diplomatic-timeline/diplomatic-timeline}
program=$(cd "$(dirname "$program")" && pwd)/$(basename "$program")
[ -x "$program" ] || { echo "smoke: $program: no such program (run packaging/build.sh)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
export QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data
export XDG_CACHE_HOME=$work/cache  # no translation compiled by another install is reused
export XDG_RUNTIME_DIR=$work/runtime
mkdir -m 700 runtime
start=$(date +%s)
failures=0

# check NAME COMMAND...: run the command, keep its output in NAME.out and NAME.err.
check() {
  local name=$1
  shift
  local status=0
  "$@" >"$name.out" 2>"$name.err" || status=$?
  [ "$status" = 0 ] && return 0
  echo "FAIL  $name: exit $status from: $*" >&2
  tail -n 20 "$name.err" >&2
  return 1
}
pass() { echo "ok    $1"; }
fail() { echo "FAIL  $1" >&2; failures=$((failures + 1)); }
magic() { [ -s "$1" ] && [ "$(head -c "${#2}" "$1")" = "$2" ]; }

version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$root/timeline/__init__.py")
if check version "$program" --version && [ "$(cat version.out)" = "diplomatic-timeline $version" ]
then pass "--version: $(cat version.out)"; else fail "--version: '$(cat version.out)' (want $version)"; fi

if check upgrade "$program" db upgrade --database new.sqlite3 && [ -s new.sqlite3 ] \
  && check dbcheck "$program" db check --database new.sqlite3
then pass "db upgrade on a new file: $(cat dbcheck.out)"; else fail "db upgrade"; fi

if check list "$program" list --sample --pair MA AZ && [ -s list.out ] \
  && head -1 list.out | grep -q '^{'
then pass "list --sample --pair MA AZ: $(wc -l <list.out) events"; else fail "list"; fi

if check shot "$program" --sample --screenshot out.png && magic out.png $'\x89PNG'
then pass "--sample --screenshot out.png: $(wc -c <out.png | tr -d " ") bytes"; else fail "screenshot"; fi

if check shot-ar "$program" --sample --lang ar --screenshot out-ar.png && magic out-ar.png $'\x89PNG'
then pass "--sample --lang ar --screenshot: $(wc -c <out-ar.png | tr -d " ") bytes"; else fail "Arabic screenshot"; fi

# The briefing PDF, where this version's export command writes one.
if "$program" export --help 2>/dev/null | grep -qi '\.pdf'; then
  if check pdf "$program" export --sample out.pdf && magic out.pdf '%PDF'
  then pass "export --sample out.pdf: $(wc -c <out.pdf | tr -d " ") bytes"; else fail "export PDF"; fi
else
  if check json "$program" export --sample out.json && [ -s out.json ]
  then pass "export --sample out.json (this version writes no PDF)"; else fail "export"; fi
fi

# Qt's complaints (a missing plugin, a font, a library) are failures too.
if grep -h -i -E 'qt\.|could not load|cannot load|QFont|error while loading' ./*.err; then
  fail "messages on standard error (above)"
else
  pass "nothing on standard error"
fi

if [ -n "${SMOKE_KEEP:-}" ]; then
  mkdir -p "$SMOKE_KEEP" && cp out* "$SMOKE_KEEP/" && echo "kept:    $SMOKE_KEEP"
fi
folder=$(dirname "$program")
echo "program: $program"
echo "size:    $(du -sh "$folder" | cut -f1) ($folder)"
echo "time:    $(($(date +%s) - start)) s for the checks"
[ "$failures" = 0 ] || { echo "smoke: $failures check(s) failed" >&2; exit 1; }
echo "smoke: all checks passed"
