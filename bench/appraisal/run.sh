#!/bin/sh
# Appraisal benchmark on PostgreSQL with the 1,000,000-cadre dataset of the people benchmark: opens a cycle for
# the province closest to 30,000 cadres with their work items, then times every screen of the flow (p50/p95).
# Uses a copy of the people benchmark database (load it first: sh bench/people/setup-db.sh && sh bench/people/run.sh).
#   sh bench/appraisal/run.sh [target cadres] [requests per screen]      # results: target/appraisal-bench.md
set -e
DB=${APPR_BENCH_DB:-tochuc_appr_bench}
if [ "${APPR_BENCH_REUSE:-0}" != 1 ]; then
  su postgres -c "dropdb --if-exists $DB"
  su postgres -c "createdb -O tochuc -T tochuc_people_bench $DB"
fi
uptime
./mvnw -q -B -o -Pjmh -DskipTests test-compile exec:exec \
  -Dexec.executable=java -Dexec.classpathScope=test \
  "-Dexec.args=-Xmx2g -Dspring.datasource.url=jdbc:postgresql://127.0.0.1:5432/$DB?reWriteBatchedInserts=true -Dspring.datasource.username=tochuc -Dspring.datasource.password=tochuc -cp %classpath vn.tochuc.appraisal.AppraisalBench ${1:-30000} ${2:-100}"
uptime
