namespace FrontAlert.Domain;

/// <summary>What the map needs when a place changes: who holds it and its tolls (the hub's <c>locationUpdated</c>).</summary>
public sealed record LocationUpdate(string LocationId, Control? Control, IReadOnlyDictionary<string, TollView> Tolls)
{
    public static LocationUpdate Of(LocationState state, Catalog catalog) => new(
        state.LocationId,
        state.Control.Current,
        TollView.All(state, catalog));
}
