namespace FrontAlert.Domain.Tests;

/// <summary>One location's state with the engine the grain would run on it, at a settable clock and catalog.</summary>
internal sealed class Place(string id)
{
    public LocationState State { get; } = new() { LocationId = id };
    public Catalog Catalog { get; set; } = Given.Catalog();
    public DateTimeOffset Now { get; set; } = Given.T0;

    /// <summary>When the catalog was known complete; null (unknown) forwards every event, as a stale cache does.</summary>
    public DateTimeOffset? CatalogAsOf { get; set; }

    public LocationEngine Engine => new(State, Catalog, Now, CatalogAsOf);
    /// <summary>The control users see: the assessed holder (ADR 0002).</summary>
    public Control? Control => State.Control.Assess(Catalog).Control;
    public Challenge? Challenge => State.Control.Assess(Catalog).Challenge;
    public List<Alert> Alerts => State.UnloggedAlerts;
    public List<ControlEvent> Changes => [.. State.UnsentEvents.OfType<ControlEvent>()];
    public long Killed => State.Subtree.From(Trust.Unverified).Killed;

    public Place HeldBySaa()
    {
        Engine.Seed(Given.HeldBySaa);
        return this;
    }

    public Place With(Rule rule)
    {
        Engine.Put(rule);
        return this;
    }

    public IReadOnlyList<IngestStatus> Ingest(params Report[] reports) => Engine.Ingest(reports, new HashSet<string>());

    public bool Receive(RollUp update) => Engine.Receive(update);

    /// <summary>Sends this place's subtree update to its parent, which acknowledges it as the grains do.</summary>
    public RollUp SendTo(Place parent)
    {
        var update = State.UpdateFor();
        parent.Receive(update);
        State.Acknowledged(update);
        return update;
    }
}
