namespace FrontAlert.Domain.Tests.Map;

public class CellControlTests
{
    private static readonly Location Town = new("t", "Town", LocationKind.Town, "d", 35, 36);
    private static readonly DateTimeOffset At = DateTimeOffset.Parse("2024-11-30T10:00:00Z");

    private static Control Held(Confidence confidence) => new("saa", Side.Government, ControlStatus.Holds, confidence, At, ["sohr"], ["r1"]);

    private static Challenge Against(Confidence confidence) =>
        new("hts", Side.Opposition, ControlStatus.Captured, confidence, At, ["rebel-command"], ["r2"], confidence == Confidence.Contested ? ["state-tv"] : []);

    [Fact]
    public void A_confirmed_holder_is_neither_challenged_nor_contested()
    {
        var cell = CellControl.Of(Town, Held(Confidence.Confirmed), null);

        Assert.Equal((Side.Government, "saa", Confidence.Confirmed, false, false), (cell.Side, cell.ActorId, cell.Confidence, cell.Challenged, cell.Contested));
        Assert.Null(cell.ChallengerSide);
    }

    [Fact]
    public void A_challenge_names_the_challenger_and_is_contested_only_when_denied()
    {
        var claimed = CellControl.Of(Town, Held(Confidence.Confirmed), Against(Confidence.Claimed));
        var denied = CellControl.Of(Town, Held(Confidence.Confirmed), Against(Confidence.Contested));

        Assert.Equal((true, Side.Opposition, "hts", false), (claimed.Challenged, claimed.ChallengerSide, claimed.ChallengerActorId, claimed.Contested));
        Assert.Equal((true, Side.Opposition, true), (denied.Challenged, denied.ChallengerSide, denied.Contested));
        Assert.Equal(Side.Government, denied.Side); // the holder stays
    }

    [Fact]
    public void Contested_control_is_contested_and_an_unknown_place_has_no_side()
    {
        Assert.True(CellControl.Of(Town, Held(Confidence.Contested), null).Contested);
        var unknown = CellControl.Of(Town, null, null);
        Assert.Equal((null, null, false, false), (unknown.Side, unknown.Confidence, unknown.Challenged, unknown.Contested));
    }

    [Fact]
    public void Places_with_coordinates_get_cells_and_areas_do_not()
    {
        Assert.True(CellControl.HasCell(Town));
        Assert.False(CellControl.HasCell(Town with { Lat = null }));
        Assert.False(CellControl.HasCell(Town with { Kind = LocationKind.Governorate }));
        Assert.False(CellControl.HasCell(Town with { Kind = LocationKind.District }));
    }
}
