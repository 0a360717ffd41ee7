#!/usr/bin/env bash
# Road-map benchmark (docs/benchmarks.md): fills the municipal road map of «500+ 2026» with 500 rows
# through the portal's own HTTP actions, then times (curl time_total) rendering the whole page and
# saving one cell edit. Usage: tools/roadmap-bench.sh [base-url]   (default http://localhost:8080)
# Needs the demo data (embedded database) and a running portal. Re-running adds rows again.
set -eu
BASE=${1:-http://localhost:8080}
JAR=$(mktemp); trap 'rm -f "$JAR"' EXIT
csrf() { grep -o 'name="_csrf" content="[^"]*"' | sed 's/.*content="//; s/"$//'; }
TOKEN=$(curl -s -c "$JAR" -b "$JAR" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//; s/"$//')
curl -s -o /dev/null -c "$JAR" -b "$JAR" -d "username=coordinator&password=demo&_csrf=$TOKEN" "$BASE/login"
YEAR=$(curl -s -b "$JAR" "$BASE/programmes" | grep -o 'href="/programmes/[0-9]*"[^>]*>500+ 2026' | grep -o '[0-9]\+' | head -1)
TOKEN=$(curl -s -L -b "$JAR" "$BASE/programmes/$YEAR/roadmap" | csrf)
MAP=$(curl -s -o /dev/null -w '%{redirect_url}' -b "$JAR" -H "X-CSRF-TOKEN: $TOKEN" -X POST "$BASE/programmes/$YEAR/roadmap" | grep -o '[0-9]\+$')
PAGE=$(curl -s -b "$JAR" "$BASE/roadmaps/$MAP")
TOKEN=$(echo "$PAGE" | csrf)
SECTION=$(echo "$PAGE" | grep -o "/roadmaps/$MAP/sections/[0-9]*/items" | head -1 | grep -o 'sections/[0-9]*' | grep -o '[0-9]*')
ROWS=$(echo "$PAGE" | grep -c 'class="rm-row' || true)
echo "road map $MAP (programme year $YEAR), $ROWS rows before"
for ((i = ROWS; i < 500; i++)); do
  curl -s -o /dev/null -b "$JAR" -H "X-CSRF-TOKEN: $TOKEN" -H 'HX-Request: true' -X POST "$BASE/roadmaps/$MAP/sections/$SECTION/items?after=0"
done
ITEM=$(curl -s -b "$JAR" "$BASE/roadmaps/$MAP" | grep -o 'id="item-[0-9]*"' | head -1 | grep -o '[0-9]\+')
echo "rows now: $(curl -s -b "$JAR" "$BASE/roadmaps/$MAP" | grep -c 'class="rm-row')"
for i in 1 2 3; do curl -s -o /dev/null -b "$JAR" "$BASE/roadmaps/$MAP"; done   # warm-up
echo "GET /roadmaps/$MAP (whole page, 500 rows), seconds:"
for i in $(seq 10); do curl -s -o /dev/null -w '%{time_total}\n' -b "$JAR" "$BASE/roadmaps/$MAP"; done | sort -n | tr '\n' ' '; echo
echo "POST cell edit (answers with the row), seconds:"
for i in $(seq 10); do
  V=$(curl -s -b "$JAR" "$BASE/roadmaps/$MAP/items/$ITEM" | grep -o 'data-version="[0-9]*"' | grep -o '[0-9]\+')
  curl -s -o /dev/null -w '%{time_total}\n' -b "$JAR" -H "X-CSRF-TOKEN: $TOKEN" -H 'HX-Request: true' \
    --data-urlencode "field=action" --data-urlencode "value=Мероприятие $i $RANDOM" --data-urlencode "version=$V" \
    "$BASE/roadmaps/$MAP/items/$ITEM/cell"
done | sort -n | tr '\n' ' '; echo
