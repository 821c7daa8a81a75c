#!/bin/sh
# People benchmark on PostgreSQL: 1,000,000 generated people, search and list latencies, import of 10,000 rows,
# and the side-by-side comparison with ILIKE over translate() folding. Results: target/people-bench.md
#   sh bench/people/setup-db.sh && sh bench/people/run.sh [people]
# SEARCH_REPEATS=3 repeats the name searches (report the median run); SEARCH_ONLY=true stops after them.
set -e
N=${1:-1000000}
./mvnw -q -B -o -Pjmh -DskipTests test-compile exec:exec \
  -Dexec.executable=java -Dexec.classpathScope=test \
  "-Dexec.args=-Xmx3g -Dbaseline.queries=${BASELINE_QUERIES:-40} -Dsearch.repeats=${SEARCH_REPEATS:-1} -Dsearch.only=${SEARCH_ONLY:-false} -Dspring.datasource.url=jdbc:postgresql://127.0.0.1:5432/tochuc_people_bench?reWriteBatchedInserts=true -Dspring.datasource.username=tochuc -Dspring.datasource.password=tochuc -Dserver.port=0 -cp %classpath vn.tochuc.people.PeopleBench $N"
