# Share of the request threads' samples (SAMPLES=file of `jfr print`, as page-profile.sh writes to /tmp/samples-PORT.txt)
# by part of the request path: each sample counts once, in the first bucket one of its frames matches (in this order).
import re,collections,sys,os
txt=open(os.environ.get('SAMPLES')).read()
evs=txt.split('jdk.ExecutionSample {')[1:]
B=[('session: read (findById, getSession)', r'SessionRepositoryRequestWrapper\.getRequestedSession|JdbcIndexedSessionRepository\.findById'),
   ('session: commit (save, UPDATE)', r'SessionRepositoryRequestWrapper\.commitSession'),
   ('session deserialise', r'DeserializingConverter|ObjectInputStream'),
   ('csrf', r'Csrf\w*\.(loadToken|loadDeferredToken|handle|resolveCsrfTokenValue)|CsrfTokenRequestAttributeHandler|XorCsrf'),
   ('thymeleaf: fragment insertion/selection', r'AbstractStandardFragmentInsertionTagProcessor\.computeFragment'),
   ('thymeleaf: #{messages}', r'MessageExpression\.executeMessageExpression'),
   ('thymeleaf: @{links}', r'LinkExpression\.executeLinkExpression'),
   ('thymeleaf: ${} SpEL', r'SPELVariableExpressionEvaluator\.evaluate'),
   ('thymeleaf: other (engine, writes)', r'ThymeleafView\.render'),
   ('handler mapping', r'DispatcherServlet\.getHandler'),
   ('@ModelAttribute advices', r'ModelFactory\.initModel|invokeModelAttributeMethods'),
   ('controller + services + SQL', r'InvocableHandlerMethod\.invokeForRequest'),
   ('security authorization', r'AuthorizationFilter\.doFilter$'),
   ('observation/metrics', r'ServerHttpObservationFilter|micrometer'),
  ]
tot=collections.Counter(); n=0; other=collections.Counter()
for e in evs:
    if 'http-nio' not in e: continue
    frames=re.findall(r'^\s+([\w.$<>/]+)\(',e,re.M)
    if not frames: continue
    n+=1
    # innermost-first for session/csrf deser, then by listed priority among frames
    got=None
    for name,pat in B:
        if any(re.search(pat,f) for f in frames): got=name; break
    if got is None:
        got='other'; other[frames[0]]+=1
    tot[got]+=1
print("worker samples",n)
for name,_ in B+[('other',None)]:
    print(f"{tot[name]*100/max(n,1):5.1f}%  {name}")
print("other, top self frames:")
for k,v in other.most_common(8): print(f"   {v*100/n:4.1f}% {k}")
