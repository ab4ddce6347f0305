namespace FrontAlert.Domain;

/// <summary>One source's latest cumulative figure for a category (and optionally one party's dead).</summary>
public sealed record TollFigure(string SourceId, TollCategory Category, string? ActorId, long Value, DateTimeOffset? Since, DateTimeOffset AsOf, string ReportId)
{
    public static string KeyOf(string sourceId, TollCategory category, string? actorId) => $"{sourceId}|{category}|{actorId}";
}
