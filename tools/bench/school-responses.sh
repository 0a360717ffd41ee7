#!/bin/bash
# Saves the school pages of every demo role, for schools of the own and other municipalities and an unknown id, into
# OUTDIR, to diff before/after a change (docs/benchmarks.md «Step 13a», «Step 14»). Read-only: GET requests only,
# redirects not followed (their Location is saved). Compare two runs with layout-responses.sh's norm().
# usage: PORT=8111 tools/bench/school-responses.sh OUTDIR
O=$1; mkdir -p $O; B=http://localhost:${PORT:?PORT}
login() { C=/tmp/sr-c-$PORT-$1; rm -f $C; t=$(curl -s -c $C -b $C $B/login | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//; s/"$//'); curl -s -o /dev/null -c $C -b $C -d "username=$1&password=demo&_csrf=$t" $B/login; }
get() { curl -s -b /tmp/sr-c-$PORT-$1 -c /tmp/sr-c-$PORT-$1 -w '\nHTTP %{http_code} %{redirect_url}\n' "$B$2" > "$O/$1$(echo "$2" | tr '/?=&' '____').html"; }
for u in coordinator school curator curator2 observer admin gatchina mentor; do
  login $u
  for s in 1 2 3 5 8 13 16 999999; do
    for p in documents "documents?year=1" "documents?year=2" "documents?year=abc" "documents?year=999" programmes roadmap \
      curators teachers analysis edit; do
      get $u "/schools/$s/$p"; get $u "/schools/$s/$p$(case $p in *\?*) echo '&';; *) echo '?';; esac)lang=en"
    done
  done
  for p in /programmes /programmes/1 /programmes/2 /networks /documents /review /; do get $u "$p"; get $u "$p?lang=en"; done
done
ls $O | wc -l
