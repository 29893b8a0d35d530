#!/usr/bin/env bash
# Start a local PostgreSQL for the store tests and print its URL on stdout (nothing else).
# Idempotent; run as root on Debian/Ubuntu. Usage in CI:
#   export VBADMIN_TEST_PG_URL="$(bash scripts/start_postgres.sh)"
# Overridable: PG_DB (vbadmin_test), PG_USER (vbadmin), PG_PASSWORD (vbadmin), PG_PORT (5432).
set -euo pipefail
DB="${PG_DB:-vbadmin_test}"
USER_NAME="${PG_USER:-vbadmin}"
PASSWORD="${PG_PASSWORD:-vbadmin}"
PORT="${PG_PORT:-5432}"
log() { echo "start_postgres: $*" >&2; }

if [ "$(id -u)" != 0 ]; then
  log "must run as root (installs and starts the system cluster)"; exit 1
fi
if ! command -v pg_lsclusters >/dev/null; then
  log "installing postgresql with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends postgresql >&2
fi

# The newest installed major version; create its cluster if the package did not.
VERSION="$(ls /usr/lib/postgresql | sort -n | tail -1)"
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$VERSION main"; then
  log "creating cluster $VERSION/main"
  pg_createcluster "$VERSION" main --port "$PORT" >&2
fi
if ! pg_lsclusters -h | awk -v v="$VERSION" '$1==v && $2=="main" {print $4}' | grep -q online; then
  log "starting cluster $VERSION/main"
  pg_ctlcluster "$VERSION" main start >&2 || service postgresql start >&2
fi
PORT="$(pg_lsclusters -h | awk -v v="$VERSION" '$1==v && $2=="main" {print $3}')"

# Wait for the server to accept connections (a fresh start can take a few seconds).
for _ in $(seq 1 30); do
  if su postgres -c "pg_isready -q -p $PORT"; then break; fi
  sleep 1
done
psql_admin() { su postgres -c "psql -p $PORT -v ON_ERROR_STOP=1 -qtA $*"; }

if [ "$(psql_admin "-c \"SELECT 1 FROM pg_roles WHERE rolname = '$USER_NAME'\"")" != 1 ]; then
  psql_admin "-c \"CREATE ROLE $USER_NAME LOGIN PASSWORD '$PASSWORD'\"" >&2
fi
if [ "$(psql_admin "-c \"SELECT 1 FROM pg_database WHERE datname = '$DB'\"")" != 1 ]; then
  psql_admin "-c \"CREATE DATABASE $DB OWNER $USER_NAME ENCODING 'UTF8' TEMPLATE template0\"" >&2
fi
echo "postgresql+psycopg://$USER_NAME:$PASSWORD@localhost:$PORT/$DB"
