namespace FrontAlert.Domain;

/// <summary>A holder known before any report, e.g. from the built-in gazetteer, and since when.</summary>
public sealed record InitialControl(string LocationId, string ActorId, DateTimeOffset Since)
{
    public const string SourceId = "gazetteer";

    public Control? ToControl(Catalog catalog) =>
        catalog.Actors.TryGetValue(ActorId, out var actor)
            ? new Control(ActorId, actor.Side, ControlStatus.Holds, Confidence.Confirmed, Since, [SourceId], [])
            : null;
}
