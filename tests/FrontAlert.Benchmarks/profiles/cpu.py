import json, collections, sys
d=json.load(open(sys.argv[1]))
frames=[f['name'] for f in d['shared']['frames']]
incl=collections.Counter(); excl=collections.Counter(); total=0
for p in d['profiles']:
    st=[]; last=None
    for e in p['events']:
        if last is not None and st and frames[st[-1]]=='CPU_TIME':
            dt=e['at']-last; total+=dt
            names=[frames[i] for i in st]
            excl[names[-2] if len(names)>1 else '?']+=dt
            for n in set(names): incl[n]+=dt
        last=e['at']
        if e['type']=='O': st.append(e['frame'])
        elif st: st.pop()
print('CPU ms total', round(total))
flt=sys.argv[2] if len(sys.argv)>2 else ''
for n,w in incl.most_common(400):
    if flt and not any(f in n for f in flt.split(',')): continue
    print(f'{100*w/total:5.1f}%', n[:160])
print('---- exclusive')
for n,w in excl.most_common(25): print(f'{100*w/total:5.1f}%', n[:160])
