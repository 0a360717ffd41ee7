#!/bin/bash
# usage: PORT=8082 page-profile.sh /page 30s [user] [regex]  -- JFR profile under wrk (4 connections); prints inclusive % per frame of Tomcat's worker threads
PORT=${PORT:?PORT}; BASE=http://localhost:$PORT; PID=$(cat /tmp/bench-$PORT.pid)
C=$(mktemp)
t=$(curl -s -c $C -b $C $BASE/login | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//; s/"$//')
curl -s -o /dev/null -c $C -b $C -d "username=${3:-coordinator}&password=demo&_csrf=$t" $BASE/login
S=$(awk '$6 == "SESSION" {print $7}' $C); rm -f $C
F=/tmp/jfr-$PORT.jfr; rm -f $F
jcmd $PID JFR.start name=p settings=profile filename=$F > /dev/null
wrk -t2 -c4 -d$2 -H "Cookie: SESSION=$S" $BASE$1 | grep -E 'requests in'
jcmd $PID JFR.stop name=p > /dev/null
jfr print --stack-depth 200 --events jdk.ExecutionSample $F > /tmp/samples-$PORT.txt
SAMPLES=/tmp/samples-$PORT.txt python3 "$(dirname "$0")/profile-shares.py" ${4:-}
