using System.Globalization;

namespace FrontAlert.Domain;

/// <summary>
/// Turns ACLED rows into FrontAlert reports against one catalog snapshot (docs/contract/acled-import.md). Pure: the
/// same row and catalog always give the same report, with id <c>acled:&lt;event_id_cnty&gt;</c>, so importing a file
/// again only finds duplicates. Actors and Locations are matched by name and alias; what is not known is rejected with
/// the column and the name, never invented.
/// </summary>
public sealed class AcledMapper(Catalog catalog, AcledSettings settings, TimeBounds bounds)
{
    public const string IdPrefix = "acled:";

    private readonly NameIndex _names = new(catalog);

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "d MMMM yyyy", "d MMM yyyy"];

    public AcledOutcome Map(AcledRow row)
    {
        var type = NameKey.Of(row.SubEventType);
        var isControl = AcledEventTypes.Control.Contains(type);
        var strikeKind = AcledEventTypes.Strikes.GetValueOrDefault(type);
        var errors = new List<string>();
        var killed = strikeKind is not null || type == AcledEventTypes.ArmedClash ? Fatalities(row, errors) : 0;
        if (type == AcledEventTypes.ArmedClash && errors.Count == 0)
        {
            if (killed == 0)
            {
                return AcledOutcome.NotMapped(row.Line, row.SubEventType, "an armed clash without fatalities");
            }
            strikeKind = AcledEventTypes.ClashKind;
        }
        if (!isControl && strikeKind is null && type != AcledEventTypes.ArmedClash)
        {
            var named = row.SubEventType.Length > 0 ? row.SubEventType : row.EventType;
            return AcledOutcome.NotMapped(row.Line, named.Length > 0 ? named : "(none)", "no FrontAlert report for this event type");
        }
        var id = Id(row, errors);
        var observedAt = Date(row, errors);
        var precision = new Precision(Scale(row.GeoPrecision, "geo_precision", errors), Scale(row.TimePrecision, "time_precision", errors));
        var location = errors.Count == 0 ? LocationOf(row, precision.Geo, errors) : null;
        var actor = Actor("actor1", row.Actor1, unidentifiedAllowed: !isControl, errors);
        if (errors.Count > 0 || location is null)
        {
            return AcledOutcome.Reject(row.Line, string.Join("; ", errors));
        }
        // The notes, and whom ACLED had them from: the Source of the Report is ACLED, its own sources stay readable.
        var told = row.Source.Length > 0 ? $"{row.Notes} (ACLED sources: {row.Source})".TrimStart() : row.Notes;
        var text = told.Length > ReportReader.MaxString ? told[..ReportReader.MaxString] : told;
        Report report = isControl
            ? new ControlReport
            {
                Id = id!, LocationId = location.Id, SourceId = AcledSettings.SourceId, ObservedAt = observedAt!.Value,
                ActorId = actor!, Status = ControlStatus.Captured, Text = text, Precision = precision,
            }
            : new StrikeReport
            {
                Id = id!, LocationId = location.Id, SourceId = AcledSettings.SourceId, ObservedAt = observedAt!.Value,
                PerpetratorId = actor, Kind = strikeKind!, Killed = killed,
                // ACLED flags events aimed at civilians; their dead are then counted as civilians, otherwise as not known.
                CiviliansKilled = row.CivilianTargeting.Length > 0 ? killed : 0, Text = text, Precision = precision,
            };
        return AcledOutcome.Mapped(row.Line, report);
    }

    private static string? Id(AcledRow row, List<string> errors)
    {
        var id = IdPrefix + row.EventIdCnty.Trim();
        if (row.EventIdCnty.Trim().Length == 0)
        {
            errors.Add("event_id_cnty: is required");
        }
        else if (!IdSyntax.IsValid(id))
        {
            errors.Add($"event_id_cnty: '{row.EventIdCnty}' may contain only letters, digits and . _ : -");
        }
        return id;
    }

    private DateTimeOffset? Date(AcledRow row, List<string> errors)
    {
        if (!DateTime.TryParseExact(row.EventDate.Trim(), DateFormats, CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date))
        {
            errors.Add($"event_date: '{row.EventDate}' is not a date (2024-11-30 or 30 November 2024)");
            return null;
        }
        // ACLED gives days, not times: the event is filed at the start of its day (UTC).
        var at = new DateTimeOffset(date.Date, TimeSpan.Zero);
        if (at < TimeBounds.Earliest || at > bounds.Latest)
        {
            errors.Add($"event_date: '{row.EventDate}' must lie between 1900 and the server's clock");
            return null;
        }
        return at;
    }

    private static int Scale(string text, string column, List<string> errors)
    {
        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= Precision.Exact and <= Precision.Coarsest)
        {
            return n;
        }
        errors.Add($"{column}: '{text}' must be 1, 2 or 3");
        return Precision.Coarsest;
    }

    private static int Fatalities(AcledRow row, List<string> errors)
    {
        if (int.TryParse(row.Fatalities.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= Counts.Max)
        {
            return n;
        }
        errors.Add($"fatalities: '{row.Fatalities}' must be a whole number from 0 to {Counts.Max}");
        return 0;
    }

    /// <summary>
    /// geo_precision 3: the admin1 province. Otherwise the Location named in <c>location</c> (within admin1 when that is
    /// known); failing that, at 1 the nearest known town within reach of the coordinates, at 2 the admin2 district.
    /// </summary>
    private Location? LocationOf(AcledRow row, int geo, List<string> errors)
    {
        var province = _names.Locations(row.Admin1).FirstOrDefault(l => l.Kind == LocationKind.Governorate);
        if (geo == Precision.Coarsest)
        {
            return province ?? Fail($"admin1: no known province named '{row.Admin1}' (geo_precision 3 files the row under its admin1 area)");
        }
        if (Named(row.Location, province, _ => true) is { } named)
        {
            return named;
        }
        if (geo == Precision.Exact)
        {
            if (!double.TryParse(row.Latitude, NumberStyles.Float, CultureInfo.InvariantCulture, out var lat) || Math.Abs(lat) > 90
                || !double.TryParse(row.Longitude, NumberStyles.Float, CultureInfo.InvariantCulture, out var lon) || Math.Abs(lon) > 180)
            {
                return Fail($"location: no known location named '{row.Location}', and latitude/longitude ('{row.Latitude}', '{row.Longitude}') are not a point");
            }
            return _names.Nearest(lat, lon, settings.NearestKm)?.Location
                ?? Fail($"location: no known location named '{row.Location}' and none within {settings.NearestKm.ToString(CultureInfo.InvariantCulture)} km of ({row.Latitude}, {row.Longitude})");
        }
        return Named(row.Admin2, province, l => l.Kind == LocationKind.District)
            ?? Fail($"location: no known location named '{row.Location}', nor a district named '{row.Admin2}' (admin2)");

        Location? Fail(string reason)
        {
            errors.Add(reason);
            return null;
        }
    }

    private Location? Named(string name, Location? province, Func<Location, bool> wanted) =>
        _names.Locations(name).FirstOrDefault(l => wanted(l) && l.Kind != LocationKind.Country
            && (province is null || catalog.IsWithin(l.Id, province.Id)));

    /// <summary>
    /// The actor a name means. A strike's perpetrator may be ACLED's "Unidentified ..." (no one is named, so no one is
    /// blamed); any other unknown or ambiguous name rejects the row.
    /// </summary>
    private string? Actor(string column, string name, bool unidentifiedAllowed, List<string> errors)
    {
        if (name.Trim().Length == 0 || (unidentifiedAllowed && NameKey.Of(name).StartsWith("unidentified", StringComparison.Ordinal)))
        {
            if (!unidentifiedAllowed)
            {
                errors.Add($"{column}: is required for a territory change");
            }
            return null;
        }
        var found = _names.Actors(name);
        if (found.Count == 1)
        {
            return found[0].Id;
        }
        errors.Add(found.Count == 0
            ? $"{column}: unknown actor '{name}' (add it, or an alias of a known actor, with PUT /api/v1/actors/{{id}})"
            : $"{column}: '{name}' could mean any of {string.Join(", ", found.Select(a => a.Id))}");
        return null;
    }
}
