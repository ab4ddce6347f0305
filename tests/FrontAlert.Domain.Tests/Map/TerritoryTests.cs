namespace FrontAlert.Domain.Tests.Map;

public class TerritoryTests
{
    private static GeoPoint P(double lon, double lat) => new(lon, lat);

    private static CellSite Site(string id, double lon, double lat) => new(id, P(lon, lat));

    /// <summary>A U, around the equator so a degree of longitude is as long as one of latitude: not convex.</summary>
    private static readonly GeoPoint[] U =
        [P(0, -1), P(6, -1), P(6, 1), P(4, 1), P(4, -0.2), P(2, -0.2), P(2, 1), P(0, 1), P(0, -1)];

    private const double UArea = 12 - (2 * 1.2);

    [Fact]
    public void Four_places_in_a_square_get_its_four_quarters()
    {
        GeoPoint[] square = [P(0, -1), P(2, -1), P(2, 1), P(0, 1)];
        var cells = Territory.Cells(square, [Site("sw", 0.5, -0.5), Site("se", 1.5, -0.5), Site("ne", 1.5, 0.5), Site("nw", 0.5, 0.5)]);

        Assert.Equal(["sw", "se", "ne", "nw"], cells.Select(c => c.LocationId));
        Assert.All(cells, c => Assert.Equal(1, Polygons.SignedArea(Assert.Single(c.Pieces)), 6)); // counter-clockwise, a quarter each
        Assert.All(cells, c => Assert.Equal(c.Pieces[0][0], c.Pieces[0][^1]));
        Assert.Equal([P(0, -1), P(0, 0), P(1, -1), P(1, 0)], cells[0].Pieces[0].Distinct().OrderBy(p => p.Lon).ThenBy(p => p.Lat));
    }

    [Fact]
    public void Cells_of_a_non_convex_outline_cover_it_without_overlap_and_each_holds_its_own_place()
    {
        var random = new Random(16);
        var sites = new List<CellSite>();
        while (sites.Count < 14)
        {
            var p = P(random.NextDouble() * 6, (random.NextDouble() * 2) - 1);
            if (Polygons.Contains(U, p))
            {
                sites.Add(new CellSite($"s{sites.Count}", p));
            }
        }

        var cells = Territory.Cells(U, sites);

        Assert.Equal(sites.Count, cells.Count);
        Assert.Equal(UArea, cells.Sum(c => c.Area), 4); // rounded to 5 digits: about a metre
        Assert.All(cells, c => Assert.True(c.Contains(sites.Single(s => s.LocationId == c.LocationId).At), $"{c.LocationId} is outside its cell"));
        var sampled = 0;
        while (sampled < 3000)
        {
            var p = P(random.NextDouble() * 6, (random.NextDouble() * 2) - 1);
            if (!Polygons.Contains(U, p))
            {
                Assert.DoesNotContain(cells, c => c.Contains(p));
                continue;
            }
            sampled++;
            var holders = cells.Where(c => c.Contains(p)).Select(c => c.LocationId).ToList();
            var nearest = sites.MinBy(s => Math.Pow(s.At.Lon - p.Lon, 2) + Math.Pow(s.At.Lat - p.Lat, 2))!.LocationId;
            Assert.Equal([nearest], holders);
        }
    }

    [Fact]
    public void A_place_under_the_notch_of_a_U_reaches_up_the_inner_side_of_both_arms()
    {
        var cells = Territory.Cells(U, [Site("base", 3, -0.6), Site("left", 0.5, -0.5), Site("right", 5.5, -0.5)]);

        var base_ = cells.Single(c => c.LocationId == "base");
        Assert.Equal(UArea, cells.Sum(c => c.Area), 4); // rounded to 5 digits: about a metre
        Assert.True(base_.Contains(P(3, -0.6)));
        Assert.True(base_.Contains(P(1.9, 0.9)));
        Assert.True(base_.Contains(P(4.1, 0.9)));
        Assert.DoesNotContain(cells, c => c.Contains(P(3, 0.5))); // the notch is outside the outline
    }

    [Fact]
    public void A_cell_cut_in_two_by_the_outline_comes_out_as_two_pieces_with_nothing_between()
    {
        // A place in the notch (outside the outline) is nearest to the tops of both arms: two separate rectangles.
        var cells = Territory.Cells(U, [Site("notch", 3, 0.8), Site("base", 3, -0.9)]);

        var split = cells.Single(c => c.LocationId == "notch");
        Assert.Equal(2, split.Pieces.Count);
        Assert.All(split.Pieces, piece => Assert.Equal(2 * 1.05, Polygons.SignedArea(piece), 6));
        Assert.Single(split.Pieces, piece => Polygons.Contains(piece, P(1, 0.5)));
        Assert.Single(split.Pieces, piece => Polygons.Contains(piece, P(5, 0.5)));
        Assert.False(split.Contains(P(3, 0.5)));
        Assert.Single(cells.Single(c => c.LocationId == "base").Pieces);
        Assert.Equal(UArea, cells.Sum(c => c.Area), 4);
    }

