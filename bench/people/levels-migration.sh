#!/bin/sh
# Issue 12, point 3: the coded levels (people/V6, V7) migrated and checked on a copy of the 1,000,000-person
# database of the people benchmark (load it first: sh bench/people/setup-db.sh && SEARCH_ONLY=true sh bench/people/run.sh).
#   sh bench/people/levels-migration.sh            # figures: target/levels-bench.md; exit code 1 on a wrong code
set -e
DB=${LEVELS_BENCH_DB:-tochuc_levels_bench}
su postgres -c "dropdb --if-exists $DB"
su postgres -c "createdb -O tochuc -T tochuc_people_bench $DB"
./mvnw -q -B -o -Pjmh -DskipTests test-compile exec:exec \
  -Dexec.executable=java -Dexec.classpathScope=test \
  "-Dexec.args=-Xmx1g -cp %classpath vn.tochuc.people.LevelsMigrationBench jdbc:postgresql://127.0.0.1:5432/$DB tochuc tochuc"
