#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the team-mode tests (tests/team/), on this machine only.
#
#   eval "$(bash .ci/postgres.sh start)"             # start; prints the variables to export
#   bash .ci/postgres.sh stop "$TIMELINE_TEST_POSTGRES_DIR"   # stop and delete it
#
# The cluster lives in a new temporary folder, listens on 127.0.0.1 (a free port) and on a
# socket in that folder, and has two login roles besides the superuser: an editor that may
# create databases (the tests make one per module) and a reader that may only read. The
# Debian server binaries are used; the `postgresql` package is installed when they are
# missing and we are root. As root, initdb and pg_ctl run as the `postgres` user, as
# PostgreSQL refuses to run as root.
set -euo pipefail

EDITOR_ROLE=timeline_editor
EDITOR_PASSWORD=editor-secret
READER_ROLE=timeline_reader
READER_PASSWORD=reader-secret
DATABASE=timeline

server_bin() {
  local found
  found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$found" ] || [ ! -x "$found/initdb" ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      apt-get update -qq >&2
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
      found=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
    else
      echo "postgres.sh: no PostgreSQL server binaries; install the 'postgresql' package" >&2
      return 1
    fi
  fi
  echo "$found"
}

# Run as the cluster's owner: `postgres` when we are root, else ourselves.
as_owner() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

start() {
  local bin dir port
  bin=$(server_bin)
  dir=$(mktemp -d "${TMPDIR:-/tmp}/timeline-postgres.XXXXXX")
  chmod 700 "$dir"
  [ "$(id -u)" = 0 ] && chown postgres: "$dir"
  port=$(free_port)
  # Trust on the socket (only the owner can reach the folder); passwords over TCP, so that a
  # wrong password is refused as on a real server.
  as_owner "$bin/initdb" -D "$dir/data" -U postgres -A trust --auth-host=scram-sha-256 \
    -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -o \
    "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir -c fsync=off" \
    start >/dev/null
  as_owner "$bin/psql" -h "$dir" -p "$port" -U postgres -d postgres -q -v ON_ERROR_STOP=1 <<SQL
CREATE ROLE $EDITOR_ROLE LOGIN CREATEDB PASSWORD '$EDITOR_PASSWORD';
CREATE ROLE $READER_ROLE LOGIN PASSWORD '$READER_PASSWORD';
-- The tests drop their databases WITH (FORCE), ending the reader's sessions too.
GRANT pg_signal_backend TO $EDITOR_ROLE;
CREATE DATABASE $DATABASE OWNER $EDITOR_ROLE;
SQL
  local host="127.0.0.1:$port/$DATABASE"
  echo "export TIMELINE_TEST_POSTGRES_DIR=$dir"
  echo "export TIMELINE_TEST_POSTGRES_URL=postgresql+psycopg://$EDITOR_ROLE:$EDITOR_PASSWORD@$host"
  echo "export TIMELINE_TEST_POSTGRES_READONLY_URL=postgresql+psycopg://$READER_ROLE:$READER_PASSWORD@$host"
}

stop() {
  local dir=${1:?the cluster folder printed by start}
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  if [ -f "$dir/data/postmaster.pid" ]; then
    as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null || true
  fi
  rm -rf "$dir"
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:-}" ;;
  *) echo "usage: $0 start | stop DIR" >&2; exit 2 ;;
esac
