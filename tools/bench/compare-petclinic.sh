#!/usr/bin/env bash
# Opora beside spring-petclinic (issue 11, docs/benchmarks.md «Step 10a»): starts both packaged jars with -Xmx512m on
# this machine, logs in to Opora, warms both up, then drives each page with wrk, pages interleaved between the two
# apps (each Opora page right after the petclinic page it is compared with), for ROUNDS rounds. Per page: req/s,
# p50/p99, app CPU per request (utime+stime of the JVM from /proc/<pid>/stat, delta over the wrk run / requests;
# also Tomcat's http-nio threads alone), response size, and the ratio to the petclinic page measured just before
# it: simple pages against `/owners/1`, list pages against `/owners?lastName=`. Prints markdown tables.
#
# petclinic is NOT part of this repository: build it outside (docs/benchmarks.md «Step 10a» says how), e.g.
#   git clone https://github.com/spring-projects/spring-petclinic /tmp/petclinic && cd /tmp/petclinic
#   git checkout a9775b0^   # the last commit on Spring Boot 3.5 (a9775b0 moved it to Boot 4.0.0-M3)
#   ./mvnw -DskipTests package
# Its static files (petclinic.css, images) must be in the jar: a link to a missing file is looked up in the jar on
# every render and never cached (docs/benchmarks.md «Step 10a»).
#
# Usage (from the repository root, after ./mvnw -DskipTests package):
#   PETCLINIC_JAR=/tmp/petclinic/target/spring-petclinic-3.5.0-SNAPSHOT.jar DD=/tmp/<name>-demo \
#     tools/bench/compare-petclinic.sh [opora jar]
# Environment:
#   PETCLINIC_JAR        required: petclinic's executable jar
#   DD                   Opora's embedded PostgreSQL data dir (default /tmp/opora-bench-pg; demo data is made on
#                        first start). The issue's figures are on the demo data.
#   OPORA_PORT=8081 PETCLINIC_PORT=8091
#   POSTGRES_URL         petclinic's database (its `postgres` profile; POSTGRES_USER/POSTGRES_PASS, default
#                        petclinic/petclinic). If unset, the script runs its own PostgreSQL cluster for it:
#   PET_PG=/tmp/petclinic-pg PG_PORT=5497 PG_BIN=<dir with initdb/pg_ctl> (default: the newest
#                        /usr/lib/postgresql/*/bin, else the zonky binaries under /tmp/embedded-pg/*/bin). initdb
#                        refuses root, so as root the cluster runs as the `postgres` user (or `nobody`).
#   CONNECTIONS=16 DURATION=10s WARMUP=10s ROUNDS=2 THREADS=2
#   WARMUP_PETCLINIC=60s  warm-up of each of petclinic's two pages: Opora's shared path (security, session, layout)
#                        is warmed by all its pages' warm-ups, petclinic's by two, so it gets longer ones (with 10 s,
#                        its first round still ran JIT-cold code on a loaded machine)
#   SIMPLE="/schools/2 / /roadmaps/1 /review"   Opora pages compared with petclinic's owner page
#   LISTS="/schools /analysis /programmes/1/documents /programmes/1/roadmaps /assignments /admin/audit@admin"
#                        Opora pages compared with petclinic's owners list; `page@user` logs in as another demo user
#   USER_DEFAULT=coordinator PASSWORD=demo
#   KEEP=1               leave both apps (and the cluster) running at the end, pids in /tmp/bench-<port>.pid, so
#                        that tools/bench/page-profile.sh can profile either of them (PORT=<port>)
set -euo pipefail
cd "$(dirname "$0")/../.."
JAR=${1:-$(ls target/opora-*.jar | grep -v original | head -1)}
PETCLINIC_JAR=${PETCLINIC_JAR:?set PETCLINIC_JAR to spring-petclinic\'s jar (see the header of this script)}
DD=${DD:-/tmp/opora-bench-pg}
OPORA_PORT=${OPORA_PORT:-8081}
PETCLINIC_PORT=${PETCLINIC_PORT:-8091}
CONNECTIONS=${CONNECTIONS:-16}
DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-10s}
WARMUP_PETCLINIC=${WARMUP_PETCLINIC:-60s}
ROUNDS=${ROUNDS:-2}
THREADS=${THREADS:-2}
USER_DEFAULT=${USER_DEFAULT:-coordinator}
SIMPLE=${SIMPLE:-/schools/2 / /roadmaps/1 /review}
LISTS=${LISTS:-/schools /analysis /programmes/1/documents /programmes/1/roadmaps /assignments /admin/audit@admin}
PET_SIMPLE=/owners/1
PET_LIST='/owners?lastName='
PET_PG=${PET_PG:-/tmp/petclinic-pg}
PG_PORT=${PG_PORT:-5497}
TICKS=$(getconf CLK_TCK)
OPORA=http://localhost:$OPORA_PORT
PET=http://localhost:$PETCLINIC_PORT

