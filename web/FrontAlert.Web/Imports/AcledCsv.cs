using System.Globalization;
using CsvHelper;
using FrontAlert.Domain;

namespace FrontAlert.Web;

/// <summary>
/// Reads an ACLED export (CSV with a header row, ACLED's column names, any column order, extra columns ignored) into
/// <see cref="AcledRow"/>s, each with the line it starts on. A row that is not well-formed CSV, or has a different
/// number of fields than the header, is refused on its own; a missing column refuses the file.
/// </summary>
public static class AcledCsv
{
    public static readonly string[] Required =
    [
        "event_id_cnty", "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "admin1", "location",
        "latitude", "longitude", "geo_precision", "fatalities",
    ];

    public sealed record Parsed(IReadOnlyList<AcledRow> Rows, IReadOnlyList<AcledRejection> Broken);

    /// <summary>The rows, or a field error for a file that cannot be read at all (no header, missing columns, no rows).</summary>
    public static async Task<(Parsed? Csv, FieldError? Problem)> Read(Stream body, CancellationToken cancel)
    {
        var broken = new List<AcledRejection>();
        var options = CsvReaderOptions.Default with
        {
            Separator = ',',
            TrackLineNumbers = true, // rejections name the line in the file, notes spanning lines included
            MalformedData = CsvMalformedDataHandling.Skip,
            FieldCountMismatch = CsvFieldCountHandling.Skip,
            OnMalformedRecord = bad => broken.Add(new AcledRejection((int)bad.LineNumber, null, Malformed(bad.Reason))),
        };
        await using var csv = CsvReader.Create(body, options, leaveOpen: true);
        await csv.ReadHeaderAsync(cancel);
        var header = csv.Headers.Select(h => h.Trim().ToLowerInvariant()).ToArray();
        if (header.Length == 0 || header.All(h => h.Length == 0))
        {
            return (null, new FieldError("header", "the CSV is empty: it needs ACLED's header row and at least one row"));
        }
        var missing = Required.Where(c => !header.Contains(c)).ToList();
        if (missing.Count > 0)
        {
            return (null, new FieldError("header", $"missing ACLED column(s): {string.Join(", ", missing)}"));
        }
        var columns = new Columns(header);
        var rows = new List<AcledRow>();
        while (await csv.ReadAsync(cancel))
        {
            rows.Add(columns.Row(csv));
        }
        broken.Sort((a, b) => a.Line.CompareTo(b.Line));
        return rows.Count + broken.Count == 0
            ? (null, new FieldError("header", "the CSV holds a header but no rows"))
            : (new Parsed(rows, broken), null);
    }

    private static string Malformed(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.FieldCountMismatch => "the row does not have as many fields as the header",
        CsvMalformedReason.UnterminatedQuote => "the row opens a quote it never closes",
        _ => "the row is not well-formed CSV (a stray quote, or text after a closing quote)",
    };

    /// <summary>Where each column the import reads sits in this file's header; -1 for an optional column it lacks.</summary>
    private sealed class Columns(string[] header)
    {
        private readonly Dictionary<string, int> _at = header.Select((name, i) => (name, i)).DistinctBy(c => c.name)
            .ToDictionary(c => c.name, c => c.i, StringComparer.Ordinal);

        private string Field(CsvReader csv, string name) =>
            _at.TryGetValue(name, out var i) ? (csv.GetString(i) ?? "").Trim() : "";

        public AcledRow Row(CsvReader csv) => new()
        {
            Line = (int)csv.LineNumber,
            EventIdCnty = Field(csv, "event_id_cnty"),
            EventDate = Field(csv, "event_date"),
            TimePrecision = Field(csv, "time_precision"),
            EventType = Field(csv, "event_type"),
            SubEventType = Field(csv, "sub_event_type"),
            Actor1 = Field(csv, "actor1"),
            CivilianTargeting = Field(csv, "civilian_targeting"),
            Admin1 = Field(csv, "admin1"),
            Admin2 = Field(csv, "admin2"),
            Location = Field(csv, "location"),
            Latitude = Field(csv, "latitude"),
            Longitude = Field(csv, "longitude"),
            GeoPrecision = Field(csv, "geo_precision"),
            Source = Field(csv, "source"),
            Notes = Field(csv, "notes"),
            Fatalities = Field(csv, "fatalities"),
        };
    }
}
