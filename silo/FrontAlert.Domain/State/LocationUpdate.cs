namespace FrontAlert.Domain;

/// <summary>What the map needs when a place changes: who holds it, who challenges it, and its tolls (the hub's <c>locationUpdated</c>).</summary>
public sealed record LocationUpdate(string LocationId, Control? Control, IReadOnlyDictionary<string, TollView> Tolls)
{
    public Challenge? Challenge { get; init; }

    public static LocationUpdate Of(LocationState state, Catalog catalog)
    {
        var assessed = state.Control.Assess(catalog);
        return new(state.LocationId, assessed.Control, TollView.All(state, catalog)) { Challenge = assessed.Challenge };
    }
}
