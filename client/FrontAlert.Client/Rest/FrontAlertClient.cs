using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;

namespace FrontAlert.Client;

/// <summary>
/// Typed access to the FrontAlert REST API (<c>/api/v1</c>). The <see cref="HttpClient"/> belongs to the caller
/// (e.g. from IHttpClientFactory) and its <c>BaseAddress</c> is the server; the key goes on each request rather than
/// on the client's default headers, so one HttpClient can serve several keys. Every refusal is a
/// <see cref="FrontAlertApiException"/>.
/// </summary>
public sealed class FrontAlertClient(HttpClient http, string? apiKey = null)
{
    private static readonly MediaTypeWithQualityHeaderValue Json = new("application/json");

    private readonly Uri _root = ServerAddress.Normalize(
        http.BaseAddress ?? throw new ArgumentException("the HttpClient needs a BaseAddress: the FrontAlert server", nameof(http)));

    public Uri Server => _root;

    /// <summary>Posts reports as one JSON array: 202 with a result per batch, invalid ones listed with reasons.</summary>
    public Task<IngestResult> PostReports(IEnumerable<Report> reports, CancellationToken cancel = default) =>
        Send<IngestResult>(HttpMethod.Post, "reports", JsonContent.Create(reports.ToList(), options: ClientJson.Options), cancel);

    /// <summary>
    /// Posts a body as it is: one report object, or an array. A single invalid object is answered with a 400 problem
    /// (a <see cref="FrontAlertApiException"/> naming its fields) rather than a rejection.
    /// </summary>
    public Task<IngestResult> PostReportsJson(string json, CancellationToken cancel = default) =>
        Send<IngestResult>(HttpMethod.Post, "reports", new StringContent(json, Encoding.UTF8, "application/json"), cancel);

    /// <summary>Posts NDJSON, one report a line, streamed; a broken line rejects that line only.</summary>
    public Task<IngestResult> PostReportsNdjson(Stream ndjson, CancellationToken cancel = default)
    {
        var content = new StreamContent(ndjson);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson") { CharSet = "utf-8" };
        return Send<IngestResult>(HttpMethod.Post, "reports", content, cancel);
    }

    /// <summary>
    /// Uploads an ACLED export (CSV with ACLED's header) for the server to map and file as reports; operators only.
    /// Importing the same rows again is harmless: they come back as duplicates.
    /// </summary>
    public Task<AcledImportResult> ImportAcled(string csv, CancellationToken cancel = default) =>
        Send<AcledImportResult>(HttpMethod.Post, "imports/acled", new StringContent(csv, Encoding.UTF8, "text/csv"), cancel);

    public Task<IReadOnlyList<Rule>> GetRules(CancellationToken cancel = default) =>
        Send<IReadOnlyList<Rule>>(HttpMethod.Get, "rules", null, cancel);

    public Task<Rule> GetRule(string id, CancellationToken cancel = default) =>
        Send<Rule>(HttpMethod.Get, "rules/" + Uri.EscapeDataString(id), null, cancel);

    /// <summary>Creates or replaces a rule; the answer is the stored rule with its revision.</summary>
    public Task<Rule> PutRule(Rule rule, CancellationToken cancel = default) =>
        Send<Rule>(HttpMethod.Put, "rules/" + Uri.EscapeDataString(rule.Id), JsonContent.Create(rule, options: ClientJson.Options), cancel);

    /// <summary>Creates or replaces a rule from JSON as an operator wrote it (the CLI's <c>--file</c>); the id comes from the path.</summary>
    public Task<Rule> PutRuleJson(string id, string json, CancellationToken cancel = default) =>
        Send<Rule>(HttpMethod.Put, "rules/" + Uri.EscapeDataString(id), new StringContent(json, Encoding.UTF8, "application/json"), cancel);

    public Task DeleteRule(string id, CancellationToken cancel = default) =>
        Send<object>(HttpMethod.Delete, "rules/" + Uri.EscapeDataString(id), null, cancel);

    /// <summary>The live state of a place: control and confidence, each source's claim, tolls, recent strikes.</summary>
    public Task<LiveState> GetLocation(string id, CancellationToken cancel = default) =>
        Send<LiveState>(HttpMethod.Get, "locations/" + Uri.EscapeDataString(id), null, cancel);

    /// <summary>Control changes, strikes and toll reports of a place, newest first.</summary>
    public Task<IReadOnlyList<TimelineEntry>> GetTimeline(string id, int? limit = null, CancellationToken cancel = default) =>
        Send<IReadOnlyList<TimelineEntry>>(HttpMethod.Get, $"locations/{Uri.EscapeDataString(id)}/timeline{QueryString.Of(("limit", limit))}", null, cancel);

