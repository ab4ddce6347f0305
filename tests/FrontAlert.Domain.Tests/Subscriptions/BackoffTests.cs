namespace FrontAlert.Domain.Tests.Subscriptions;

public class BackoffTests
{
    private static readonly TimeSpan First = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Max = TimeSpan.FromMinutes(10);

    [Fact]
    public void Each_failure_waits_about_twice_as_long_as_the_one_before_between_half_and_all_of_its_step()
    {
        Assert.Equal([0.5, 1, 2, 4, 8], Enumerable.Range(1, 5).Select(n => Backoff.Delay(n, First, Max, null, jitter: 0).TotalSeconds));
        Assert.Equal([1.0, 2, 4, 8, 16], Enumerable.Range(1, 5).Select(n => Backoff.Delay(n, First, Max, null, jitter: 1).TotalSeconds));
    }

    [Fact]
    public void The_wait_stops_growing_at_the_maximum()
    {
        Assert.Equal(Max, Backoff.Delay(40, First, Max, null, jitter: 1));
    }

    [Fact]
    public void A_Retry_After_longer_than_the_back_off_wins_and_a_shorter_one_does_not_shorten_it()
    {
        Assert.Equal(TimeSpan.FromSeconds(30), Backoff.Delay(1, First, Max, TimeSpan.FromSeconds(30), jitter: 1));
        Assert.Equal(TimeSpan.FromSeconds(8), Backoff.Delay(4, First, Max, TimeSpan.FromSeconds(2), jitter: 1));
    }
}
