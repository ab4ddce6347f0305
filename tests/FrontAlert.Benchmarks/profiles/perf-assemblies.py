# CPU samples of a `perf script` text dump by the innermost assembly that is not the runtime library (JIT frames
# named by DOTNET_PerfMapEnabled=1), native DSO when a stack has no managed frame. usage: perf-assemblies.py script.txt
import sys,collections,re
# innermost non-CoreLib assembly per sample; native leaf dso if no managed frames
path=sys.argv[1]
skip=set(sys.argv[2].split(',')) if len(sys.argv)>2 else {'System.Private.CoreLib','System.Runtime','System.Collections.Concurrent','System.Threading','System.Threading.Channels','System.Memory','System.Linq','System.Collections','System.IO.Pipelines','System.Text.Json','System.Runtime.InteropServices','System.Security.Cryptography'}
samples=[];cur=None
for line in open(path,errors='replace'):
    if not line.strip():
        if cur is not None: samples.append(cur); cur=None
        continue
    if line[0] not in ' \t': cur=[]
    elif cur is not None:
        p=line.strip().split(' ',1); cur.append(p[1] if len(p)>1 else '?')
c=collections.Counter()
rx=re.compile(r'\[([A-Za-z0-9_.]+)\] ')
for s in samples:
    cat=None
    for f in s:
        if '.map)' in f:
            m=rx.search(f)
            if m and m.group(1) not in skip:
                cat=m.group(1); break
    if cat is None:
        leaf=s[0].split('(')[-1].rstrip(')').split('/')[-1] if s else '?'
        anym=any('.map)' in f for f in s)
        cat=('corelib-only ' if anym else 'native ')+leaf
    c[cat]+=1
t=len(samples)
for k,v in c.most_common(30): print(f'{100*v/t:5.1f}% {v:6d} {k}')
