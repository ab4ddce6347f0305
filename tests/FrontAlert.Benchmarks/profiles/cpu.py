import collections, sys
from speedscope import samples
incl=collections.Counter(); excl=collections.Counter(); total=0
for names, dt in samples(sys.argv[1]):
    total+=dt
    excl[names[-2] if len(names)>1 else '?']+=dt
    for n in set(names): incl[n]+=dt
print('CPU ms total', round(total))
flt=sys.argv[2] if len(sys.argv)>2 else ''
for n,w in incl.most_common(400):
    if flt and not any(f in n for f in flt.split(',')): continue
    print(f'{100*w/total:5.1f}%', n[:160])
print('---- exclusive')
for n,w in excl.most_common(25): print(f'{100*w/total:5.1f}%', n[:160])
