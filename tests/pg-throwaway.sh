#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server for the test suite and prints its URL.
# It stops itself (and deletes its folder) once the process whose pid is given exits.
#   tests/pg-throwaway.sh <watched-pid>
set -euo pipefail
watched=${1:?usage: pg-throwaway.sh <pid of the test process>}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "PostgreSQL is not installed (run 'make test', which installs it)" >&2
  exit 3
fi
dir=$(mktemp -d /tmp/qpg.XXXXXX)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
as_pg=()
if [ "$(id -u)" -eq 0 ]; then
  chown postgres "$dir"
  as_pg=(runuser -u postgres --)
fi
"${as_pg[@]}" "$bin/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --locale=C --no-sync >"$dir/initdb.log" 2>&1
"${as_pg[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" \
  -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=400" \
  -w start >/dev/null
# The watchdog: stop the server when the test process is gone.
setsid bash -c "while kill -0 $watched 2>/dev/null; do sleep 1; done; ${as_pg[*]} '$bin/pg_ctl' -D '$dir/data' -m immediate stop >/dev/null 2>&1; rm -rf '$dir'" \
  </dev/null >/dev/null 2>&1 &
echo "postgres://postgres@127.0.0.1:$port"
