# Inclusive share of each frame in the samples of Tomcat's request threads (http-nio-*) of a `jfr print` output
# (SAMPLES=file), an optional regex to show only matching frames; then the frames with the most self time.
import re,collections,sys
txt=open(__import__('os').environ.get('SAMPLES','/tmp/samples.txt')).read()
evs=txt.split('jdk.ExecutionSample {')[1:]
incl=collections.Counter(); selfc=collections.Counter(); n=0
for e in evs:
    if 'http-nio' not in e: continue
    frames=re.findall(r'^\s+([\w.$<>/]+)\(',e,re.M)
    if not frames: continue
    n+=1
    selfc[frames[0]]+=1
    for f in set(frames): incl[f]+=1
print("worker samples",n)
pat=sys.argv[1] if len(sys.argv)>1 else None
for f,c in incl.most_common(400):
    if pat and not re.search(pat,f): continue
    if c*100/n<1.5: break
    print(f"{c*100/n:5.1f}% {f}")
print("SELF")
for f,c in selfc.most_common(15): print(f"{c*100/n:5.1f}% {f}")
