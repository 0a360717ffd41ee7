#!/bin/bash
# Start time of the embedded default (docs/benchmarks.md, «Start time and memory of the embedded default»).
# usage: tools/start-time.sh DATA_DIR [label]      run from the repository after ./mvnw -DskipTests package
#   DATA_DIR empty or missing = cold start (initdb, all migrations, demo data); an existing one = warm start.
# Starts `java -Xmx512m -jar` on PORT (default 8091), waits for the first 200 on /login, prints the seconds from the
# launch to that answer (and from the log's `Tomcat started` to it: the first request's own time, docs/benchmarks.md
# «Step 11c»), the CPU seconds each kind of JVM thread had used by then (main = `java`, the background
# JPA bootstrap = `task-`, the JIT compilers, GC) and the JVM's maximum RSS; then waits for `Started OporaApplication`
# (the repositories initialised, readiness UP) and prints the seconds and the main thread's and the JVM's CPU seconds
# up to then too (less noisy than the first 200, which comes while the main thread still initialises the
# repositories), then stops the portal.
DD=${1:?data dir}; LABEL=${2:-run}; PORT=${PORT:-8091}; JAR=${JAR:-$(ls target/opora-*.jar | head -1)}
OUT=$(mktemp -d); s=$(date +%s.%N)
SERVER_PORT=$PORT OPORA_EMBEDDED_DB_DATA_DIR=$DD /usr/bin/time -v -o $OUT/time java -Xmx512m ${JAVA_OPTS:-} -jar $JAR > $OUT/log 2>&1 &
TP=$!
until curl -s -o /dev/null -f http://localhost:$PORT/login; do
	kill -0 $TP 2>/dev/null || { echo "FAILED, see $OUT/log"; exit 1; }; sleep 0.1
done
e=$(date +%s.%N); JP=$(pgrep -P $TP java)
cpu=$(for t in /proc/$JP/task/*; do echo "$(sed 's/ /_/g; s/[0-9]*$//' $t/comm) $(awk '{print $14+$15}' $t/stat)"; done \
	| awk '{a[$1]+=$2; s+=$2} END {for (k in a) if (a[k]>20) printf "%s=%.1f ", k, a[k]/100; printf "total=%.1f", s/100}')
until grep -q 'Started OporaApplication' $OUT/log; do
	kill -0 $JP 2>/dev/null || { echo "FAILED after the first 200, see $OUT/log"; exit 1; }; sleep 0.1
done
e2=$(date +%s.%N)
cpu2=$(for t in /proc/$JP/task/*; do echo "$(sed 's/ /_/g; s/[0-9]*$//' $t/comm) $(awk '{print $14+$15}' $t/stat)"; done \
	| awk '{a[$1]+=$2; s+=$2} END {printf "main=%.1f total=%.1f", a["java"]/100, s/100}')
kill $JP; wait $TP
tomcat=$(date -d "$(grep -m1 -o '^[0-9T:.-]*' <(grep -m1 'Tomcat started' $OUT/log))Z" +%s.%N)
echo "$LABEL: first 200 after $(echo "$e - $s" | bc) s ($(echo "$e - $tomcat" | bc) s after Tomcat started); CPU s: $cpu; max RSS $(awk '/Maximum resident/ {print int($NF/1024)}' $OUT/time) MiB; load $(cut -d' ' -f1 /proc/loadavg); at Started $(echo "$e2 - $s" | bc) s, CPU s $cpu2; $(grep -o 'Started OporaApplication in [0-9.]* seconds' $OUT/log)"
