using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FrontAlert.Benchmarks;

/// <summary>
/// Runs <see cref="E2EGenerator"/> as its own process (this executable with <c>--e2e-generator PLAN RESULT</c>), so
/// the load generator and its SignalR client share no runtime, GC or thread pool with the node they measure.
/// Its console lines go to the log; its result comes back as JSON.
/// </summary>
public static class GeneratorProcess
{
    public static async Task<JsonNode> Run(GeneratorPlan plan, string label)
    {
        var dir = Directory.CreateTempSubdirectory("frontalert-e2e-").FullName;
        var planPath = Path.Combine(dir, "plan.json");
        var resultPath = Path.Combine(dir, "result.json");
        await File.WriteAllTextAsync(planPath, JsonSerializer.Serialize(plan));
        var info = new ProcessStartInfo(Environment.ProcessPath!) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet")
        {
            info.ArgumentList.Add(typeof(GeneratorProcess).Assembly.Location);
        }
        info.ArgumentList.Add("--e2e-generator");
        info.ArgumentList.Add(planPath);
        info.ArgumentList.Add(resultPath);
        using var process = Process.Start(info)!;
        process.OutputDataReceived += (_, e) => { if (e.Data is { Length: > 0 }) { Log.Say($"e2e {label}: {e.Data}"); } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { Length: > 0 }) { Log.Say($"e2e {label} (stderr): {e.Data}"); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var limit = TimeSpan.FromSeconds(60 + plan.WarmSeconds + plan.ClosedSeconds + plan.Fractions.Length * (2 * plan.LevelSeconds + plan.DrainSeconds + 20));
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"the e2e generator did not finish within {limit}");
        }
        if (process.ExitCode != 0 || !File.Exists(resultPath))
        {
            throw new InvalidOperationException($"the e2e generator failed (exit {process.ExitCode})");
        }
        var result = JsonNode.Parse(await File.ReadAllTextAsync(resultPath))!;
        Directory.Delete(dir, recursive: true);
        return result;
    }
}
