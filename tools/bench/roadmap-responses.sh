#!/bin/bash
# Saves the road-map responses of docs/benchmarks.md step 10e (pages of road maps 1-4 as coordinator, school, curator,
# observer, ru and en; HTMX row, cell edit, conflict, 422, added row) into OUTDIR, to diff before/after a change.
# It EDITS data (road maps 1 and 3): run it on a copy of the demo data dir, restored from one snapshot for each run.
# usage: PORT=8205 DD=/tmp/<name>-demo tools/bench/roadmap-responses.sh OUTDIR
# compare two runs ignoring whitespace, CSRF tokens and the 403 pages' timestamps:
#   norm() { sed -E 's/(name="_csrf" (value|content)=")[^"]*"/\1X"/g; s/"timestamp":"[^"]*"//' "$1" | tr -s ' \n\t' ' ' | sed 's/> </>\n</g; s/ >/>/g; s/^ //'; }
#   for f in A/*.html; do diff <(norm $f) <(norm B/${f#A/}) | grep '^[<>]' && echo "^ $f"; done
O=$1; mkdir -p $O; B=http://localhost:${PORT:?PORT}
P=$(sed -n 4p ${DD:?DD}/postmaster.pid)
q() { psql -h localhost -p $P -U postgres -d postgres -Atc "$1"; }
login() { C=/tmp/rr-c-$1; rm -f $C; t=$(curl -s -c $C -b $C $B/login | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//; s/"$//'); curl -s -o /dev/null -c $C -b $C -d "username=$1&password=demo&_csrf=$t" $B/login; }
get() { curl -s -b /tmp/rr-c-$1 -c /tmp/rr-c-$1 -w '\nHTTP %{http_code}\n' -H 'HX-Request: true' "$B$2" > $O/$3.html; }
getp() { curl -s -b /tmp/rr-c-$1 -c /tmp/rr-c-$1 -w '\nHTTP %{http_code}\n' "$B$2" > $O/$3.html; }
tok() { curl -s -b /tmp/rr-c-$1 $B/roadmaps/$2 | grep -o 'name="_csrf" content="[^"]*"' | sed 's/.*content="//; s/"$//'; }
post() { u=$1; shift; curl -s -b /tmp/rr-c-$u -c /tmp/rr-c-$u -w '\nHTTP %{http_code}\n' -H 'HX-Request: true' -H "X-CSRF-TOKEN: $T" "$@"; }
for u in coordinator school curator observer; do
  login $u
  for m in 1 2 3 4; do getp $u /roadmaps/$m $u-rm$m-ru; done
  for m in 1 2 3 4; do getp $u "/roadmaps/$m?lang=en" $u-rm$m-en; done
  getp $u "/roadmaps/1?lang=ru" $u-back-ru
done
I1=$(q "select id from road_map_item where road_map_id=1 and deleted_at is null order by section_id, position limit 1")
V1=$(q "select version from road_map_item where id=$I1")
S1=$(q "select section_id from road_map_item where id=$I1")
I3=$(q "select id from road_map_item where road_map_id=3 and deleted_at is null order by section_id, position limit 1")
V3=$(q "select version from road_map_item where id=$I3")
echo "I1=$I1 V1=$V1 S1=$S1 I3=$I3 V3=$V3" > $O/ids.txt
get coordinator /roadmaps/1/items/$I1 hx-row1
get observer /roadmaps/1/items/$I1 hx-row1-observer
get coordinator "/roadmaps/1/items/$I1/edit?field=action" hx-edit1
T=$(tok coordinator 1)
post coordinator -X POST --data-urlencode "field=action" --data-urlencode "value=Правка <script>alert('x')</script> & \"кавычки\"" --data-urlencode "version=$V1" $B/roadmaps/1/items/$I1/cell > $O/hx-cell1.html
post coordinator -X POST --data-urlencode "field=due" --data-urlencode "value=декабрь 2026" --data-urlencode "version=$V1" $B/roadmaps/1/items/$I1/cell > $O/hx-conflict1.html
post coordinator -X POST $B/roadmaps/1/sections/$S1/items > $O/hx-add1.html
getp coordinator /roadmaps/1 coordinator-rm1-after-add
login school; T=$(tok school 3)
get school /roadmaps/3/items/$I3 hx-row3
post school -X POST --data-urlencode "field=status" --data-urlencode "value=POSTPONED" --data-urlencode "reason=Причина <b>&'\"" --data-urlencode "version=$V3" $B/roadmaps/3/items/$I3/cell > $O/hx-cell3.html
post school -X POST --data-urlencode "field=task" --data-urlencode "value=x" --data-urlencode "version=$V3" $B/roadmaps/3/items/$I3/cell > $O/hx-conflict3.html
post school -X POST --data-urlencode "field=due" --data-urlencode "value=31.13.2026" --data-urlencode "version=$((V3+1))" $B/roadmaps/3/items/$I3/cell > $O/hx-invalid3.html
getp school "/roadmaps/3?lang=en" school-rm3-after-en
getp school "/roadmaps/3?lang=ru" school-rm3-after-ru
grep -c . $O/*.html | head -60; grep -h '^HTTP' $O/*.html | sort | uniq -c