OPID= PPID_= PG_STARTED= PG_USER=
pg_ctl_() { if [ -n "$PG_USER" ]; then runuser -u "$PG_USER" -- "$PG_BIN/pg_ctl" "$@"; else "$PG_BIN/pg_ctl" "$@"; fi; }
cleanup() {
  if [ -n "${KEEP:-}" ]; then echo "KEEP: Opora pid $OPID, petclinic pid $PPID_ left running" >&2; return; fi
  for p in $OPID $PPID_; do kill "$p" 2>/dev/null || true; done
  for p in $OPID $PPID_; do wait "$p" 2>/dev/null || true; done
  if [ -n "$PG_STARTED" ]; then pg_ctl_ -D "$PET_PG" -m fast stop >/dev/null || true; fi
  rm -f /tmp/bench-"$OPORA_PORT".pid /tmp/bench-"$PETCLINIC_PORT".pid
}
trap cleanup EXIT

# --- petclinic's database: its own small cluster unless POSTGRES_URL is given ---------------------------------
if [ -z "${POSTGRES_URL:-}" ]; then
  PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
  PG_BIN=${PG_BIN:-$(ls -d /tmp/embedded-pg/*/bin 2>/dev/null | head -1)}
  [ -x "$PG_BIN/initdb" ] || { echo "no PostgreSQL binaries (set PG_BIN or POSTGRES_URL)" >&2; exit 1; }
  if [ "$(id -u)" = 0 ]; then PG_USER=$(id -u postgres >/dev/null 2>&1 && echo postgres || echo nobody); fi
  if [ ! -f "$PET_PG/PG_VERSION" ]; then
    mkdir -p "$PET_PG"; [ -n "$PG_USER" ] && chown "$PG_USER" "$PET_PG"
    if [ -n "$PG_USER" ]; then runuser -u "$PG_USER" -- "$PG_BIN/initdb" -D "$PET_PG" -U postgres --auth=trust -E UTF8 >/dev/null
    else "$PG_BIN/initdb" -D "$PET_PG" -U postgres --auth=trust -E UTF8 >/dev/null; fi
  fi
  pg_ctl_ -D "$PET_PG" -o "-p $PG_PORT -k /tmp -c listen_addresses=localhost" -l "$PET_PG/server.log" -w start >/dev/null
  PG_STARTED=1
  psql -q -h localhost -p "$PG_PORT" -U postgres -tc "select 1 from pg_roles where rolname='petclinic'" | grep -q 1 ||
    psql -q -h localhost -p "$PG_PORT" -U postgres -c "create user petclinic password 'petclinic'" -c "create database petclinic owner petclinic"
  export POSTGRES_URL=jdbc:postgresql://localhost:$PG_PORT/petclinic
fi

# --- both apps, -Xmx512m ------------------------------------------------------------------------------------------
for port in $OPORA_PORT $PETCLINIC_PORT; do
  if curl -s -o /dev/null "http://localhost:$port/"; then echo "port $port is already in use" >&2; exit 1; fi
done
SERVER_PORT=$OPORA_PORT OPORA_EMBEDDED_DB_DATA_DIR=$DD OPORA_SCHEDULING_ENABLED=false \
  java -Xmx512m ${JAVA_OPTS:-} -jar "$JAR" >/tmp/bench-"$OPORA_PORT".log 2>&1 &
OPID=$!; echo $OPID >/tmp/bench-"$OPORA_PORT".pid
SERVER_PORT=$PETCLINIC_PORT SPRING_PROFILES_ACTIVE=postgres \
  java -Xmx512m ${JAVA_OPTS:-} -jar "$PETCLINIC_JAR" >/tmp/bench-"$PETCLINIC_PORT".log 2>&1 &
PPID_=$!; echo $PPID_ >/tmp/bench-"$PETCLINIC_PORT".pid
wait_up() { # url pid log
  until curl -s -o /dev/null -f "$1"; do kill -0 "$2" 2>/dev/null || { echo "did not start, see $3" >&2; exit 1; }; sleep 0.5; done
}
wait_up "$OPORA/login" $OPID /tmp/bench-"$OPORA_PORT".log
wait_up "$PET$PET_SIMPLE" $PPID_ /tmp/bench-"$PETCLINIC_PORT".log
echo "Opora $JAR (pid $OPID, port $OPORA_PORT, data $DD); petclinic $PETCLINIC_JAR (pid $PPID_, port $PETCLINIC_PORT, $POSTGRES_URL)"

# --- Opora's sessions: form login with the CSRF token, as tools/load-bench.sh -----------------------------------
declare -A SESSION
login() { # user -> SESSION cookie value
  local c token; c=$(mktemp)
  token=$(curl -s -c "$c" -b "$c" "$OPORA/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//; s/"$//')
  curl -s -o /dev/null -c "$c" -b "$c" -d "username=$1&password=${PASSWORD:-demo}&_csrf=$token" "$OPORA/login"
  awk '$6 == "SESSION" {print $7}' "$c"; rm -f "$c"
}
for spec in $SIMPLE $LISTS; do
  u=$USER_DEFAULT; [[ $spec == *@* ]] && u=${spec#*@}
  [ -n "${SESSION[$u]:-}" ] || SESSION[$u]=$(login "$u")
  [ -n "${SESSION[$u]}" ] || { echo "login as $u failed" >&2; exit 1; }
done

# --- one measurement: app page spec -> fills R_* -----------------------------------------------------------------
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
worker_ticks() { for t in /proc/"$1"/task/*; do if grep -q '^http-nio-' "$t/comm" 2>/dev/null; then awk '{print $14 + $15}' "$t/stat"; fi; done | awk '{s += $1} END {print s + 0}'; }
ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /[0-9]s$/ && v !~ /ms$/) n *= 1000; printf "%.1f", n }'; }
target() { # app spec -> sets URL PID_ HDR
  local path=${2%@*} u=$USER_DEFAULT; [[ $2 == *@* ]] && u=${2#*@}
  if [ "$1" = pet ]; then URL=$PET$path; PID_=$PPID_; HDR="X-Bench: petclinic"
  else URL=$OPORA$path; PID_=$OPID; HDR="Cookie: SESSION=${SESSION[$u]}"; fi
}
measure() { # app spec
  target "$1" "$2"
  local st; st=$(curl -s -o /tmp/compare-page.html -w '%{http_code}' -H "$HDR" "$URL")
  [ "$st" = 200 ] || { echo "$1 $2: HTTP $st" >&2; }
  R_KB=$(awk -v b="$(stat -c %s /tmp/compare-page.html)" 'BEGIN { printf "%.1f", b / 1024 }')
  local b w a wa out
  b=$(ticks "$PID_"); w=$(worker_ticks "$PID_")
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 30s --latency -H "$HDR" "$URL")
  a=$(ticks "$PID_"); wa=$(worker_ticks "$PID_")
  R_N=$(echo "$out" | awk '/requests in/ {print $1}')
  R_RPS=$(echo "$out" | awk '/Requests\/sec/ {printf "%.0f", $2}')
  R_P50=$(ms "$(echo "$out" | awk '$1 == "50%" {print $2}')")
  R_P99=$(ms "$(echo "$out" | awk '$1 == "99%" {print $2}')")
  R_CPU=$(awk -v d=$((a - b)) -v t="$TICKS" -v n="$R_N" 'BEGIN { printf "%.2f", (n > 0) ? d * 1000 / t / n : 0 }')
  R_WRK=$(awk -v d=$((wa - w)) -v t="$TICKS" -v n="$R_N" 'BEGIN { printf "%.2f", (n > 0) ? d * 1000 / t / n : 0 }')
  R_NON2XX=$(echo "$out" | awk '/Non-2xx/ {print $NF}')
}

# --- warm-up: every page of both apps once for WARMUP ------------------------------------------------------------
for spec in "pet $PET_SIMPLE" "pet $PET_LIST"; do target $spec; wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP_PETCLINIC" -H "$HDR" "$URL" >/dev/null; done
for spec in $SIMPLE $LISTS; do target opora "$spec"; wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -H "$HDR" "$URL" >/dev/null; done

row() { # label kind -> one table row from R_*, ratio to the reference REF_*
  local ratio='' cpur=''
  if [ -n "${2:-}" ]; then
    ratio=$(awk -v a="$R_RPS" -v b="$REF_RPS" 'BEGIN { printf "%.2f×", (b > 0) ? a / b : 0 }')
    cpur=$(awk -v a="$R_CPU" -v b="$REF_CPU" 'BEGIN { printf "%.1f×", (b > 0) ? a / b : 0 }')
  fi
  printf '| %s | %s | %s / %s | %s | %s | %s | %s | %s |\n' "$1" "$R_RPS" "$R_P50" "$R_P99" "$R_CPU" "$R_WRK" "$R_KB" \
    "${ratio:+$ratio of $REF_RPS}" "${cpur}${R_NON2XX:+ (non-2xx: $R_NON2XX)}"
}
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores; $CONNECTIONS connections, $DURATION per page"
for round in $(seq "$ROUNDS"); do
  echo
  echo "Round $round (load average $(cut -d' ' -f1-3 /proc/loadavg))"
  echo
  echo '| page | req/s | p50 / p99 ms | app CPU ms/req | Tomcat threads ms/req | KB | req/s vs petclinic (its req/s) | CPU vs petclinic |'
  echo '|---|---|---|---|---|---|---|---|'
  for kind in simple list; do
    if [ $kind = simple ]; then ref=$PET_SIMPLE; pages=$SIMPLE; else ref=$PET_LIST; pages=$LISTS; fi
    for spec in $pages; do
      measure pet "$ref"; REF_RPS=$R_RPS; REF_CPU=$R_CPU; row "petclinic \`$ref\`"
      measure opora "$spec"; row "Opora \`$spec\`" $kind
    done
  done
done
echo
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
