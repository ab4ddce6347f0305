namespace FrontAlert.Benchmarks;

/// <summary>
/// What a load run achieved, counted by many callers at once: each operation answers the durable units it achieved
/// (reports acknowledged), or -1 when it failed.
/// </summary>
public sealed class Tally
{
    private long _succeeded;
    private long _failed;
    private long _units;

    public long Succeeded => Interlocked.Read(ref _succeeded);
    public long Failed => Interlocked.Read(ref _failed);
    public long Units => Interlocked.Read(ref _units);

    public void Count(int units)
    {
        if (units >= 0)
        {
            Interlocked.Increment(ref _succeeded);
            Interlocked.Add(ref _units, units);
        }
        else
        {
            Interlocked.Increment(ref _failed);
        }
    }
}
