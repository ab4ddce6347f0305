using System.Globalization;
using System.Text.RegularExpressions;

namespace FrontAlert.Testing;

/// <summary>
/// One read of <c>/metrics</c>: Prometheus text, looked up by series name and labels. Tests also wait on these figures
/// (a gauge of hub connections, a count of deliveries) instead of sleeping.
/// </summary>
public sealed partial class Scrape(string text)
{
    public string Text => text;

    public static async Task<Scrape> From(HttpClient http, Uri address)
    {
        var response = await http.GetAsync(new Uri(address, "/metrics"));
        response.EnsureSuccessStatusCode();
        return new Scrape(await response.Content.ReadAsStringAsync());
    }

    /// <summary>The sum of every series named <paramref name="name"/> whose labels include all of <paramref name="labels"/>.</summary>
    public double Value(string name, params string[] labels) => Series()
        .Where(s => s.Name == name && labels.All(l => s.Labels.Contains(l, StringComparison.Ordinal)))
        .Sum(s => s.Value);

    private IEnumerable<(string Name, string Labels, double Value)> Series() =>
        text.Split('\n').Select(l => Line().Match(l)).Where(m => m.Success)
            .Select(m => (m.Groups[1].Value, m.Groups[2].Value, double.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture)));

    [GeneratedRegex(@"^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? ([^ ]+)")]
    private static partial Regex Line();
}
