using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace FrontAlert.Client.Tests;

/// <summary>One request a receiver got: its headers and body as they arrived.</summary>
public sealed record ReceivedPush(string Path, IReadOnlyDictionary<string, string> Headers, byte[] Body);

/// <summary>
/// A push endpoint an app owns (what a UnifiedPush distributor gives an Android app): a real Kestrel socket on
/// loopback that answers 201 to every POST and keeps what it received.
/// </summary>
public sealed class PushReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ReceivedPush> _received = new();

    private PushReceiver(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    public IReadOnlyList<ReceivedPush> Received => [.. _received];

    public static async Task<PushReceiver> Start()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        PushReceiver? receiver = null;
        app.MapPost("/{**path}", async (HttpContext http) =>
        {
            using var body = new MemoryStream();
            await http.Request.Body.CopyToAsync(body);
            var headers = http.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            receiver!._received.Enqueue(new ReceivedPush(http.Request.Path, headers, body.ToArray()));
            return Results.StatusCode(StatusCodes.Status201Created);
        });
        await app.StartAsync();
        receiver = new PushReceiver(app, new Uri(app.Urls.First()));
        return receiver;
    }

    public Uri Endpoint(string name) => new(Address, "/push/" + name);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