    [Fact]
    public void An_outline_crossed_four_times_by_one_bisector_splits_into_three_pieces()
    {
        // An E lying on its back (three teeth up): the place above the teeth gets all three tips.
        GeoPoint[] comb = [P(0, 0), P(5, 0), P(5, 2), P(4, 2), P(4, 1), P(3, 1), P(3, 2), P(2, 2), P(2, 1), P(1, 1), P(1, 2), P(0, 2)];
        var cells = Territory.Cells(comb, [Site("tips", 2.5, 3.0), Site("spine", 2.5, 0.0)]);

        var tips = cells.Single(c => c.LocationId == "tips");
        Assert.Equal(3, tips.Pieces.Count);
        Assert.Equal(3 * 1 * 0.5, tips.Area, 6);
        Assert.All(tips.Pieces, piece => Assert.True(Polygons.SignedArea(piece) > 0));
        Assert.Equal(5 + 3, cells.Sum(c => c.Area), 6);
    }

    [Fact]
    public void Random_places_on_a_comb_share_it_out_exactly_whatever_pieces_their_cells_fall_into()
    {
        GeoPoint[] comb = [P(0, -1), P(5, -1), P(5, 1), P(4, 1), P(4, 0), P(3, 0), P(3, 1), P(2, 1), P(2, 0), P(1, 0), P(1, 1), P(0, 1)];
        var split = 0;
        for (var seed = 1; seed <= 20; seed++)
        {
            var random = new Random(seed);
            // some inside, some outside the outline (between the teeth, above them): those give cells in pieces
            var sites = Enumerable.Range(0, 3 + (seed % 6)).Select(i => Site($"s{i}", random.NextDouble() * 5, (random.NextDouble() * 3) - 1.2)).ToList();

            var cells = Territory.Cells(comb, sites);

            Assert.Equal(5 + 3, cells.Sum(c => c.Area), 4);
            split += cells.Count(c => c.Pieces.Count > 1);
            Assert.All(cells, c => Assert.All(c.Pieces, piece => Assert.True(Polygons.SignedArea(piece) > 0)));
            for (var k = 0; k < 400; k++)
            {
                var p = P(random.NextDouble() * 5, (random.NextDouble() * 2) - 1);
                var holders = cells.Where(c => c.Contains(p)).Select(c => c.LocationId).ToList();
                if (!Polygons.Contains(comb, p))
                {
                    Assert.Empty(holders);
                    continue;
                }
                var nearest = sites.MinBy(s => Math.Pow(s.At.Lon - p.Lon, 2) + Math.Pow(s.At.Lat - p.Lat, 2))!.LocationId;
                Assert.Equal([nearest], holders);
            }
        }
        Assert.True(split >= 5, $"only {split} cells came out in pieces: the test does not exercise joining");
    }

    [Fact]
    public void A_clockwise_outline_still_gives_counter_clockwise_cells()
    {
        var clockwise = U.Reverse().ToArray();

        var cells = Territory.Cells(clockwise, [Site("a", 1, 0), Site("b", 5, 0)]);

        Assert.All(cells, c => Assert.All(c.Pieces, piece => Assert.True(Polygons.SignedArea(piece) > 0)));
        Assert.Equal(UArea, cells.Sum(c => c.Area), 4); // rounded to 5 digits: about a metre
    }

    [Fact]
    public void Two_places_on_one_spot_get_one_cell_the_first_one()
    {
        var cells = Territory.Cells(U, [Site("a", 1, 0), Site("twin", 1, 0), Site("b", 5, 0)]);

        Assert.Equal(["a", "b"], cells.Select(c => c.LocationId));
        Assert.Equal(UArea, cells.Sum(c => c.Area), 4); // rounded to 5 digits: about a metre
    }

    [Fact]
    public void Nearest_is_measured_on_the_ground_with_longitude_shrunk_by_the_latitude()
    {
        // At 60° north a degree of longitude is half a degree of latitude: a point 0.8° east is nearer on the ground
        // than one 0.5° north, and the bisector between the places sits where the ground distances are equal.
        GeoPoint[] square = [P(0, 59), P(4, 59), P(4, 61), P(0, 61)];
        var cells = Territory.Cells(square, [Site("west", 1, 60), Site("east", 3, 60)]);

        var west = cells.Single(c => c.LocationId == "west");
        Assert.Equal(4, west.Area, 6); // half of the square: the bisector is still lon 2
        Assert.True(west.Contains(P(1.9, 60.9)));
        Assert.False(west.Contains(P(2.1, 59.1)));
    }
}
