using System.Globalization;

namespace FrontAlert.Benchmarks;

/// <summary>
/// The experiment knobs (<c>FRONTALERT_BENCH_*</c> environment variables, BENCHMARKS.md "Run it"): never set in a
/// headline run, so an unset or unreadable one is the scenario's own default.
/// </summary>
public static class Knob
{
    public static double Number(string name, double otherwise) =>
        double.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : otherwise;

    public static int Count(string name, int otherwise) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : otherwise;
}
