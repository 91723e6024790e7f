#!/usr/bin/env bash
# Installs (if needed) and starts Debian's PostgreSQL on 127.0.0.1 only, with an empty database
# for the integration tests. Source it: it exports STAGELINE_TEST_POSTGRES_URL/USER/PASSWORD.
set -euo pipefail

if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi

version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
if ! pg_lsclusters -h | grep -q "^$version main"; then
  pg_createcluster "$version" main >/dev/null
fi
conf="/etc/postgresql/$version/main/postgresql.conf"
sed -i "s/^#\?listen_addresses.*/listen_addresses = '127.0.0.1'/" "$conf"
pg_ctlcluster "$version" main restart

psql_admin() { su postgres -c "psql -v ON_ERROR_STOP=1 -q -d postgres -c \"$1\""; }
psql_admin "DROP DATABASE IF EXISTS stageline_it"
psql_admin "DO \\\$\\\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'stageline') THEN CREATE ROLE stageline LOGIN PASSWORD 'stageline'; END IF; END \\\$\\\$"
psql_admin "CREATE DATABASE stageline_it OWNER stageline"

export STAGELINE_TEST_POSTGRES_URL="jdbc:postgresql://127.0.0.1:5432/stageline_it"
export STAGELINE_TEST_POSTGRES_USER=stageline
export STAGELINE_TEST_POSTGRES_PASSWORD=stageline
echo "PostgreSQL $version ready on 127.0.0.1:5432, database stageline_it"
