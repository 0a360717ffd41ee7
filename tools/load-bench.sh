#!/usr/bin/env bash
# Load benchmark (docs/benchmarks.md): starts the packaged jar with -Xmx512m on an embedded database, logs in as
# each role, drives the main pages with wrk and prints, per page: req/s, latency p50/p90/p99, app CPU per request
# (utime+stime of the JVM from /proc/<pid>/stat, delta over the wrk run / requests), HTML size, and the JVM's RSS.
#
# Usage: tools/load-bench.sh [jar]            (default: target/opora-*.jar; build it with ./mvnw -DskipTests package)
# Environment:
#   PORT=8081            HTTP port of the started portal
#   DATA_DIR=/tmp/opora-bench-pg   embedded PostgreSQL data dir (kept between runs: demo data, or a generated region)
#   CONNECTIONS=16 DURATION=10s THREADS=2 WARMUP=5s
#   PAGES_coordinator="/ /schools ..."  override the pages of a role (roles: coordinator curator school observer admin)
#   ROLES="coordinator curator school observer admin"
#   BASE=http://localhost:8081   use an already running portal instead of starting the jar (no CPU/RSS figures)
#   JAVA_OPTS="-Xmx512m"  extra options, e.g. -XX:+FlightRecorder
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${1:-$(ls target/opora-*.jar | grep -v original | head -1)}
PORT=${PORT:-8081}
DATA_DIR=${DATA_DIR:-/tmp/opora-bench-pg}
CONNECTIONS=${CONNECTIONS:-16}
DURATION=${DURATION:-10s}
THREADS=${THREADS:-2}
WARMUP=${WARMUP:-5s}
ROLES=${ROLES:-coordinator curator school observer admin}
JAVA_OPTS=${JAVA_OPTS:--Xmx512m}
: "${PAGES_coordinator:=/ /schools /schools/2 /analysis /assignments /programmes /programmes/1/documents /programmes/1/roadmaps /roadmaps/1 /programmes/1/profiles /review /notifications /teachers /schools/2/teachers}"
: "${PAGES_curator:=/ /schools /review}"
: "${PAGES_school:=/schools/2 /schools/2/documents /roadmaps/3 /programmes}"
: "${PAGES_observer:=/ /schools /analysis /teachers /teachers?municipality=1}"
: "${PAGES_admin:=/admin/accounts /admin/audit /schools}"

TICKS=$(getconf CLK_TCK)
PID=
cleanup() { if [ -n "$PID" ]; then kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; fi; rm -f "${COOKIES:-}"; }
trap cleanup EXIT

if [ -z "${BASE:-}" ]; then
  BASE=http://localhost:$PORT
  LOG=/tmp/opora-bench-$PORT.log
  START=$(date +%s.%N)
  SERVER_PORT=$PORT OPORA_EMBEDDED_DB_DATA_DIR=$DATA_DIR OPORA_SCHEDULING_ENABLED=false \
    java $JAVA_OPTS -jar "$JAR" >"$LOG" 2>&1 &
  PID=$!
  until curl -s -o /dev/null -f "$BASE/login"; do
    kill -0 "$PID" 2>/dev/null || { echo "portal did not start, see $LOG" >&2; exit 1; }
    sleep 0.2
  done
  printf 'started %s (pid %s) in %.1f s to the first 200 on /login; log %s\n' "$JAR" "$PID" \
    "$(echo "$(date +%s.%N) - $START" | bc)" "$LOG"
fi

cpu_ticks() { awk '{print $14 + $15}' "/proc/$PID/stat"; }
# CPU of Tomcat's threads alone (http-nio-*: request workers and the poller), without the JIT compiler and GC
worker_ticks() { for t in /proc/"$PID"/task/*; do if grep -q '^http-nio-' "$t/comm" 2>/dev/null; then awk '{print $14 + $15}' "$t/stat"; fi; done | awk '{s += $1} END {print s + 0}'; }
rss_mib() { awk '/VmRSS/ {printf "%d", $2 / 1024}' "/proc/$PID/status"; }

login() { # role -> prints the SESSION cookie value
  COOKIES=$(mktemp)
  local token
  token=$(curl -s -c "$COOKIES" -b "$COOKIES" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//; s/"$//')
  curl -s -o /dev/null -c "$COOKIES" -b "$COOKIES" -d "username=$1&password=${PASSWORD:-demo}&_csrf=$token" "$BASE/login"
  awk '$6 == "SESSION" {print $7}' "$COOKIES"
  rm -f "$COOKIES"
}

# wrk prints latency in us/ms/s; normalise to ms
ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /[0-9]s$/ && v !~ /ms$/) n *= 1000; printf "%.1f", n }'; }

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
printf '%-12s %-40s %8s %8s %8s %8s %10s %10s %8s %8s\n' role page 'req/s' 'p50 ms' 'p90 ms' 'p99 ms' 'CPU ms/req' 'worker ms' 'KB' 'RSS MiB'
for role in $ROLES; do
  session=$(login "$role")
  if [ -z "$session" ]; then echo "login as $role failed" >&2; continue; fi
  pages_var=PAGES_$role
  for page in ${!pages_var}; do
    status=$(curl -s -o /tmp/opora-bench-page.html -w '%{http_code}' -H "Cookie: SESSION=$session" "$BASE$page")
    kb=$(( $(stat -c %s /tmp/opora-bench-page.html) / 1024 ))
    if [ "$status" != 200 ]; then printf '%-12s %-40s HTTP %s\n' "$role" "$page" "$status"; continue; fi
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" --timeout 30s -H "Cookie: SESSION=$session" "$BASE$page" >/dev/null
    before=$([ -n "$PID" ] && cpu_ticks || echo 0)
    wbefore=$([ -n "$PID" ] && worker_ticks || echo 0)
    out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 30s --latency -H "Cookie: SESSION=$session" "$BASE$page")
    after=$([ -n "$PID" ] && cpu_ticks || echo 0)
    wafter=$([ -n "$PID" ] && worker_ticks || echo 0)
    requests=$(echo "$out" | awk '/requests in/ {print $1}')
    rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
    non2xx=$(echo "$out" | awk '/Non-2xx/ {print $NF}')
    p50=$(ms "$(echo "$out" | awk '$1 == "50%" {print $2}')")
    p90=$(ms "$(echo "$out" | awk '$1 == "90%" {print $2}')")
    p99=$(ms "$(echo "$out" | awk '$1 == "99%" {print $2}')")
    cpu=$(awk -v d=$((after - before)) -v t="$TICKS" -v n="$requests" 'BEGIN { printf "%.2f", (n > 0) ? d * 1000 / t / n : 0 }')
    worker=$(awk -v d=$((wafter - wbefore)) -v t="$TICKS" -v n="$requests" 'BEGIN { printf "%.2f", (n > 0) ? d * 1000 / t / n : 0 }')
    rss=$([ -n "$PID" ] && rss_mib || echo -)
    printf '%-12s %-40s %8s %8s %8s %8s %10s %10s %8s %8s%s\n' "$role" "$page" "$rps" "$p50" "$p90" "$p99" "$cpu" "$worker" "$kb" "$rss" \
      "${non2xx:+  non-2xx: $non2xx}"
  done
done
