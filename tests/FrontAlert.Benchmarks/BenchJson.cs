using System.Text.Json;
using System.Text.Json.Serialization;

namespace FrontAlert.Benchmarks;

/// <summary>How results are written: indented, and NaN/Infinity allowed (a level with nothing to time has no latency).</summary>
public static class BenchJson
{
    public static readonly JsonSerializerOptions Options = new() { WriteIndented = true, NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals };
}
