using System.Collections.Concurrent;
using FrontAlert.Contracts;

namespace FrontAlert.Grains.Tests.Parts;

/// <summary>
/// A client-side call filter on the real catalog grain: counts the version checks (Mark) and Snapshot calls made from a test's flow
/// (its cache's refreshes start there, so they count too, and a refresh another test left running does not), and can
/// hold them before they leave, as a catalog on a silo that just died would (nothing answers).
/// </summary>
public sealed class CatalogCalls : IOutgoingGrainCallFilter
{
    private const string Tag = "frontalert-test-flow";
    private readonly ConcurrentDictionary<(string Flow, string Method), int> _counts = new();
    private int _held;
    private volatile TaskCompletionSource? _hold;

    /// <summary>From here on, this async flow's calls are counted apart from any made before.</summary>
    public void Begin() => RequestContext.Set(Tag, Guid.NewGuid().ToString("N"));

    /// <summary>Version checks: a refresh asks for the catalog's mark (its version and since when it is complete).</summary>
    public int Versions => Count(nameof(ICatalogGrain.Mark));
    public int Snapshots => Count(nameof(ICatalogGrain.Snapshot));

    /// <summary>Calls waiting behind <see cref="Hold"/> right now.</summary>
    public int Held => Volatile.Read(ref _held);

    public void Hold() => _hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release() => Interlocked.Exchange(ref _hold, null)?.TrySetResult();

    public async Task Invoke(IOutgoingGrainCallContext context)
    {
        if (context.InterfaceMethod?.DeclaringType == typeof(ICatalogGrain) && context.MethodName is nameof(ICatalogGrain.Mark) or nameof(ICatalogGrain.Snapshot))
        {
            _counts.AddOrUpdate((Flow(), context.MethodName), 1, (_, n) => n + 1);
            if (_hold is { } hold)
            {
                Interlocked.Increment(ref _held);
                await hold.Task;
                Interlocked.Decrement(ref _held);
            }
        }
        await context.Invoke();
    }

    private int Count(string method) => _counts.GetValueOrDefault((Flow(), method));

    private static string Flow() => RequestContext.Get(Tag) as string ?? "";
}
