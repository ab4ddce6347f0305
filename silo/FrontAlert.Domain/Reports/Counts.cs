namespace FrontAlert.Domain;

/// <summary>
/// The largest count a report may carry (killed, wounded, a toll figure). Far above any real toll, and small enough that
/// sums over every strike and child a place can hold stay far from overflowing (ADR 0013).
/// </summary>
public static class Counts
{
    public const int Max = 10_000_000;

    /// <summary>Adds without overflowing: a sum that would pass <see cref="long.MaxValue"/> stays there.</summary>
    public static long Add(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;
}
