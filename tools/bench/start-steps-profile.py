# Shares of the main thread's JFR execution samples per innermost start-up step (docs/benchmarks.md, «Step 9c»).
# usage: jfr print --json --stack-depth 1024 --events jdk.ExecutionSample start.jfr > start.json
#        python3 tools/bench/start-steps-profile.py start.json /tmp/steps.txt
import json,sys,collections,datetime
steps=[l.rstrip('\n').split('\t') for l in open(sys.argv[2])]
iv=[]
for r in steps:
    st=int(r[3]); iv.append((st,st+int(r[2]),r[4]+' '+r[5][:100],int(r[0])))
d=json.load(open(sys.argv[1]))
c=collections.Counter(); n=0
for e in d['recording']['events']:
    v=e['values']; t=v['sampledThread']
    if (t.get('javaName') or t.get('osName'))!='main': continue
    ts=datetime.datetime.fromisoformat(v['startTime'].replace('Z','+00:00')).timestamp()*1000
    n+=1
    best=None
    for a,b,name,i in iv:
        if a<=ts<=b and (best is None or a>=best[0]): best=(a,name)
    c[best[1] if best else 'none']+=1
print('main samples',n)
for k,v in c.most_common(45): print('%5.1f%% %s'%(100*v/n,k))
