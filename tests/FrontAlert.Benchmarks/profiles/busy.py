import collections, sys
from speedscope import samples
idle=('LowLevelLifoSemaphore.Wait','WorkerThreadStart','WaitForSignal','WaitHandle.Wait','Monitor.Enter_Slowpath','Monitor.TryEnter_Slowpath','PollGCWorker','OpenLoop>b__0','SpinWait','Thread.Sleep','ReleaseSemaphore','SetEvent','?!?')
incl=collections.Counter(); total=0; gc=0
for names, dt in samples(sys.argv[1]):
    leaf=names[-2] if len(names)>1 else '?'
    if 'PollGCWorker' in leaf: gc+=dt
    if not any(k in leaf for k in idle):
        total+=dt
        for n in set(names): incl[n]+=dt
print('busy ms', round(total), 'gc-poll ms', round(gc))
flt=sys.argv[2].split(',') if len(sys.argv)>2 else []
for n,w in incl.most_common(2000):
    if flt and not any(f in n for f in flt): continue
    print(f'{100*w/total:5.1f}%', n[:150])
