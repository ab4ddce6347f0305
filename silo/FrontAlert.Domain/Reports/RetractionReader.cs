namespace FrontAlert.Domain;

/// <summary>Reads the fields of a retraction. Its time is optional: without one it is when the web node heard it.</summary>
public static class RetractionReader
{
    public static RetractionReport? Read(JsonFields f)
    {
        var retracts = f.Id("retracts");
        var reason = f.String("reason", required: false, ReportReader.MaxString);
        var observedAt = f.Time("observedAt", required: false);
        return retracts is null ? null : new RetractionReport
        {
            Id = "", LocationId = "", SourceId = "", ObservedAt = observedAt ?? DateTimeOffset.MinValue, Retracts = retracts, Reason = reason,
        };
    }
}
