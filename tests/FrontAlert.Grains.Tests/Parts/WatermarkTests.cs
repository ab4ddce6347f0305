namespace FrontAlert.Grains.Tests.Parts;

/// <summary>Each caller waits until a round that started after its change has finished; an earlier round does not answer it.</summary>
public sealed class WatermarkTests
{
    [Fact]
    public void A_round_releases_only_the_changes_it_covers()
    {
        var marks = new Watermark();
        var first = marks.Ask();
        var waitFirst = marks.Until(first);
        var round = marks.Covers();

        var second = marks.Ask(); // made while the round runs
        var waitSecond = marks.Until(second);
        Assert.True(second > first);

        marks.Reached(round);
        Assert.True(waitFirst.IsCompletedSuccessfully);
        Assert.False(waitSecond.IsCompleted);

        marks.Reached(marks.Covers());
        Assert.True(waitSecond.IsCompletedSuccessfully);
    }

    [Fact]
    public void A_mark_already_reached_is_done_at_once_and_an_older_round_finishing_late_changes_nothing()
    {
        var marks = new Watermark();
        var early = marks.Ask();
        var late = marks.Ask();
        marks.Reached(late);
        marks.Reached(early); // a slower, older round reports last

        Assert.True(marks.Until(early).IsCompletedSuccessfully);
        Assert.True(marks.Until(late).IsCompletedSuccessfully);
        Assert.False(marks.Until(marks.Ask()).IsCompleted);
    }

    [Fact]
    public void When_the_step_fails_everyone_waiting_is_released_but_nothing_counts_as_reached()
    {
        var marks = new Watermark();
        var waits = new[] { marks.Until(marks.Ask()), marks.Until(marks.Ask()) };
        var mark = marks.Covers();

        marks.ReleaseAll();

        Assert.All(waits, w => Assert.True(w.IsCompletedSuccessfully));
        // The retry has still to cover those changes: a new wait for them waits for a round again.
        var again = marks.Until(mark);
        Assert.False(again.IsCompleted);
        marks.Reached(mark);
        Assert.True(again.IsCompletedSuccessfully);
    }
}
