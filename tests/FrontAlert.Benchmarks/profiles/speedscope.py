"""The samples of a dotnet-trace speedscope file: one (stack, ms) per CPU_TIME sample, the stack root first and the
CPU_TIME frame last. Shared by busy.py, callers.py, cats.py and cpu.py."""
import json


def samples(path):
    d = json.load(open(path))
    frames = [f['name'] for f in d['shared']['frames']]
    for p in d['profiles']:
        st = []; last = None
        for e in p['events']:
            if last is not None and st and frames[st[-1]] == 'CPU_TIME':
                yield [frames[i] for i in st], e['at'] - last
            last = e['at']
            if e['type'] == 'O': st.append(e['frame'])
            elif st: st.pop()
