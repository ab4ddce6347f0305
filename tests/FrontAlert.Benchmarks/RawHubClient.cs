using System.Net.WebSockets;
using System.Text;

namespace FrontAlert.Benchmarks;

/// <summary>
/// The cheapest SignalR subscriber a client machine can hold: a raw WebSocket speaking the JSON hub protocol (connect
/// without negotiate, as the official clients do with skipNegotiation, handshake, optional Subscribe invocation), that
/// only counts the <c>alert</c> invocations it receives. No JSON parsing, a 1 KiB receive buffer.
/// </summary>
public sealed class RawHubClient : IAsyncDisposable
{
    private static readonly byte[] Pattern = "\"target\":\"alert\""u8.ToArray();
    private static readonly byte[] Handshake = "{\"protocol\":\"json\",\"version\":1}\u001e"u8.ToArray();
    private static readonly byte[] Ping = "{\"type\":6}\u001e"u8.ToArray();
    private readonly ClientWebSocket _socket = new();
    private Task? _receive;
    private int _match;
    private long _alerts;
    private TaskCompletionSource? _reached;
    private long _target = long.MaxValue;
    private int _buffer = 1024;

    public long Alerts => Interlocked.Read(ref _alerts);

    /// <summary>When armed, the Stopwatch timestamp of the first alert any client counted after arming.</summary>
    private static long _firstAlertAt;
    private static int _armed;

    public static long FirstAlertAt => Interlocked.Read(ref _firstAlertAt);

    public static void Arm()
    {
        Interlocked.Exchange(ref _firstAlertAt, 0);
        Volatile.Write(ref _armed, 1);
    }
    public bool Open => _socket.State == WebSocketState.Open;
    public Exception? Error { get; private set; }

    /// <param name="buffer">1 KiB for the many idle or fan-out clients; the replay's one client reads a stream and gets more.</param>
    public static async Task<RawHubClient> Connect(Uri server, string path = "/hubs/alerts", string? subscribe = null, int buffer = 1024)
    {
        var client = new RawHubClient { _buffer = buffer };
        client._socket.Options.KeepAliveInterval = Timeout.InfiniteTimeSpan;
        client._socket.Options.SetBuffer(buffer, 1024);
        var ws = new UriBuilder(server) { Scheme = "ws", Path = path }.Uri;
        await client._socket.ConnectAsync(ws, CancellationToken.None);
        await client._socket.SendAsync(Handshake, WebSocketMessageType.Text, true, CancellationToken.None);
        // the handshake answer "{}\x1e" comes first; the receive loop skips it (it matches nothing)
        client._receive = Task.Run(client.Receive);
        if (subscribe is not null)
        {
            var invoke = Encoding.UTF8.GetBytes("{\"type\":1,\"target\":\"Subscribe\",\"arguments\":[" + subscribe + "]}\u001e");
            await client._socket.SendAsync(invoke, WebSocketMessageType.Text, true, CancellationToken.None);
        }
        return client;
    }

    /// <summary>Completes when this client has counted <paramref name="count"/> alerts in total.</summary>
    public Task WhenCount(long count)
    {
        var tcs = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _reached = tcs;
        Volatile.Write(ref _target, count);
        if (Alerts >= count)
        {
            tcs.TrySetResult();
        }
        return tcs.Task;
    }

    /// <summary>The hub closes a connection that says nothing for 30 s; idle clients ping like the official ones.</summary>
    public Task SendPing() =>
        Open ? _socket.SendAsync(Ping, WebSocketMessageType.Text, true, CancellationToken.None) : Task.CompletedTask;

    private async Task Receive()
    {
        var buffer = new byte[_buffer];
        try
        {
            while (true)
            {
                var result = await _socket.ReceiveAsync(buffer, CancellationToken.None);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }
                Scan(buffer.AsSpan(0, result.Count));
            }
        }
        catch (Exception e)
        {
            Error = e;
        }
    }

    /// <summary>
    /// Streaming match of <c>"target":"alert"</c> across buffer boundaries (the pattern has no self-overlap), with the
    /// vectorized <c>IndexOf</c>: a byte-by-byte loop cost the replay's one client more CPU than the hub's framing.
    /// </summary>
    private void Scan(ReadOnlySpan<byte> data)
    {
        if (_match > 0)
        {
            // a match begun at the end of the previous buffer
            var rest = Math.Min(Pattern.Length - _match, data.Length);
            if (data[..rest].SequenceEqual(Pattern.AsSpan(_match, rest)))
            {
                if (_match + rest < Pattern.Length)
                {
                    _match += rest;
                    return;
                }
                Matched();
                data = data[rest..];
            }
            _match = 0;
        }
        for (int at; (at = data.IndexOf(Pattern)) >= 0; data = data[(at + Pattern.Length)..])
        {
            Matched();
        }
        for (var tail = Math.Min(Pattern.Length - 1, data.Length); tail > 0; tail--)
        {
            if (data[^tail..].SequenceEqual(Pattern.AsSpan(0, tail)))
            {
                _match = tail;
                return;
            }
        }
    }

    private void Matched()
    {
        var n = Interlocked.Increment(ref _alerts);
        if (Volatile.Read(ref _armed) == 1 && Interlocked.CompareExchange(ref _firstAlertAt, System.Diagnostics.Stopwatch.GetTimestamp(), 0) == 0)
        {
            Volatile.Write(ref _armed, 0);
        }
        if (n >= Volatile.Read(ref _target))
        {
            _reached?.TrySetResult();
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_socket.State == WebSocketState.Open)
            {
                using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, cts.Token);
            }
        }
        catch
        {
        }
        _socket.Abort();
        _socket.Dispose();
    }

    /// <summary>Opens <paramref name="count"/> clients with at most <paramref name="parallel"/> handshakes at a time.</summary>
    public static async Task<List<RawHubClient>> ConnectMany(Uri server, int count, string? subscribe, int parallel = 64)
    {
        var clients = new RawHubClient[count];
        using var gate = new SemaphoreSlim(parallel);
        await Task.WhenAll(Enumerable.Range(0, count).Select(async i =>
        {
            await gate.WaitAsync();
            try
            {
                for (var attempt = 0; ; attempt++)
                {
                    try
                    {
                        clients[i] = await Connect(server, subscribe: subscribe);
                        return;
                    }
                    catch (WebSocketException) when (attempt < 3)
                    {
                        await Task.Delay(200);
                    }
                }
            }
            finally
            {
                gate.Release();
            }
        }));
        return [.. clients];
    }
}
