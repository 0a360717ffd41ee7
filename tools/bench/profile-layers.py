# Where a request's CPU goes, by layer, for one or more `jfr print --events jdk.ExecutionSample` outputs (as
# page-profile.sh leaves in /tmp/samples-PORT.txt), side by side: used to compare an Opora page with
# spring-petclinic's (docs/benchmarks.md «Step 10a»).
#   python3 tools/bench/profile-layers.py label=file[:cpu_ms_per_request] ...   (the last '=' splits label and file)
# Each sample of Tomcat's request threads (http-nio-*) goes to ONE layer: the innermost of the markers below
# found on its stack (frames read from the thread's start inwards, the last marker met wins), so e.g. SQL run by
# the session filter counts as «session read» (markers marked sticky keep everything under them), SQL run by the
# controller as «SQL (Hibernate, JDBC)», and the observation filter keeps only its own work. With cpu_ms_per_request (app CPU from compare-petclinic.sh) each
# share is also given in ms per request (share × CPU; this spreads the JIT/GC share over the layers evenly).
import collections, re, sys

# (layer, regex on a frame "package.Class.method"), from the outside of a request inwards; a layer whose name
# ends with ' *' is sticky: nothing deeper is looked at once it is met
MARKERS = [
    ('Tomcat: parse request, connector', r'^org\.apache\.coyote\.http11\.Http11Processor\.service$'),
    ('servlet filters (encoding, form, other)', r'^org\.apache\.catalina\.core\.ApplicationFilterChain\.doFilter$'),
    ('Micrometer observation (own work)', r'ServerHttpObservationFilter\.doFilterInternal$|^io\.micrometer\.'),
    ('Spring Session: filter (own work)', r'^org\.springframework\.session\.web\.http\.SessionRepositoryFilter\.doFilterInternal$'),
    ('Spring Security filter chain (own work)', r'^org\.springframework\.security\.web\.FilterChainProxy\.doFilter(Internal)?$'),
    ('Spring Security: context, authorization', r'SecurityContextHolderFilter\.doFilter$|AuthorizationFilter\.doFilter$|HttpSessionSecurityContextRepository|SecurityContextRepository\.loadDeferredContext'),
    ('CSRF token *', r'^org\.springframework\.security\.web\.csrf\.(?!CsrfFilter\.doFilter)'),
    ('Spring Session: read (SELECT, deserialise) *', r'SessionRepositoryRequestWrapper\.getRequestedSession$|JdbcIndexedSessionRepository\.findById$|JdbcIndexedSessionRepository\.getSession|DeserializingConverter'),
    ('Spring Session: commit (UPDATE, serialise) *', r'SessionRepositoryRequestWrapper\.commitSession$|JdbcIndexedSessionRepository\.save$|SerializingConverter'),
    ('DispatcherServlet (own work)', r'^org\.springframework\.web\.servlet\.DispatcherServlet\.doDispatch$'),
    ('handler mapping', r'^org\.springframework\.web\.servlet\.DispatcherServlet\.getHandler$'),
    ('interceptors (locale change, other)', r'HandlerExecutionChain\.apply(Pre|Post)Handle$|triggerAfterCompletion$'),
    ('locale resolution *', r'LocaleResolver\.resolveLocale|DispatcherServlet\.buildLocaleContext|LocaleContextHolder'),
    ('controller, services (own work)', r'InvocableHandlerMethod\.invokeForRequest$|ModelFactory\.initModel$'),
    ('SQL (Hibernate, JDBC, pool)', r'^org\.hibernate\.|^org\.postgresql\.|^com\.zaxxer\.hikari\.|^org\.springframework\.jdbc\.'),
    ('view: Thymeleaf engine (own work)', r'^org\.springframework\.web\.servlet\.DispatcherServlet\.render$|ThymeleafView\.render'),
    ('view: fragments (th:replace/insert)', r'AbstractStandardFragmentInsertionTagProcessor\.computeFragment$|FragmentExpression'),
    ('view: #{messages}', r'MessageExpression\.executeMessageExpression$'),
    ('view: @{links} (URL building)', r'LinkExpression\.executeLinkExpression$'),
    ('view: @{links} resource URL resolution *', r'ResourceUrlEncodingFilter\$ResourceUrlEncodingResponseWrapper\.encodeURL$|ResourceUrlProvider\.getForLookupPath$'),
    ('view: ${…} SpEL / OGNL', r'SPELVariableExpressionEvaluator\.evaluate$|OGNLVariableExpressionEvaluator'),
    ('response write (encode, copy, socket)', r'^org\.apache\.catalina\.connector\.(CoyoteWriter|OutputBuffer|CoyoteOutputStream)\.|^sun\.nio\.cs\.UTF_8\$Encoder|^org\.apache\.coyote\.http11\.Http11OutputBuffer\.'),
]
COMPILED = [(name, re.compile(pat)) for name, pat in MARKERS]
FRAME = re.compile(r'^\s+([\w.$<>/]+)\(', re.M)


def layers(path):
    text = open(path).read()
    counts = collections.Counter()
    n = 0
    for event in text.split('jdk.ExecutionSample {')[1:]:
        if 'http-nio' not in event:
            continue
        frames = FRAME.findall(event)
        if not frames:
            continue
        n += 1
        layer = 'outside a request (poller, acceptor, other)'
        for frame in reversed(frames):  # from the thread's start inwards
            for name, pat in COMPILED:
                if pat.search(frame):
                    layer = name
                    break
            if layer.endswith(' *'):
                break
        counts[layer] += 1
    return n, counts


def main():
    runs = []
    for arg in sys.argv[1:]:
        label, rest = arg.rsplit('=', 1)
        path, _, cpu = rest.partition(':')
        n, counts = layers(path)
        runs.append((label, n, counts, float(cpu) if cpu else None))
    names = [name for name, _ in MARKERS] + ['outside a request (poller, acceptor, other)']
    head = '| layer | ' + ' | '.join(f'{label} ({n} samples)' for label, n, _, _ in runs) + ' |'
    print(head)
    print('|---' * (len(runs) + 1) + '|')
    for name in names:
        if all(counts[name] == 0 for _, _, counts, _ in runs):
            continue
        cells = []
        for _, n, counts, cpu in runs:
            share = counts[name] * 100 / max(n, 1)
            cells.append(f'{share:.1f} %' + (f' ≈ {share * cpu / 100:.2f} ms' if cpu else ''))
        print(f'| {name} | ' + ' | '.join(cells) + ' |')


if __name__ == '__main__':
    main()
