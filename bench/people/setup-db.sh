#!/bin/sh
# Creates the role tochuc/tochuc (if missing) and a fresh throwaway database for the people benchmark.
# Run as root on the benchmark machine: sh bench/people/setup-db.sh
set -e
pg_ctlcluster 15 main start 2>/dev/null || true
su postgres -c "psql -tAc \"select 1 from pg_roles where rolname = 'tochuc'\"" | grep -q 1 \
  || su postgres -c "psql -c \"create role tochuc login password 'tochuc'\""
su postgres -c "dropdb --if-exists tochuc_people_bench"
su postgres -c "createdb -O tochuc -T template0 -E UTF8 --locale=C.UTF-8 tochuc_people_bench"
echo "database tochuc_people_bench ready"
