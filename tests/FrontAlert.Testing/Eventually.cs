using System.Runtime.CompilerServices;

namespace FrontAlert.Testing;

/// <summary>Waits for something that happens asynchronously (a push, a roll-up) instead of sleeping a fixed time.</summary>
public static class Eventually
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    /// <summary>
    /// The first probed value that is <paramref name="done"/>, or the last one when the time is up: for a caller that
    /// asserts on the value itself, so a failure shows what was there instead.
    /// </summary>
    public static async Task<T> Get<T>(Func<Task<T>> probe, Func<T, bool> done, TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? Patience);
        while (true)
        {
            var value = await probe();
            if (done(value) || DateTime.UtcNow > deadline)
            {
                return value;
            }
            await Task.Delay(25);
        }
    }

    /// <summary>
    /// As <see cref="Get{T}"/>, but a wait that runs out fails the test, naming the condition and the last value. For a
    /// wait whose value is not asserted afterwards: a timeout there would otherwise pass unnoticed.
    /// </summary>
    public static async Task<T> Until<T>(Func<Task<T>> probe, Func<T, bool> done, TimeSpan? within = null,
        [CallerArgumentExpression(nameof(done))] string? condition = null)
    {
        var value = await Get(probe, done, within);
        return done(value)
            ? value
            : throw new TimeoutException($"still not {condition} after {(within ?? Patience).TotalSeconds:0.#} s; last value: {value}");
    }
}
