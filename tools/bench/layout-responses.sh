#!/bin/bash
# Saves the pages of every role (ru and ?lang=en), the login page, a 404 and a 403 into OUTDIR, to diff the shared
# layout's HTML before/after a change (docs/benchmarks.md «Step 11b»). Read-only: GET requests only.
# usage: PORT=8111 tools/bench/layout-responses.sh OUTDIR
# compare two runs ignoring whitespace, CSRF tokens and timestamps:
#   norm() { sed -E 's/(name="_csrf" (value|content)=")[^"]*"/\1X"/g; s/"timestamp":"[^"]*"//' "$1" | tr -s ' \n\t' ' ' | sed 's/> </>\n</g; s/ >/>/g; s/^ //'; }
#   for f in A/*.html; do diff <(norm $f) <(norm B/${f#A/}) | grep '^[<>]' && echo "^ $f"; done
O=$1; mkdir -p $O; B=http://localhost:${PORT:?PORT}
login() { C=/tmp/lr-c-$PORT-$1; rm -f $C; t=$(curl -s -c $C -b $C $B/login | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//; s/"$//'); curl -s -o /dev/null -c $C -b $C -d "username=$1&password=demo&_csrf=$t" $B/login; }
get() { curl -s -b /tmp/lr-c-$PORT-$1 -c /tmp/lr-c-$PORT-$1 -w '\nHTTP %{http_code}\n' "$B$2" > "$O/$1$(echo "$2" | tr '/?=&' '____').html"; }
curl -s -w '\nHTTP %{http_code}\n' $B/login > $O/anon_login.html
curl -s -w '\nHTTP %{http_code}\n' "$B/login?lang=en" > $O/anon_login_en.html
PAGES_coordinator="/ /schools /schools/2 /review /analysis /assignments /programmes /programmes/1 /programmes/1/documents /programmes/1/roadmaps /roadmaps/1 /indicators /warnings /networks /teachers /notifications /account/password /public-settings /schools/2/teachers /nosuchpage /admin/accounts"
PAGES_school="/schools/2 /documents /roadmaps/3 /programmes /teachers /notifications /schools/3 /assignments"
PAGES_curator="/ /schools /review /schools/2 /documents"
PAGES_observer="/ /schools /analysis /indicators/region /warnings"
PAGES_admin="/admin/accounts /admin/audit /admin/analysis/rules /admin/surveys /admin/network/kinds /admin/teachers /admin/warnings /analysis"
for u in coordinator school curator observer admin; do
  login $u
  v=PAGES_$u
  for p in ${!v}; do get $u "$p"; done
  for p in ${!v}; do case $p in *\?*) q="$p&lang=en";; *) q="$p?lang=en";; esac; get $u "$q"; done
  get $u "/?lang=ru"
done
ls $O | wc -l
