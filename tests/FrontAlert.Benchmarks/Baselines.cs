using System.Text.Json;
using FrontAlert.Adapters;
using FrontAlert.Contracts;
using FrontAlert.Grains;
using FrontAlert.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FrontAlert.Benchmarks;

/// <summary>
/// Baseline "an Orleans grain that only writes its state to Redis": one activation per location id, in FrontAlert's own
/// silo, on FrontAlert's own Redis grain storage provider and serializer. It keeps the last 20 reports it was given
/// (as FrontAlert keeps 20 recent strikes) and writes its state once per call. Plain, non-reentrant: no domain
/// rules, no idempotency check, no report store, no roll-up to parents, no alert log.
/// </summary>
[Alias("FrontAlert.Benchmarks.IBaselineGrain")]
public interface IBaselineGrain : IGrainWithStringKey
{
    [Alias("Write")] Task<int> Write(string[] reports);
}

[GenerateSerializer]
public sealed class BaselineState
{
    [Id(0)] public List<string> Recent { get; set; } = [];
    [Id(1)] public long Count { get; set; }
}

public sealed class BaselineGrain([PersistentState("baseline", FrontAlertStorage.Name)] IPersistentState<BaselineState> state) : Grain, IBaselineGrain
{
    public async Task<int> Write(string[] reports)
    {
        state.State.Recent.AddRange(reports);
        if (state.State.Recent.Count > 20)
        {
            state.State.Recent.RemoveRange(0, state.State.Recent.Count - 20);
        }
        state.State.Count += reports.Length;
        await state.WriteStateAsync();
        return reports.Length;
    }
}

/// <summary>
/// <c>POST /bench/baseline/reports</c> on the same Kestrel as FrontAlert's <c>POST /api/v1/reports</c>: parse the same
/// body (one report or an array), group by <c>locationId</c>, hand each group to its baseline grain in parallel,
/// answer 202 with the count once every grain has written. The same shape as FrontAlert's Ingestor, minus the domain.
/// </summary>
public static class BaselineEndpoint
{
    public static void Map(WebApplication app) =>
        app.MapPost("/bench/baseline/reports", async (HttpRequest request, IGrainFactory grains) =>
        {
            using var doc = await JsonDocument.ParseAsync(request.Body);
            var items = doc.RootElement.ValueKind == JsonValueKind.Array ? [.. doc.RootElement.EnumerateArray()] : new[] { doc.RootElement };
            var written = await Task.WhenAll(items
                .GroupBy(r => r.GetProperty("locationId").GetString()!, StringComparer.Ordinal)
                .Select(g => grains.GetGrain<IBaselineGrain>(g.Key).Write([.. g.Select(r => r.GetRawText())])));
            return Results.Accepted(value: new { accepted = written.Sum() });
        });
}

/// <summary>Baseline "a plain SignalR hub broadcasting the same messages with no Orleans".</summary>
public sealed class PlainHub : Hub;

public sealed class PlainHubServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private PlainHubServer(WebApplication app) => _app = app;

    public Uri Address => new(_app.Urls.First());
    public IHubContext<PlainHub> Hub => _app.Services.GetRequiredService<IHubContext<PlainHub>>();

    public static async Task<PlainHubServer> Start(int port = 0)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        builder.Services.AddSignalR();
        var app = builder.Build();
        app.UseWebSockets();
        app.MapHub<PlainHub>("/hubs/alerts");
        // the fan-out baseline's trigger: broadcast each element of a JSON array, one after the other, to every connection
        app.MapPost("/broadcast", async (HttpRequest request, IHubContext<PlainHub> hub) =>
        {
            using var doc = await System.Text.Json.JsonDocument.ParseAsync(request.Body);
            var count = 0;
            foreach (var payload in doc.RootElement.EnumerateArray())
            {
                await hub.Clients.All.SendAsync("alert", payload.Clone());
                count++;
            }
            return Results.Ok(new { sent = count });
        });
        await app.StartAsync();
        return new PlainHubServer(app);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>A plain SignalR hub server as its own process (this executable with --serve-plain-hub PORT).</summary>
public sealed class PlainHubProcess : IAsyncDisposable
{
    private readonly System.Diagnostics.Process _process;

    private PlainHubProcess(System.Diagnostics.Process process, int port) => (_process, Root) = (process, new Uri($"http://127.0.0.1:{port}/"));

    public Uri Root { get; }
    public int Pid => _process.Id;

    /// <param name="environment">extra environment for the hub process (a GC setting the web node was given, for a tuned twin)</param>
    public static async Task<PlainHubProcess> Start(IReadOnlyDictionary<string, string>? environment = null)
    {
        var port = FrontAlert.Testing.FreePort.Next();
        var info = new System.Diagnostics.ProcessStartInfo(Environment.ProcessPath!) { UseShellExecute = false, RedirectStandardOutput = true };
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet")
        {
            info.ArgumentList.Add(typeof(PlainHubProcess).Assembly.Location);
        }
        info.ArgumentList.Add("--serve-plain-hub");
        info.ArgumentList.Add(port.ToString());
        var process = System.Diagnostics.Process.Start(info)!;
        await process.StandardOutput.ReadLineAsync();
        return new PlainHubProcess(process, port);
    }

    public async ValueTask DisposeAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
