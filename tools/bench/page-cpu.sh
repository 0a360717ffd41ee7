#!/bin/bash
# usage: PORT=8082 page-cpu.sh /page 10s [user]  -- CPU per request of Tomcat's worker threads and of the whole JVM, req/s, latency
PORT=${PORT:?PORT}; BASE=http://localhost:$PORT; PID=$(cat /tmp/bench-$PORT.pid)
C=$(mktemp)
t=$(curl -s -c $C -b $C $BASE/login | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//; s/"$//')
curl -s -o /dev/null -c $C -b $C -d "username=${3:-coordinator}&password=demo&_csrf=$t" $BASE/login
S=$(awk '$6 == "SESSION" {print $7}' $C); rm -f $C
size=$(curl -s -H "Cookie: SESSION=$S" $BASE$1 | wc -c)
w() { for t in /proc/$PID/task/*; do grep -q 'http-nio' $t/comm && awk '{print $14+$15}' $t/stat; done | awk '{s+=$1} END {print s}'; }
p() { awk '{print $14+$15}' /proc/$PID/stat; }
W0=$(w); P0=$(p)
out=$(wrk -t2 -c${CONN:-4} -d$2 --latency -H "Cookie: SESSION=$S" $BASE$1)
W1=$(w); P1=$(p)
n=$(echo "$out" | grep 'requests in' | awk '{print $1}')
echo "$1 as ${3:-coordinator}: n=$n worker=$(echo "scale=2; ($W1-$W0)*10/$n" | bc) ms/req process=$(echo "scale=2; ($P1-$P0)*10/$n" | bc) ms/req $(echo "$out" | grep Requests/sec) p50=$(echo "$out" | awk '$1=="50%"{print $2}') p99=$(echo "$out" | awk '$1=="99%"{print $2}') size=$((size/1024))KB non2xx=$(echo "$out" | grep -c Non-2xx)"
