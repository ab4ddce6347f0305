import json, collections, sys
d=json.load(open(sys.argv[1])); target=sys.argv[2]; depth=int(sys.argv[3]) if len(sys.argv)>3 else 4
frames=[f['name'] for f in d['shared']['frames']]
c=collections.Counter(); total=0
for p in d['profiles']:
    st=[]; last=None
    for e in p['events']:
        if last is not None and st and frames[st[-1]]=='CPU_TIME':
            dt=e['at']-last
            names=[frames[i] for i in st]
            idx=[i for i,n in enumerate(names) if target in n]
            if idx:
                i=idx[0]; total+=dt
                c[' <- '.join(n.split('!')[-1][:70] for n in reversed(names[max(0,i-depth):i+1]))]+=dt
        last=e['at']
        if e['type']=='O': st.append(e['frame'])
        elif st: st.pop()
print('total ms', round(total))
for k,v in c.most_common(12): print(round(v), k)
