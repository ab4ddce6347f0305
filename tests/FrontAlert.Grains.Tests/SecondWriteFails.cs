using FrontAlert.Adapters;
using FrontAlert.Contracts;
using FrontAlert.Hosting;
using FrontAlert.Domain;
using Orleans.Storage;

namespace FrontAlert.Grains.Tests;

/// <summary>
/// The real Redis grain storage with a switch: once armed for a place, its first write completes only after a second
/// report has been applied in memory (so the write covers the first report alone while the second waits for the next
/// write), and its second write fails. That makes "delivery runs ahead of the write" deterministic.
/// </summary>
public sealed class SecondWriteFails(IGrainStorage inner) : IGrainStorage, ILifecycleParticipant<ISiloLifecycle>
{
    /// <summary>The silo starts the inner provider under its own name; this wrapper has nothing to start.</summary>
    public void Participate(ISiloLifecycle observer)
    {
    }

    private static volatile string? _place;
    private static volatile string? _waitFor;
    private static int _writes;

    public static readonly TaskCompletionSource FirstWriteStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Arms the switch for <paramref name="placeId"/>: the first write waits until <paramref name="secondReportId"/> is seen.</summary>
    public static void Arm(string placeId, string secondReportId) => (_waitFor, _place, _writes) = (secondReportId, placeId, 0);

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => inner.ReadStateAsync(stateName, grainId, grainState);

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => inner.ClearStateAsync(stateName, grainId, grainState);

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        if (_place is not { } place || grainState.State is not LocationState state || state.LocationId != place)
        {
            await inner.WriteStateAsync(stateName, grainId, grainState);
            return;
        }
        switch (Interlocked.Increment(ref _writes))
        {
            case 1:
                var write = inner.WriteStateAsync(stateName, grainId, grainState); // serializes the state as it is now
                FirstWriteStarted.TrySetResult();
                await write;
                while (!state.Seen.Contains(_waitFor!))
                {
                    await Task.Delay(5); // the grain applies the second report meanwhile (it is reentrant)
                }
                return;
            case 2:
                _place = null;
                throw new InconsistentStateException("the second write fails (test)");
            default:
                await inner.WriteStateAsync(stateName, grainId, grainState);
                return;
        }
    }
}
