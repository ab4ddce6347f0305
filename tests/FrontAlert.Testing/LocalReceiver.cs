using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace FrontAlert.Testing;

/// <summary>
/// A push service and webhook receiver in one: a real Kestrel endpoint on loopback that records every POST (path,
/// headers, body) and answers each path with the statuses it was told (then 201), e.g. 503 three times then 201.
/// </summary>
public sealed class LocalReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Received> _received = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<Reply>> _script = new(StringComparer.Ordinal);

    private int _created;

    private LocalReceiver(WebApplication app) => _app = app;

    /// <summary>How many POSTs were answered 201, counted as they come (cheaper to poll than <see cref="All"/>).</summary>
    public int Created => Volatile.Read(ref _created);

    public Uri Address => new(_app.Urls.First());

    public sealed record Received(string Path, IHeaderDictionary Headers, byte[] Body, int Status, DateTimeOffset At)
    {
        public string Text => System.Text.Encoding.UTF8.GetString(Body);
        public string? Header(string name) => Headers.TryGetValue(name, out var v) ? v.ToString() : null;
    }

    private sealed record Reply(int Status, string? RetryAfter);

    public static async Task<LocalReceiver> Start()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new LocalReceiver(app);
        app.MapPost("/{**path}", receiver.Handle);
        await app.StartAsync();
        return receiver;
    }

    public Uri Url(string path) => new(Address, path);

    /// <summary>The next POSTs to <paramref name="path"/> get these statuses, in order; after them, 201.</summary>
    public void Answer(string path, params int[] statuses) => Answer(path, null, statuses);

    public void Answer(string path, string? retryAfter, params int[] statuses)
    {
        var queue = _script.GetOrAdd("/" + path.TrimStart('/'), _ => new());
        foreach (var status in statuses)
        {
            queue.Enqueue(new Reply(status, retryAfter));
        }
    }

    public IReadOnlyList<Received> For(string path) => [.. _received.Where(r => r.Path == "/" + path.TrimStart('/'))];

    public IReadOnlyList<Received> All => [.. _received];

    private async Task Handle(HttpContext http)
    {
        using var body = new MemoryStream();
        await http.Request.Body.CopyToAsync(body);
        var path = http.Request.Path.Value ?? "/";
        var answer = _script.TryGetValue(path, out var queue) && queue.TryDequeue(out var next) ? next : new Reply(201, null);
        var headers = new HeaderDictionary();
        foreach (var (name, value) in http.Request.Headers)
        {
            headers[name] = value;
        }
        _received.Enqueue(new Received(path, headers, body.ToArray(), answer.Status, DateTimeOffset.UtcNow));
        if (answer.Status == 201)
        {
            Interlocked.Increment(ref _created);
        }
        if (answer.RetryAfter is { } wait)
        {
            http.Response.Headers.RetryAfter = wait;
        }
        http.Response.StatusCode = answer.Status;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
