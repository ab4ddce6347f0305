namespace FrontAlert.Domain.Tests;

/// <summary>Names as sources spell them meet the gazetteer's: case, hyphens, apostrophes and diacritics do not matter.</summary>
public sealed class NameMatchingTests
{
    [Theory]
    [InlineData("Maʿarrat an-Nuʿmān", "Maarrat an Numan")]
    [InlineData("Hay'at Tahrir al-Sham", "HAYAT TAHRIR AL SHAM")]
    [InlineData("Dārayyā", "Darayya")]
    [InlineData("Ḥalab", "halab")]
    [InlineData("Deir ez-Zor", "Deir-ez-Zor")]
    [InlineData("Mare’", "Mare")]
    [InlineData("  Jisr   al-Shughur ", "jisr al shughur")]
    public void Spellings_of_one_name_have_the_same_key(string a, string b) => Assert.Equal(NameKey.Of(b), NameKey.Of(a));

    [Theory]
    [InlineData("Saraqib", "Sarmin")]
    [InlineData("Military Forces of Syria (2000-2024)", "Military Forces of Syria (2024-)")]
    public void Different_names_stay_different(string a, string b) => Assert.NotEqual(NameKey.Of(b), NameKey.Of(a));

    [Fact]
    public void Actors_are_found_by_alias_or_by_the_name_after_acleds_colon_and_unknown_ones_are_not_found()
    {
        var catalog = new Catalog(1, Given.Locations,
            [new Actor("hts", "Hay'at Tahrir al-Sham", Side.Opposition), new Actor("saa", "SAA", Side.Government) { Aliases = ["Military Forces of Syria (2000-2024)"] }],
            Given.Sources, []);
        var names = new NameIndex(catalog);

        Assert.Equal("hts", Assert.Single(names.Actors("HTS: Hayat Tahrir al Sham")).Id);
        Assert.Equal("saa", Assert.Single(names.Actors("military forces of syria (2000-2024)")).Id);
        Assert.Empty(names.Actors("Military Forces of Syria (2024-)"));
    }

    [Fact]
    public void The_nearest_known_town_within_reach_is_found_and_nothing_beyond_it()
    {
        var saraqib = new Location("sy-saraqib", "Saraqib", LocationKind.Town, "sy-idlib-d", 35.8647, 36.8006);
        var names = new NameIndex(new Catalog(1, [.. Given.Locations.Where(l => l.Id != "sy-saraqib"), saraqib], Given.Actors, Given.Sources, []));

        var near = names.Nearest(35.8360, 36.8060, maxKm: 10);

        Assert.Equal("sy-saraqib", near?.Location.Id);
        Assert.InRange(near!.Value.Km, 3.0, 3.5);
        Assert.Null(names.Nearest(35.8360, 36.8060, maxKm: 3));
    }
}
