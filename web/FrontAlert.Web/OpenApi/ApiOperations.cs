using FrontAlert.Domain;

namespace FrontAlert.Web;

/// <summary>
/// Every endpoint of <c>/api/v1</c> as the OpenAPI document describes it, in one table: the handlers answer
/// <see cref="IResult"/>s, from which ASP.NET Core cannot tell a body's type or a problem's status.
/// </summary>
public static class ApiOperations
{
    private const string Prefix = "/api/v1";

    public static readonly IReadOnlyList<ApiOperation> All =
    [
        Put("/locations/{id}", "Create or replace a place of the gazetteer", typeof(Location)) with { Problems = [400] },
        Get("/locations/{id}", "A place's live state: control, claims, tolls, recent strikes", typeof(LiveState)) with { Problems = [404] },
        Get("/locations", "The gazetteer, filtered by parent or kind", typeof(List<Location>)) with { Problems = [400] },
        Get("/locations/{id}/timeline", "The newest reports about a place", typeof(List<TimelineEntry>)) with { Problems = [400, 404] },
        Put("/actors/{id}", "Create or replace an actor", typeof(Actor)) with { Problems = [400] },
        Get("/actors", "Every actor with its side", typeof(List<Actor>)),
        Put("/sources/{id}", "Create or replace a source", typeof(Source)) with { Problems = [400] },
        Get("/sources", "Every source with its trust", typeof(List<Source>)),
        new ApiOperation("POST", Prefix + "/reports", "Post one report, a JSON array of them, or NDJSON")
        {
            Status = 202, Returns = typeof(IngestResult), Request = typeof(Report), Batch = true, Problems = [400, 413, 415],
            RequestExamples = new Dictionary<string, string>
            {
                ["control"] = ApiExamples.ControlReport, ["strike"] = ApiExamples.StrikeReport,
                ["toll"] = ApiExamples.TollReport, ["batch"] = ApiExamples.Batch,
            },
            ResponseExample = """{"accepted":3,"duplicates":0,"rejected":[]}""",
        },
        Put("/rules/{id}", "Create or replace a rule", typeof(Rule)) with
        {
            Problems = [400],
            RequestExamples = new Dictionary<string, string>
            {
                ["control-change"] = ApiExamples.ControlChangeRule, ["toll-threshold"] = ApiExamples.TollThresholdRule,
                ["strike"] = ApiExamples.StrikeRule, ["inhibit"] = ApiExamples.InhibitRule, ["toll-divergence"] = ApiExamples.DivergenceRule,
            },
        },
        Get("/rules/{id}", "One rule, with when it last fired", typeof(Rule)) with { Problems = [404] },
        Get("/rules", "Every rule, with when each last fired", typeof(List<Rule>)),
        Delete("/rules/{id}", "Delete a rule") with { Problems = [404] },
        Get("/alerts", "Alerts in seq order, after a seq or the newest before one, filtered by scope and severity", typeof(List<Alert>)) with
        {
            Problems = [400], ResponseExample = ApiExamples.Alerts,
        },
        Get("/alerts/{id}", "One alert by its id (percent-encoded), with the corrections raised against it", typeof(Alert)) with
        {
            Problems = [404], WithCorrections = true, ResponseExample = ApiExamples.Alert,
        },
        Get("/alerts/{id}/cap", "One alert as a CAP 1.2 document", null) with { ContentType = "application/cap+xml", Problems = [404] },
        Get("/feeds/alerts.atom", "The newest alerts as an Atom feed", null) with { ContentType = "application/atom+xml", Problems = [400] },
        Get("/feeds/alerts.cap.atom", "The newest alerts as an Atom feed of CAP documents", null) with { ContentType = "application/atom+xml", Problems = [400] },
        Get("/map", "Every located place as a GeoJSON point with who holds it", null) with { ContentType = "application/geo+json" },
        Get("/map/areas", "The territory map: each located place's cell of the country as a GeoJSON polygon, with who holds it and who challenges it", null) with
        {
            ContentType = "application/geo+json", Problems = [400],
        },
        new ApiOperation("POST", Prefix + "/imports/acled", "Import an ACLED export (CSV): a summary row by row")
        {
            Returns = typeof(AcledSummary), Request = typeof(string), RequestContentType = "text/csv", Problems = [400, 413, 415],
        },
        Get("/health/live", "Whether the process is up", null) with { ContentType = "text/plain" },
        new ApiOperation("POST", Prefix + "/subscriptions", "Subscribe a browser (Web Push, anyone) or a webhook (operators)")
        {
            Status = 201, Returns = typeof(SubscriptionCreated), Request = typeof(SubscriptionRequest), Problems = [400, 403, 409],
            RequestExamples = new Dictionary<string, string> { ["webpush"] = ApiExamples.WebPushSubscription, ["webhook"] = ApiExamples.WebhookSubscription },
            ResponseExample = """{"id":"7c2f0e6a9b1d4c3e","token":"q4Jd0x…"}""",
        },
        Get("/subscriptions", "Every subscription and how its delivery goes", typeof(List<SubscriptionListing>)),
        Get("/subscriptions/{id}", "One subscription (its token in X-Subscription-Token, or an operator key)", typeof(SubscriptionListing)) with { Problems = [403, 404] },
        Delete("/subscriptions/{id}", "Unsubscribe (its token in X-Subscription-Token, or an operator key)") with { Problems = [403, 404] },
        Get("/push/key", "The server's VAPID public key for pushManager.subscribe", typeof(PushKey)),
        new ApiOperation("POST", Prefix + "/silences", "Silence a rule or a scope until a time")
        {
            Status = 201, Returns = typeof(Silence), Request = typeof(SilenceRequest), Problems = [400],
            RequestExamples = new Dictionary<string, string> { ["silence"] = ApiExamples.Silence },
        },
        Get("/silences", "Every silence", typeof(List<Silence>)),
        Delete("/silences/{id}", "Lift a silence") with { Problems = [404] },
    ];

    private static readonly Dictionary<string, ApiOperation> ByKey = All.ToDictionary(o => o.Key, StringComparer.Ordinal);

    public static ApiOperation? Find(string method, string path) => ByKey.GetValueOrDefault($"{method} {path}");

    private static ApiOperation Get(string path, string summary, Type? returns) => new("GET", Prefix + path, summary) { Returns = returns };

    private static ApiOperation Put(string path, string summary, Type type) =>
        new("PUT", Prefix + path, summary) { Returns = type, Request = type, Upsert = true };

    private static ApiOperation Delete(string path, string summary) => new("DELETE", Prefix + path, summary) { Status = 204 };
}
