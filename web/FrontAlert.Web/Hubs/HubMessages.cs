using FrontAlert.Domain;
using Microsoft.AspNetCore.SignalR.Protocol;

namespace FrontAlert.Web;

/// <summary>
/// What the hub sends, as SignalR invocations: the same messages <c>Clients.Client(id).SendAsync(target, payload)</c>
/// built, serialized by the connection's protocol with the hub's JSON options (HubSetup).
/// </summary>
public static class HubMessages
{
    public static InvocationMessage Alert(Alert alert) => new("alert", [alert]);

    public static InvocationMessage LocationUpdated(LocationUpdate update) => new("locationUpdated", [update]);

    /// <summary>The client's cursor is now <paramref name="lastSeq"/> of <paramref name="epoch"/>; every matching alert after it follows.</summary>
    public static InvocationMessage Reset(string epoch, long lastSeq, string reason) => new("reset", [new { epoch, lastSeq, reason }]);

    public static InvocationMessage Closing(string reason, long lastSeq) => new("closing", [new { reason, lastSeq }]);
}
