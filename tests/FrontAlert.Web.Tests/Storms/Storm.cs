using System.Net;
using System.Text.Json;
using FrontAlert.Testing;

namespace FrontAlert.Web.Tests;

/// <summary>Steps the storm and retraction tests share: a small tree of their own, rules, retractions.</summary>
public static class Storm
{
    /// <summary>A governorate under sy with one district and the given towns, all named by the prefix.</summary>
    public static async Task Tree(this FrontAlertServer server, string prefix, params string[] towns)
    {
        await server.Place($"{prefix}-gov", "governorate", "sy");
        await server.Place($"{prefix}-dist", "district", $"{prefix}-gov");
        foreach (var town in towns)
        {
            await server.Place(town, "town", $"{prefix}-dist");
        }
    }

    public static async Task<JsonElement> Rule(this FrontAlertServer server, string id, object rule)
    {
        var response = await server.Operator.PutAsync($"rules/{id}", Json.Body(rule));
        var body = await response.Read();
        Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, body.ToString());
        return body;
    }

    public static object Retraction(string id, string retracts, string source, string reason = "misattributed footage") =>
        new { id, type = "retraction", retracts, sourceId = source, reason };

    /// <summary>Posts a batch and returns the ingest result, whatever it says.</summary>
    public static async Task<JsonElement> Post(this HttpClient client, params object[] reports) =>
        await (await client.PostAsync("reports", Json.Body(reports))).Read();

    public static Task<JsonElement> State(this FrontAlertServer server, string id) => server.Anonymous.GetJson($"locations/{id}");

    public static long Killed(this JsonElement state) => state.Toll("killed");

    /// <summary>Waits for the place's killed incidents to reach the figure, and fails if they do not.</summary>
    public static async Task Killed(this FrontAlertServer server, string id, long killed)
    {
        var state = await Eventually.Get(() => server.State(id), s => s.Killed() == killed);
        Assert.True(state.Killed() == killed, $"{id}: killed {state.Killed()}, expected {killed}");
    }
}
