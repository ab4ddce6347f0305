using FrontAlert.Testing;
using System.Net;
using System.Text.Json;

namespace FrontAlert.Web.Tests;

/// <summary>Steps and checks the HTTP API tests share: problems that name a field, ingest that must go in, the alert log.</summary>
public static class ApiTest
{
    /// <summary>A 400 RFC 7807 validation problem whose <c>errors</c> name <paramref name="field"/>.</summary>
    public static async Task<JsonElement> AssertInvalid(HttpResponseMessage response, string field)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"expected 400, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement.Clone();
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out var messages), $"no error for '{field}' in {body}");
        Assert.NotEmpty(messages.EnumerateArray());
        return problem;
    }

    public static async Task AssertNotFound(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(404, (await response.Read()).GetProperty("status").GetInt32());
    }

    /// <summary>Posts the reports as one batch; every one of them must be accepted.</summary>
    public static async Task Ingest(this FrontAlertServer server, params object[] reports)
    {
        var response = await server.Reporter.PostAsync("reports", Json.Body(reports));
        var result = await response.Read();
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, result.ToString());
        Assert.True(result.GetProperty("accepted").GetInt32() == reports.Length, result.ToString());
    }

    /// <summary>Creates or updates a gazetteer entry as the operator.</summary>
    public static async Task Place(this FrontAlertServer server, string id, string kind, string? parentId, double? lat = null, double? lon = null)
    {
        var response = await server.Operator.PutAsync($"locations/{id}", Json.Body(new { name = id, kind, parentId, lat, lon }));
        Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    public static async Task<List<JsonElement>> Alerts(this HttpClient client, string query = "") =>
        [.. (await client.GetJson("alerts" + query)).EnumerateArray()];

    /// <summary>Alerts are logged just after the acknowledgement (ADR 0005): waits until at least this many are there.</summary>
    public static Task<List<JsonElement>> Alerts(this HttpClient client, string query, int atLeast) =>
        Eventually.Get(() => client.Alerts(query), a => a.Count >= atLeast);

    /// <summary>The highest seq in the alert log now, so a test can read only what came after.</summary>
    public static async Task<long> LastSeq(this HttpClient client)
    {
        long last = 0;
        while (await client.Alerts($"?after={last}&limit=1000") is { Count: > 0 } page)
        {
            last = page[^1].GetProperty("seq").GetInt64();
        }
        return last;
    }

    /// <summary><c>tolls[category][what]</c> of a location's live state as a number.</summary>
    public static long Toll(this JsonElement state, string category, string what = "incidents") =>
        state.GetProperty("tolls").GetProperty(category).GetProperty(what).GetInt64();

    public static string? Str(this JsonElement element, string name) => element.GetProperty(name).GetString();

    public static string Future(int hours = 1) => DateTimeOffset.UtcNow.AddHours(hours).ToString("O");
}
