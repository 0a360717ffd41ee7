#!/bin/bash
# Saves the road-map table's HTMX answers (docs/benchmarks.md step 12a) into OUTDIR, to diff before/after a change:
# a section's plan saved, in conflict (409), a refused review (422, the typed explanation kept), a review saved, the
# templates list, a section saved as a template and a template applied (notices), a row deleted and brought back
# (focus), a row moved, the table as every role and other schools' maps (403). Run it right after
# roadmap-responses.sh on the same data (it EDITS road maps 1 and 3; same usage and comparison as that script):
# usage: PORT=8205 DD=/tmp/<name>-demo tools/bench/roadmap-table-responses.sh OUTDIR
O=$1; mkdir -p $O; B=http://localhost:${PORT:?PORT}
P=$(sed -n 4p ${DD:?DD}/postmaster.pid)
q() { psql -h localhost -p $P -U postgres -d postgres -Atc "$1"; }
login() { C=/tmp/rt-c-$1; rm -f $C; t=$(curl -s -c $C -b $C $B/login | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//; s/"$//'); curl -s -o /dev/null -c $C -b $C -d "username=$1&password=demo&_csrf=$t" $B/login; }
get() { curl -s -b /tmp/rt-c-$1 -c /tmp/rt-c-$1 -w '\nHTTP %{http_code}\n' -H 'HX-Request: true' "$B$2" > $O/$3.html; }
tok() { curl -s -b /tmp/rt-c-$1 $B/roadmaps/$2 | grep -o 'name="_csrf" content="[^"]*"' | sed 's/.*content="//; s/"$//'; }
post() { u=$1; shift; curl -s -b /tmp/rt-c-$u -c /tmp/rt-c-$u -w '\nHTTP %{http_code}\n' -H 'HX-Request: true' -H "X-CSRF-TOKEN: $T" "$@"; }
for u in coordinator school curator observer; do login $u; done
S3=$(q "select id from road_map_section where road_map_id=3 order by position, id limit 1")
V=$(q "select version from road_map_section where id=$S3")
T=$(tok coordinator 3)
post coordinator --data-urlencode "version=$V" --data-urlencode "goal=Цель <b>&'\"" --data-urlencode "tasks=Задача 1
Задача <2>" $B/roadmaps/3/sections/$S3/plan > $O/t-plan.html
post coordinator --data-urlencode "version=$V" --data-urlencode "goal=x" $B/roadmaps/3/sections/$S3/plan > $O/t-plan-conflict.html
V=$(q "select version from road_map_section where id=$S3")
post coordinator --data-urlencode "version=$V" --data-urlencode "rag=RED" --data-urlencode "explanation=Пояснение <i>&\"" $B/roadmaps/3/sections/$S3/review > $O/t-review-invalid.html
post coordinator --data-urlencode "version=$V" --data-urlencode "rag=AMBER" --data-urlencode "explanation=Идёт & <b>" --data-urlencode "nextReview=2026-12-20" $B/roadmaps/3/sections/$S3/review > $O/t-review.html
get coordinator /roadmaps/3/sections/$S3/templates t-templates
post coordinator -X POST $B/roadmaps/3/sections/$S3/template > $O/t-save-template.html
TPL=$(q "select max(id) from road_map_template")
post coordinator -X POST "$B/roadmaps/3/sections/$S3/apply?template=$TPL" > $O/t-apply.html
I1=$(q "select id from road_map_item where road_map_id=1 and deleted_at is null order by section_id, position limit 1 offset 2")
T=$(tok coordinator 1)
post coordinator -X POST "$B/roadmaps/1/items/$I1/move?dir=down" > $O/t-move.html
post coordinator -X POST $B/roadmaps/1/items/$I1/delete > $O/t-delete.html
post coordinator -X POST $B/roadmaps/1/undo > $O/t-undo.html
I3=$(q "select id from road_map_item where road_map_id=3 and deleted_at is null order by section_id, position limit 1 offset 1")
T=$(tok school 3)
post school -X POST $B/roadmaps/3/items/$I3/delete > $O/t-school-delete.html
post school -X POST $B/roadmaps/3/undo > $O/t-school-undo.html
for u in coordinator school curator observer; do for m in 1 2 3 4; do get $u /roadmaps/$m/table t-$u-table$m; done; done
for u in coordinator school curator observer; do for m in 1 3 4; do curl -s -b /tmp/rt-c-$u -w '\nHTTP %{http_code}\n' "$B/roadmaps/$m" > $O/t-$u-page$m.html; done; done
grep -h '^HTTP' $O/t-*.html | sort | uniq -c
