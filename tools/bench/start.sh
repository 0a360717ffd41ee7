#!/bin/bash
# Run from the repository root after ./mvnw -DskipTests package; DD is an embedded PostgreSQL data dir (a copy of
# the demo data, or a region made with tools/region-generator.sql, docs/benchmarks.md «A region of 2,000 schools»).
# usage: PORT=8082 DD=/tmp/<name>-region JAR=target/opora-0.1.0-SNAPSHOT.jar start.sh
# starts the packaged jar with -Xmx512m, no scheduler; pid in /tmp/bench-$PORT.pid, log /tmp/bench-$PORT.log
PORT=${PORT:?PORT}; PIDF=/tmp/bench-$PORT.pid
kill $(cat $PIDF 2>/dev/null) 2>/dev/null; sleep 2
SERVER_PORT=$PORT OPORA_EMBEDDED_DB_DATA_DIR=${DD:?DD} OPORA_SCHEDULING_ENABLED=false java -Xmx512m ${JAVA_OPTS:-} -jar ${JAR:-target/opora-0.1.0-SNAPSHOT.jar} > /tmp/bench-$PORT.log 2>&1 & echo $! > $PIDF
s=$(date +%s); until curl -s -o /dev/null -f http://localhost:$PORT/login; do kill -0 $(cat $PIDF) 2>/dev/null || { echo FAILED, see /tmp/bench-$PORT.log; exit 1; }; sleep 0.5; done; echo "up in $(( $(date +%s)-s )) s, pid $(cat $PIDF)"
