#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the PostgreSQL test suites (used by .ci/run and `make test-pg`).
#
#   scripts/pg-throwaway.sh install      install PostgreSQL from Debian packages if missing (root)
#   scripts/pg-throwaway.sh start DIR    initdb a cluster in DIR/data, start it on 127.0.0.1 on a
#                                        free port, print its connection URL (also in DIR/url)
#   scripts/pg-throwaway.sh stop DIR     stop that cluster by its pid and delete DIR
#
# The cluster listens on 127.0.0.1 only, with password (scram-sha-256) authentication for TCP so
# the wrong-password test means something; the password is random and lives only in DIR/url.
# As root, initdb and the server run as the `postgres` user (PostgreSQL refuses to run as root).
set -euo pipefail

die() { echo "pg-throwaway: $*" >&2; exit 1; }

# The directory holding initdb/pg_ctl/postgres: PATH first, then the newest Debian cluster.
find_bin() {
  local candidate
  if command -v pg_ctl >/dev/null 2>&1 && command -v initdb >/dev/null 2>&1; then
    dirname "$(command -v pg_ctl)"
    return 0
  fi
  for candidate in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$candidate/pg_ctl" ] && [ -x "$candidate/initdb" ]; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

# Runs a command as the cluster's owner: `postgres` when we are root, else ourselves.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    if command -v runuser >/dev/null 2>&1; then
      runuser -u postgres -- "$@"
    else
      su -s /bin/sh postgres -c "$(printf '%q ' "$@")"
    fi
  else
    "$@"
  fi
}

# True when nothing listens on 127.0.0.1:$1.
port_free() {
  ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

cmd_install() {
  if find_bin >/dev/null; then
    return 0
  fi
  [ "$(id -u)" -eq 0 ] || die "PostgreSQL is not installed; run: sudo apt-get install -y postgresql"
  echo "pg-throwaway: installing PostgreSQL from the Debian packages" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update >&2
  apt-get install -y postgresql >&2
  find_bin >/dev/null || die "postgresql installed but initdb/pg_ctl not found"
}

cmd_start() {
  local dir=${1:?usage: pg-throwaway.sh start DIR}
  local bin password port attempt url
  bin=$(find_bin) || die "PostgreSQL not found (run: scripts/pg-throwaway.sh install)"
  mkdir -p "$dir"
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || die "no postgres user (is the postgresql package installed?)"
    chown postgres "$dir"
  fi
  chmod 700 "$dir"
  password=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
  printf '%s\n' "$password" >"$dir/pwfile"
  [ "$(id -u)" -ne 0 ] || chown postgres "$dir/pwfile"
  as_owner "$bin/initdb" -D "$dir/data" -U postgres --pwfile="$dir/pwfile" \
    --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 --no-sync \
    >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; die "initdb failed"; }
  rm -f "$dir/pwfile"
  for attempt in 1 2 3 4 5 6 7 8 9 10; do
    port=$((20000 + RANDOM % 30000))
    port_free "$port" || continue
    if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c max_connections=200" \
      start >/dev/null; then
      url="postgres://postgres:${password}@127.0.0.1:${port}/postgres"
      printf '%s\n' "$url" >"$dir/url"
      echo "$url"
      echo "pg-throwaway: cluster started on 127.0.0.1:$port (pid $(head -n1 "$dir/data/postmaster.pid"), data $dir/data)" >&2
      return 0
    fi
    echo "pg-throwaway: start on port $port failed (attempt $attempt); trying another" >&2
    tail -n 5 "$dir/server.log" >&2 || true
  done
  die "could not start PostgreSQL; see $dir/server.log"
}

cmd_stop() {
  local dir=${1:?usage: pg-throwaway.sh stop DIR}
  local pidfile="$dir/data/postmaster.pid" pid i
  if [ -f "$pidfile" ]; then
    pid=$(head -n1 "$pidfile")
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
      kill -INT "$pid" 2>/dev/null || true # fast shutdown
      for i in $(seq 1 100); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
      done
      if kill -0 "$pid" 2>/dev/null; then
        echo "pg-throwaway: server $pid still running after 10 s; sending SIGQUIT" >&2
        kill -QUIT "$pid" 2>/dev/null || true
        sleep 1
      fi
    fi
    echo "pg-throwaway: cluster (pid ${pid:-?}) stopped" >&2
  fi
  case "$dir" in
    /tmp/* | "${TMPDIR:-/tmp}"/*) rm -rf "$dir" ;;
    *) echo "pg-throwaway: left $dir in place (not under a temp directory)" >&2 ;;
  esac
}

case "${1:-}" in
  install) cmd_install ;;
  start) shift; cmd_start "$@" ;;
  stop) shift; cmd_stop "$@" ;;
  *) die "usage: pg-throwaway.sh install | start DIR | stop DIR" ;;
esac
