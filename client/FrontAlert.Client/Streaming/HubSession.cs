using System.Text.Json;
using System.Threading.Channels;
using FrontAlert.Wire;
using Microsoft.AspNetCore.Http.Connections.Client;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace FrontAlert.Client;

/// <summary>
/// One connection to <c>/hubs/alerts</c> and one subscription on it. Alerts and resets (<see cref="StreamReset"/>)
/// go into a bounded buffer in arrival order; when the connection closes the buffer is completed, so the reader drains what arrived (all of it in order)
/// and then learns the session is over. Nothing is written after that, so a reconnect never interleaves with it.
/// The SignalR client reads the socket whatever its handlers do and queues without limit, so a full buffer cannot
/// push back: instead the session ends itself, and the reader resumes from the log once it has caught up.
/// </summary>
internal sealed class HubSession(Uri hub, string? apiKey, int buffer, Action<HttpConnectionOptions>? configure, StreamProtocol protocol = StreamProtocol.Json)
    : IAsyncDisposable
{
    private readonly Channel<object> _alerts = Channel.CreateBounded<object>(new BoundedChannelOptions(buffer) { SingleReader = true, SingleWriter = true });
    private readonly HubConnection _connection = Build(hub, apiKey, configure, protocol);

    private static HubConnection Build(Uri hub, string? apiKey, Action<HttpConnectionOptions>? configure, StreamProtocol protocol)
    {
        var builder = new HubConnectionBuilder().WithUrl(hub, o =>
        {
            if (apiKey is not null)
            {
                o.Headers["X-Api-Key"] = apiKey;
            }
            configure?.Invoke(o);
        });
        // Either way every payload is read as JSON below: the hub's MessagePack has the JSON's shape (JsonShapedResolver).
        _ = protocol == StreamProtocol.MessagePack
            ? builder.AddMessagePackProtocol(o => o.SerializerOptions = JsonShapedResolver.Options(ClientJson.Options))
            : builder.AddJsonProtocol(o => o.PayloadSerializerOptions = new JsonSerializerOptions(ClientJson.Options));
        return builder.Build();
    }

    private Exception? _unreadable;
    private volatile bool _ended;

    /// <summary>Why the server or the network ended the connection (null for a clean close).</summary>
    public Exception? ClosedBy { get; private set; }

    /// <summary>What the server said when it closed the connection on purpose (e.g. this reader was too slow).</summary>
    public string? ClosingReason { get; private set; }

    public int Buffered => _alerts.Reader.Count;

    public async Task Open(SubscribeRequest request, CancellationToken cancel)
    {
        Listen();
        await _connection.StartAsync(cancel);
        await _connection.InvokeAsync("Subscribe", request, cancel);
    }

    private void Listen()
    {
        // Raw JSON, read here: a payload the typed binder cannot read would otherwise be logged and skipped, a silent gap.
        _connection.On<JsonElement>("alert", OnAlert);
        // In order with the alerts: the cursor moves back (or on) exactly between the alerts around it.
        _connection.On<JsonElement>("reset", OnReset);
        // Map refreshes are not alerts; a handler keeps the client from logging each one as unhandled.
        _connection.On<JsonElement>("locationUpdated", _ => { });
        // Sent just before the server drops a reader that fell too far behind: the reason is worth telling the app.
        _connection.On<JsonElement>("closing", json => ClosingReason =
            json.ValueKind == JsonValueKind.Object && json.TryGetProperty("reason", out var reason) ? reason.ToString() : json.ToString());
        _connection.Closed += error =>
        {
            ClosedBy = error;
            End();
            return Task.CompletedTask;
        };
    }

    /// <summary>The next alert or <see cref="StreamReset"/> in arrival order, or null once the connection is closed and the buffer drained.</summary>
    public async ValueTask<object?> Next(CancellationToken cancel)
    {
        while (await _alerts.Reader.WaitToReadAsync(cancel))
        {
            if (_alerts.Reader.TryRead(out var alert))
            {
                return alert;
            }
        }
        return _unreadable is null ? null : throw _unreadable;
    }

    /// <summary>Handlers run one at a time in arrival order, so this is the buffer's only writer.</summary>
    private void OnAlert(JsonElement json) => Take<Alert>(json, "an alert");

    private void OnReset(JsonElement json) => Take<StreamReset>(json, "a reset");

    private void Take<T>(JsonElement json, string what) where T : class
    {
        if (_ended)
        {
            return; // the session is over; this comes again after the reconnect, from the last seq yielded
        }
        T item;
        try
        {
            item = json.Deserialize<T>(ClientJson.Options) ?? throw new JsonException($"{what} is null");
        }
        catch (JsonException e)
        {
            // Skipping it would silently lose an alert, and resuming past it would too: stop and say so.
            _unreadable = new InvalidDataException($"the server sent {what} this client cannot read: {e.Message}\n{json}", e);
            End();
            return;
        }
        if (!_alerts.Writer.TryWrite(item))
        {
            ClosingReason = $"the app fell {buffer:N0} alerts behind; resuming from the log once it has caught up";
            End();
            _ = StopQuietly();
        }
    }

    private void End()
    {
        _ended = true;
        _alerts.Writer.TryComplete();
    }

    /// <summary>Not awaited: a handler that waited for the connection to stop would wait for itself.</summary>
    private async Task StopQuietly()
    {
        try
        {
            await _connection.StopAsync();
        }
        catch (Exception)
        {
            // already closing or closed: either way no more alerts are queued for this session
        }
    }

    public async ValueTask DisposeAsync()
    {
        End();
        await _connection.DisposeAsync();
    }
}
