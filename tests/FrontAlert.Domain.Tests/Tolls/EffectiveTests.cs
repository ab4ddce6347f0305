using static FrontAlert.Domain.Tests.Given;

namespace FrontAlert.Domain.Tests.Tolls;

public class EffectiveTests
{
    private static readonly Catalog World = Catalog();

    private static TollBook Book(params TollReport[] reports)
    {
        var book = new TollBook();
        foreach (var report in reports)
        {
            book.Apply(report);
        }
        return book;
    }

    private static Incidents Strikes(Trust trust, long killed) => Incidents.None.Add(trust, new Casualties(1, killed, 0, 0));

    [Fact]
    public void Effective_is_the_highest_monitor_figure()
    {
        var book = Book(Toll("t1", 100, "sohr"), Toll("t2", 150, "snhr"));

        Assert.Equal(150, Effective.Of(TollCategory.Killed, book, Incidents.None, TollLens.Default, World));
    }

    [Fact]
    public void Effective_is_the_strike_sum_when_strikes_add_up_higher()
    {
        var book = Book(Toll("t1", 10, "sohr"));

        Assert.Equal(25, Effective.Of(TollCategory.Killed, book, Strikes(Trust.Unverified, 25), TollLens.Default, World));
    }

    [Fact]
    public void Partisan_and_media_figures_do_not_count_by_default()
    {
        var book = Book(Toll("t1", 100, "sohr"), Toll("t2", 500, "state-tv"), Toll("t3", 300, "reuters"));

        Assert.Equal(100, Effective.Of(TollCategory.Killed, book, Incidents.None, TollLens.Default, World));
    }

    [Theory]
    [InlineData(Trust.Partisan, 500)]
    [InlineData(Trust.Media, 300)]
    [InlineData(Trust.Monitor, 100)]
    public void A_lens_counts_figures_from_sources_of_at_least_its_trust(Trust minTrust, long expected)
    {
        var book = Book(Toll("t1", 100, "sohr"), Toll("t2", 500, "state-tv"), Toll("t3", 300, "reuters"));

        Assert.Equal(expected, Effective.Of(TollCategory.Killed, book, Incidents.None, new TollLens(minTrust), World));
    }

    [Fact]
    public void A_monitor_lens_ignores_strikes_reported_by_partisan_sources()
    {
        var strikes = Strikes(Trust.Partisan, 40).Add(Trust.Monitor, new Casualties(1, 7, 0, 0));

        Assert.Equal(7, Effective.Of(TollCategory.Killed, new TollBook(), strikes, new TollLens(Trust.Monitor), World));
        Assert.Equal(47, Effective.Of(TollCategory.Killed, new TollBook(), strikes, TollLens.Default, World));
    }

    [Fact]
    public void A_lens_on_one_party_counts_that_partys_figures_and_no_strikes()
    {
        var book = Book(Toll("t1", 30, actor: "hts"), Toll("t2", 25, actor: "saa"));

        Assert.Equal(30, Effective.Of(TollCategory.Killed, book, Strikes(Trust.Monitor, 90), new TollLens(null, "hts"), World));
    }
}
