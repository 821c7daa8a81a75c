#!/usr/bin/env bash
# bench/portal-wrk.sh — the tochuc article page side by side with the WordPress peer and a static nginx copy,
# in one run, with the same wrk command (2 threads, 32 connections, 10 s, loopback only), then the exact
# view-counter check.
#
#   1. needs the peer: bash ../shared/bench/wordpress-peer.sh up   (WordPress on :8081, static copy on :8082)
#   2. builds the jar if missing, starts it on a fresh H2 database (demo data on) on 127.0.0.1:$PORT with
#      Tomcat's access log on, and finds the demo source article on the front page;
#   3. warms each target up, then runs wrk on: WordPress article, static copy, tochuc article;
#   4. counter check: the article's views before and after the measured run are read through the admin API
#      (GET /api/portal/articles/{id}/counters, which flushes the buffer first); the delta must equal the
#      number of article responses the server sent during the run (access-log lines of the run's URL) exactly.
#      wrk's own count is lower by the requests still in flight when it stops (at most 32, as in the peer's
#      own counter experiment);
#   5. prints the ratios and stops the app.
# Environment: PORTAL_BENCH_PORT (8090), BENCH_SECONDS (10), WP_PEER_STATE (/var/lib/wordpress-peer).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
PORT=${PORTAL_BENCH_PORT:-8090}
SECS=${BENCH_SECONDS:-10}
STATE=${WP_PEER_STATE:-/var/lib/wordpress-peer}
UA="Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120 Safari/537.36 portal-bench"
PASS="Bench-admin-$(date +%s)"
WRK=(wrk -t2 -c32 -d"${SECS}s" --timeout 10s --latency -H "User-Agent: ${UA}")
log() { printf '[portal-wrk] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

command -v wrk >/dev/null || die "wrk missing (apt-get install -y wrk)"
[ -s "$STATE/article-url" ] || die "WordPress peer not set up: bash wordpress-peer.sh up"
WP_URL=$(cat "$STATE/article-url")
STATIC_URL="http://127.0.0.1:8082/bai-viet.html"
case "$WP_URL" in http://127.0.0.1:*) ;; *) die "refusing non-loopback target: $WP_URL" ;; esac

JAR=$(ls "$ROOT"/target/tochuc-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [ -z "$JAR" ]; then
  (cd "$ROOT" && ./mvnw -q -B -DskipTests package)
  JAR=$(ls "$ROOT"/target/tochuc-*.jar | grep -v original | head -1)
fi
WORK=$(mktemp -d /tmp/portal-bench.XXXXXX)
log "starting $JAR on 127.0.0.1:$PORT (data in $WORK)"
TOCHUC_DATA_DIR="$WORK/data" TOCHUC_ADMIN_PASSWORD="$PASS" java -Xms512m -Xmx512m -XX:+UseParallelGC -jar "$JAR" \
  --server.address=127.0.0.1 --server.port="$PORT" --tochuc.demo.enabled=true \
  --server.tomcat.accesslog.enabled=true --server.tomcat.accesslog.directory="$WORK/logs" \
  --server.tomcat.accesslog.prefix=access --server.tomcat.accesslog.suffix=.log \
  --server.tomcat.accesslog.rotate=false --server.tomcat.accesslog.pattern='%m %U%q %s' \
  > "$WORK/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
BASE="http://127.0.0.1:$PORT"
for _ in $(seq 1 120); do curl -fs -o /dev/null "$BASE/" && break; sleep 1; done
curl -fs -o "$WORK/front.html" "$BASE/" || die "app did not start (see $WORK/app.log)"
for _ in $(seq 1 60); do curl -fs -o "$WORK/front.html" "$BASE/"; grep -q "/tin-tuc/hoi-nghi-truc-tuyen" "$WORK/front.html" && break; sleep 1; done   # demo data is seeded just after start
PATH_=$(grep -o '/tin-tuc/hoi-nghi-truc-tuyen-cong-tac-to-chuc-xay-dung-dang-9-thang-dau-nam-2019-[0-9]*' "$WORK/front.html" | head -1)
[ -n "$PATH_" ] || die "demo source article not on the front page"
ID=${PATH_##*-}
ARTICLE="$BASE$PATH_"
views() { curl -fs -u "admin:$PASS" "$BASE/api/portal/articles/$ID/counters" | sed 's/.*"views":\([0-9]*\).*/\1/'; }

log "warm-up (also JIT) on the three targets"
for _ in $(seq 1 20); do curl -s -o /dev/null "$WP_URL"; curl -s -o /dev/null "$STATIC_URL"; done
timeout 40 wrk -t2 -c32 -d15s -H "User-Agent: ${UA}" "$ARTICLE?b=warm" > /dev/null   # JIT warm-up (the peers are warmed by 20 requests: opcache, buffer pool)
sleep 2
BEFORE=$(views)

OUT="$WORK/results.txt"
{
  echo "# portal-wrk $(date -u +%Y-%m-%dT%H:%M:%SZ); $(nproc) cores; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "# $(java -version 2>&1 | head -1); $(nginx -v 2>&1)"
} | tee "$OUT"
for pair in "wordpress|$WP_URL" "static|$STATIC_URL" "tochuc|$ARTICLE?b=run"; do
  name=${pair%%|*}; url=${pair#*|}
  echo "## $name: $url" | tee -a "$OUT"
  echo "\$ timeout $((SECS + 20)) ${WRK[*]} $url" | tee -a "$OUT"
  timeout $((SECS + 20)) "${WRK[@]}" "$url" > "$WORK/$name.txt" 2>&1
  tee -a "$OUT" < "$WORK/$name.txt"
  sleep 2
done

sleep 2
AFTER=$(views)
kill -TERM $APP; wait $APP 2>/dev/null || true
trap - EXIT
SERVED=$(grep -c "^GET $PATH_?b=run 200\$" "$WORK"/logs/access*.log || true)
rps() { awk '/Requests\/sec/{print $2}' "$WORK/$1.txt"; }
p99() { awk '$1=="99%"{print $2}' "$WORK/$1.txt"; }
got() { awk '/requests in/{print $1}' "$WORK/$1.txt"; }
{
  echo "## summary"
  printf '%-10s %12s %10s\n' target req/s p99
  for n in wordpress static tochuc; do printf '%-10s %12s %10s\n' "$n" "$(rps $n)" "$(p99 $n)"; done
  awk -v t="$(rps tochuc)" -v w="$(rps wordpress)" -v s="$(rps static)" \
    'BEGIN{printf "tochuc / wordpress = %.1fx (target >= 50x)\ntochuc / static    = %.1f%% (target >= 20%%)\n", t/w, 100*t/s}'
  echo "non-2xx or socket errors (tochuc): $(grep -E 'Non-2xx|Socket errors' "$WORK/tochuc.txt" || echo none)"
  DELTA=$((AFTER - BEFORE))
  echo "view counter: before ${BEFORE}, after ${AFTER}, delta ${DELTA}"
  echo "article responses sent by the server during the run (access log): ${SERVED}"
  echo "responses read by wrk: $(got tochuc) (the rest were in flight when wrk stopped)"
  if [ "$DELTA" = "$SERVED" ]; then echo "COUNTER CHECK: OK (delta == responses sent)"; else echo "COUNTER CHECK: FAILED"; fi
} | tee -a "$OUT"
log "results in $OUT"
