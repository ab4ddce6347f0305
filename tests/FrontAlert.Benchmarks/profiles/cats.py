import collections, sys
from speedscope import samples
idle=('LowLevelLifoSemaphore.Wait','WaitForSignal','WaitHandle.Wait','PollGCWorker','SpinWait','Thread.Sleep','LowLevelSpinWaiter','WaitNative','Monitor.Wait','EventLoop')
cats=[('crypto','System.Security.Cryptography'),('kestrel (push service)','Microsoft.AspNetCore.Server.Kestrel'),('aspnet (push service/app)','Microsoft.AspNetCore'),('http client','System.Net.Http'),('redis','StackExchange.Redis'),('otel/activity','System.Diagnostics.Activity'),('otel/activity','OpenTelemetry'),('orleans persistence','Orleans.Persistence'),('orleans','Orleans'),('subscription grain','SubscriptionGrain'),('deliverer','Deliverer'),('recent pages','RecentPages'),('sockets','System.Net.Sockets'),('timers','TimerQueue')]
c=collections.Counter(); total=0; gc=0; idlet=0
for names, dt in samples(sys.argv[1]):
    names=names[:-1]
    leaf=names[-1] if names else '?'
    if 'PollGCWorker' in leaf: gc+=dt
    elif any(k in leaf for k in idle) or 'WorkerThreadStart' in leaf: idlet+=dt
    else:
        total+=dt
        # category by innermost matching frame
        cat='other'
        for n in reversed(names):
            hit=[cn for cn,k in cats if k in n]
            if hit: cat=hit[0]; break
        c[cat]+=dt
print('busy ms',round(total),'gc-poll ms',round(gc),'idle ms',round(idlet))
for k,v in c.most_common(): print(f'{100*v/total:5.1f}% {k}')
