using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace FrontAlert.Testing;

/// <summary>Small HTTP/JSON helpers so tests read like the requests a client makes.</summary>
public static class Json
{
    public static StringContent Body(object value) => new(JsonSerializer.Serialize(value), Encoding.UTF8, "application/json");

    public static StringContent Raw(string json, string type = "application/json") => new(json, Encoding.UTF8, type);

    public static async Task<JsonElement> Read(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>());

    public static async Task<JsonElement> GetJson(this HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        response.EnsureSuccessStatusCode();
        return await response.Read();
    }

    public static object Control(string id, string location, string actor, string source, string observedAt = "2024-11-30T10:00:00Z", string status = "captured") =>
        new { id, type = "control", locationId = location, actorId = actor, status, observedAt, sourceId = source };

    public static object Strike(string id, string location, int killed, int civilians = 0, string source = "white-helmets", string observedAt = "2024-12-01T01:00:00Z") =>
        new { id, type = "strike", locationId = location, perpetratorId = "ru-af", kind = "airstrike", observedAt, killed, civiliansKilled = civilians, wounded = 2, sourceId = source };

    public static object Toll(string id, string location, string category, long value, string source, string asOf = "2024-12-01T09:00:00Z") =>
        new { id, type = "toll", locationId = location, category, value, since = "2024-11-27T00:00:00Z", asOf, sourceId = source };
}
