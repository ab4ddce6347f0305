import collections, sys
from speedscope import samples
target=sys.argv[2]; depth=int(sys.argv[3]) if len(sys.argv)>3 else 4
c=collections.Counter(); total=0
for names, dt in samples(sys.argv[1]):
    idx=[i for i,n in enumerate(names) if target in n]
    if idx:
        i=idx[0]; total+=dt
        c[' <- '.join(n.split('!')[-1][:70] for n in reversed(names[max(0,i-depth):i+1]))]+=dt
print('total ms', round(total))
for k,v in c.most_common(12): print(round(v), k)
