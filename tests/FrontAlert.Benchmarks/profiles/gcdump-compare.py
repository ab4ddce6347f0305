# Type-by-type comparison of two `dotnet-gcdump report` outputs (FrontAlert web node vs plain hub, same N).
# Usage: python3 gcdump-compare.py web.txt plain.txt   (prints types with ~1+ more instance per connection)
import re,sys
def load(p):
    d={}
    for line in open(p):
        m=re.match(r'\s*([\d,]+)\s+([\d,]+)\s+(.*)$',line)
        if not m: continue
        t=re.sub(r' \(Bytes > [^)]*\)','',m.group(3)).strip()
        t=t.replace('FrontAlert.Web.AlertHub','HUB').replace('FrontAlert.Benchmarks.PlainHub','HUB')
        b=int(m.group(1).replace(',',''));c=int(m.group(2).replace(',',''))
        x=d.setdefault(t,[0,0]);x[0]+=b*c;x[1]+=c
    return d
a=load(sys.argv[1]);b=load(sys.argv[2]);n=10000
rows=[]
for k in set(a)|set(b):
    x=a.get(k,[0,0]);y=b.get(k,[0,0])
    if x[1]-y[1]>=9000: rows.append((x[0]-y[0],k,x[1],y[1]))
rows.sort(reverse=True)
for d,k,c1,c2 in rows: print(f"{d/n:8.1f} {c1:>8} {c2:>8} {k[:150]}")
print("sum per conn of per-connection types", round(sum(r[0] for r in rows)/n))
print("heap totals", sum(v[0] for v in a.values()), sum(v[0] for v in b.values()))
