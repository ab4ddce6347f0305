using FrontAlert.Adapters;
using FrontAlert.Contracts;
using FrontAlert.Hosting;
using FrontAlert.Domain;

namespace FrontAlert.Grains.Tests;

/// <summary>Report builders with the gazetteer's actors and sources.</summary>
public static class Reports
{
    public static readonly DateTimeOffset Day = new(2024, 11, 30, 10, 0, 0, TimeSpan.Zero);

    public static ControlReport Control(string id, string location, string actor, string source, double hours = 0, ControlStatus status = ControlStatus.Captured) => new()
    {
        Id = id, LocationId = location, ActorId = actor, SourceId = source, Status = status, ObservedAt = Day.AddHours(hours),
    };

    public static StrikeReport Strike(string id, string location, int killed, int civilians = 0, string source = "white-helmets") => new()
    {
        Id = id, LocationId = location, SourceId = source, ObservedAt = Day, Kind = "airstrike", PerpetratorId = "ru-af",
        Killed = killed, CiviliansKilled = civilians, Wounded = 1,
    };
}
