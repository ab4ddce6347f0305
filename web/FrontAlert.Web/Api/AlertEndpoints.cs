using System.Text.Json;
using FrontAlert.Contracts;
using FrontAlert.Domain;

namespace FrontAlert.Web;

/// <summary>One alert by id, with the corrections raised against it (an empty list while it stands).</summary>
public static class AlertEndpoints
{
    public static void MapAlert(this RouteGroupBuilder api) => api.MapGet("/alerts/{id}", Get);

    /// <summary>
    /// Alert ids contain '/', so clients percent-encode them into one path segment; the server keeps an encoded '/' as
    /// <c>%2F</c> in the route value, which is decoded here (a plain id passes through unchanged).
    /// </summary>
    private static async Task<IResult> Get(string id, IAlertLog log)
    {
        var alertId = Uri.UnescapeDataString(id);
        if (await log.Find(alertId) is not { } alert)
        {
            return Problems.NotFound("alert", alertId);
        }
        var correction = await log.Find(CorrectionWriter.IdOf(alert.Id));
        var node = JsonSerializer.SerializeToNode(alert, DomainJson.Options)!.AsObject();
        node["corrections"] = JsonSerializer.SerializeToNode(correction is null ? [] : new[] { correction }, DomainJson.Options);
        return Results.Ok(node);
    }
}
