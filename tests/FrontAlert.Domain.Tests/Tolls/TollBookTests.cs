using static FrontAlert.Domain.Tests.Given;

namespace FrontAlert.Domain.Tests.Tolls;

public class TollBookTests
{
    private static TollBook Book(params TollReport[] reports)
    {
        var book = new TollBook();
        foreach (var report in reports)
        {
            book.Apply(report);
        }
        return book;
    }

    [Fact]
    public void Figures_from_two_sources_are_kept_apart_never_added()
    {
        var book = Book(Toll("t1", 100, "sohr"), Toll("t2", 150, "snhr"));

        Assert.Equal((100L, 150L), (book.FigureOf("sohr", TollCategory.Killed, null), book.FigureOf("snhr", TollCategory.Killed, null)));
        Assert.Equal(["snhr", "sohr"], book.SourcesFor(TollCategory.Killed).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_sources_newer_figure_replaces_its_older_one_even_when_lower()
    {
        var book = Book(Toll("t1", 100, hours: 1), Toll("t2", 80, hours: 2));

        Assert.Equal(80, book.FigureOf("sohr", TollCategory.Killed, null));
    }

    [Fact]
    public void A_sources_older_figure_does_not_replace_its_newer_one()
    {
        var book = Book(Toll("t1", 100, hours: 2));

        Assert.False(book.Apply(Toll("t2", 300, hours: 1)));
        Assert.Equal(100, book.FigureOf("sohr", TollCategory.Killed, null));
    }

    [Fact]
    public void Per_party_figures_are_summed_when_the_source_gave_no_all_party_figure()
    {
        var book = Book(Toll("t1", 30, actor: "hts"), Toll("t2", 25, actor: "saa"));

        Assert.Equal(55, book.FigureOf("sohr", TollCategory.Killed, null));
        Assert.Equal(30, book.FigureOf("sohr", TollCategory.Killed, "hts"));
    }

    [Fact]
    public void An_all_party_figure_wins_over_the_sum_of_parties()
    {
        var book = Book(Toll("t1", 30, actor: "hts"), Toll("t2", 25, actor: "saa"), Toll("t3", 40));

        Assert.Equal(40, book.FigureOf("sohr", TollCategory.Killed, null));
    }

    [Fact]
    public void Categories_are_kept_apart()
    {
        var book = Book(Toll("t1", 30), Toll("t2", 90, category: TollCategory.Wounded));

        Assert.Equal((30L, 90L, (long?)null), (book.FigureOf("sohr", TollCategory.Killed, null),
            book.FigureOf("sohr", TollCategory.Wounded, null), book.FigureOf("sohr", TollCategory.CiviliansKilled, null)));
    }
}
