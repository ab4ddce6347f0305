using static FrontAlert.Domain.Tests.Given;

namespace FrontAlert.Domain.Tests.Tolls;

public class StrikeRollUpTests
{
    private readonly Place _town = new("sy-saraqib");
    private readonly Place _district = new("sy-idlib-d");
    private readonly Place _governorate = new("sy-idlib");
    private readonly Place _country = new("sy");

    private void RollUpAll()
    {
        _town.SendTo(_district);
        _district.SendTo(_governorate);
        _governorate.SendTo(_country);
    }

    [Fact]
    public void A_strike_is_counted_once_in_its_place_and_every_ancestor()
    {
        _town.Ingest(Strike("s1", killed: 10, civilians: 4));

        RollUpAll();

        Assert.Equal([10L, 10L, 10L, 10L], new[] { _town, _district, _governorate, _country }.Select(p => p.Killed));
        Assert.Equal(4, _country.State.Subtree.From(Trust.Unverified).CiviliansKilled);
        Assert.Equal(1, _country.State.Subtree.From(Trust.Unverified).Strikes);
    }

    [Fact]
    public void Rolling_up_again_after_a_second_strike_sends_totals_not_deltas()
    {
        _town.Ingest(Strike("s1", killed: 10));
        RollUpAll();

        _town.Ingest(Strike("s2", killed: 5));
        RollUpAll();

        Assert.Equal(15, _country.Killed);
    }

    [Fact]
    public void A_repeated_subtree_update_changes_nothing()
    {
        _town.Ingest(Strike("s1", killed: 10));
        var update = _town.SendTo(_district);
        var version = _district.State.Version;

        Assert.False(_district.Receive(update));

        Assert.Equal((10L, version), (_district.Killed, _district.State.Version));
        Assert.Single(_district.State.UnsentEvents);
    }

    [Fact]
    public void An_older_subtree_update_arriving_late_changes_nothing()
    {
        _town.Ingest(Strike("s1", killed: 10));
        var first = _town.State.UpdateFor();
        _town.Ingest(Strike("s2", killed: 5));
        _district.Receive(_town.State.UpdateFor());

        Assert.False(_district.Receive(first));

        Assert.Equal(15, _district.Killed);
    }

    [Fact]
    public void Acknowledged_events_are_not_sent_again()
    {
        _town.Ingest(Strike("s1", killed: 10));
        _town.SendTo(_district);

        _town.Ingest(Strike("s2", killed: 5));

        Assert.Equal(["sy-saraqib/s2"], _town.State.UpdateFor().Events.Select(e => e.EventId));
    }

    [Fact]
    public void Two_governorates_add_up_in_the_country()
    {
        var hama = new Place("sy-hama");
        hama.Ingest(Strike("s2", killed: 7, location: "sy-hama"));
        _town.Ingest(Strike("s1", killed: 10));
        RollUpAll();

        hama.SendTo(_country);

        Assert.Equal(17, _country.Killed);
    }

    [Fact]
    public void An_older_toll_figure_from_the_same_source_is_kept_for_the_record_with_a_note()
    {
        _governorate.Ingest(Toll("t1", 100, hours: 2));

        _governorate.Ingest(Toll("t2", 300, hours: 1));

        Assert.Equal(100, _governorate.State.Tolls.FigureOf("sohr", TollCategory.Killed, null));
        Assert.Equal("older than this source's latest figure; kept for the record", _governorate.State.UnfiledReports[^1].Note);
    }

    [Fact]
    public void A_roll_up_sent_before_a_move_and_arriving_after_it_counts_nowhere_twice()
    {
        _town.Ingest(Strike("s1", killed: 5));
        var late = _town.State.UpdateFor(); // in flight to the old district when the town moves

        _district.Engine.Forget("sy-saraqib", _town.State.Version);
        _district.Receive(late);

        Assert.Equal(0, _district.Killed);
    }

    [Fact]
    public void A_place_that_moves_back_is_counted_again_from_its_newer_roll_up()
    {
        _town.Ingest(Strike("s1", killed: 5));
        _town.SendTo(_district);
        _district.Engine.Forget("sy-saraqib", _town.State.Version);

        _town.Ingest(Strike("s2", killed: 2));
        _town.SendTo(_district);

        Assert.Equal(7, _district.Killed);
    }
}
