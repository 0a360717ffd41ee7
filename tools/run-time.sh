#!/bin/bash
# Time from `./mvnw spring-boot:run` (the README's run command) to the first 200 on /login, with the build as it is
# (compiled classes up to date: what a developer sees on the second and later runs; docs/benchmarks.md «Step 12c»).
# usage: tools/run-time.sh DATA_DIR [label]     run from the repository root; PORT (default 8092)
#   DATA_DIR empty or missing = cold start (initdb, all migrations, demo data); an existing one = warm start.
DD=${1:?data dir}; LABEL=${2:-run}; PORT=${PORT:-8092}
OUT=$(mktemp); s=$(date +%s.%N)
SERVER_PORT=$PORT OPORA_EMBEDDED_DB_DATA_DIR=$DD setsid ./mvnw -q -ntp spring-boot:run > $OUT 2>&1 &
MP=$!
until curl -s -o /dev/null -f http://localhost:$PORT/login; do
	kill -0 $MP 2>/dev/null || { echo "FAILED, see $OUT"; exit 1; }; sleep 0.1
done
e=$(date +%s.%N)
kill -- -$MP 2>/dev/null; wait $MP 2>/dev/null
echo "$LABEL: first 200 after $(echo "$e - $s" | bc) s; load $(cut -d' ' -f1 /proc/loadavg)"