    /// <summary>
    /// The durable alert history in seq order after <paramref name="after"/>. One page at most; page on with the last
    /// seq received. A filtered page may be short (the server bounds its scan), so only an empty page means the end.
    /// </summary>
    public Task<IReadOnlyList<Alert>> GetAlerts(long? after = null, string? scopeId = null, Severity? minSeverity = null, int? limit = null, CancellationToken cancel = default) =>
        Send<IReadOnlyList<Alert>>(HttpMethod.Get, "alerts" + QueryString.Of(("after", after), ("scopeId", scopeId), ("minSeverity", minSeverity), ("limit", limit)), null, cancel);

    /// <summary>
    /// The highest seq in the alert log (0 when empty), so a tail can start at "now". Seqs are dense, so "is there an
    /// alert after n" is monotone in n: a galloping then binary search needs about 2·log2(seq) tiny requests
    /// instead of reading the whole history.
    /// </summary>
    public async Task<long> GetLastSeq(CancellationToken cancel = default)
    {
        async Task<bool> AnyAfter(long n) => (await GetAlerts(n, limit: 1, cancel: cancel)).Count > 0;
        if (!await AnyAfter(0))
        {
            return 0;
        }
        long low = 1, high = 2; // invariant once found: an alert after low - 1 exists, none after high
        while (await AnyAfter(high))
        {
            (low, high) = (high + 1, high * 2);
        }
        while (low < high)
        {
            var mid = low + ((high - low) / 2);
            if (await AnyAfter(mid))
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }
        return low;
    }

    /// <summary>The server's VAPID public key: the <c>applicationServerKey</c> a push subscription is made for.</summary>
    public Task<PushKey> GetPushKey(CancellationToken cancel = default) =>
        Send<PushKey>(HttpMethod.Get, "push/key", null, cancel);

    /// <summary>
    /// Registers a Web Push endpoint (anyone may; rate limited per address). Keep the answer's token: it is the only way
    /// to read or delete the Subscription without an operator key.
    /// </summary>
    public Task<SubscriptionCreated> CreateSubscription(WebPushSubscriptionRequest subscription, CancellationToken cancel = default) =>
        Send<SubscriptionCreated>(HttpMethod.Post, "subscriptions", JsonContent.Create(subscription, options: ClientJson.Options), cancel);

    /// <summary>Registers a webhook receiver (operator key).</summary>
    public Task<SubscriptionCreated> CreateSubscription(WebhookSubscriptionRequest subscription, CancellationToken cancel = default) =>
        Send<SubscriptionCreated>(HttpMethod.Post, "subscriptions", JsonContent.Create(subscription, options: ClientJson.Options), cancel);

    /// <summary>Every Subscription with its delivery state (operator key).</summary>
    public Task<IReadOnlyList<Subscription>> GetSubscriptions(CancellationToken cancel = default) =>
        Send<IReadOnlyList<Subscription>>(HttpMethod.Get, "subscriptions", null, cancel);

    /// <summary>One Subscription and its delivery state, with its token (or this client's operator key).</summary>
    public Task<Subscription> GetSubscription(string id, string? token = null, CancellationToken cancel = default) =>
        Send<Subscription>(HttpMethod.Get, "subscriptions/" + Uri.EscapeDataString(id), null, cancel, token);

    /// <summary>Removes a Subscription, with its token (or this client's operator key); nothing is delivered to it after.</summary>
    public Task DeleteSubscription(string id, string? token = null, CancellationToken cancel = default) =>
        Send<object>(HttpMethod.Delete, "subscriptions/" + Uri.EscapeDataString(id), null, cancel, token);

    private async Task<T> Send<T>(HttpMethod method, string path, HttpContent? content, CancellationToken cancel, string? subscriptionToken = null)
    {
        using var request = new HttpRequestMessage(method, ServerAddress.Api(_root, path)) { Content = content };
        request.Headers.Accept.Add(Json);
        if (apiKey is not null)
        {
            request.Headers.Add("X-Api-Key", apiKey);
        }
        if (subscriptionToken is not null)
        {
            request.Headers.Add("X-Subscription-Token", subscriptionToken);
        }
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancel);
        if (!response.IsSuccessStatusCode)
        {
            throw await FrontAlertApiException.From(response, cancel);
        }
        if (typeof(T) == typeof(object))
        {
            return default!;
        }
        return await response.Content.ReadFromJsonAsync<T>(ClientJson.Options, cancel)
            ?? throw new InvalidDataException($"{method} {path} answered null");
    }
}
