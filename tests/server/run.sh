#!/usr/bin/env bash
# Runs the reference rota server on 127.0.0.1 with a fresh SQLite database.
#   ROTADESK_SERVER_PASSWORD=... tests/server/run.sh [--port P] [--demo]
# The database is ROTADESK_SERVER_DB when set (replaced), else a file in a temporary directory
# removed on exit. SIGTERM stops the server and this script.
set -euo pipefail
cd "$(dirname "$0")"

port=8000
demo=0
while [ $# -gt 0 ]; do
    case "$1" in
        --port) port="$2"; shift 2 ;;
        --demo) demo=1; shift ;;
        *) echo "usage: $0 [--port P] [--demo]" >&2; exit 2 ;;
    esac
done

if [ -z "${ROTADESK_SERVER_PASSWORD:-}" ]; then
    echo "ROTADESK_SERVER_PASSWORD is not set; refusing to start without a password." >&2
    exit 2
fi

tmpdir=""
server=""
cleanup() {
    if [ -n "$server" ]; then kill -TERM "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
    if [ -n "$tmpdir" ]; then rm -rf "$tmpdir"; fi
}
# Installed before the first step, so that a stop while migrating still removes the temporary
# directory.
trap 'cleanup; exit 0' TERM INT
trap cleanup EXIT

if [ -z "${ROTADESK_SERVER_DB:-}" ]; then
    tmpdir=$(mktemp -d)
    export ROTADESK_SERVER_DB="$tmpdir/rotaserver.sqlite3"
else
    # With SQLite's side files: a journal left by a killed run would be replayed into the new file.
    rm -f "$ROTADESK_SERVER_DB" "$ROTADESK_SERVER_DB-journal" "$ROTADESK_SERVER_DB-wal" "$ROTADESK_SERVER_DB-shm"
fi
# One key for the migrate/seed steps and the server, so nothing depends on which process made it.
ROTADESK_SERVER_SECRET_KEY=$(/usr/bin/python3 -c 'import secrets; print(secrets.token_urlsafe(50))')
export ROTADESK_SERVER_SECRET_KEY
export ROTADESK_SERVER_LOG_LEVEL="${ROTADESK_SERVER_LOG_LEVEL:-INFO}"

/usr/bin/python3 manage.py migrate --no-input -v 0
/usr/bin/python3 manage.py ensure_user
if [ "$demo" = 1 ]; then
    /usr/bin/python3 manage.py load_demo
fi

echo "Reference rota server: http://127.0.0.1:$port/ (user ${ROTADESK_SERVER_USER:-coordinator})"
/usr/bin/python3 manage.py runserver --noreload --nothreading "127.0.0.1:$port" &
server=$!
wait "$server"
