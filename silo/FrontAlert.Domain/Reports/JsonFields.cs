using System.Globalization;
using System.Text.Json;

namespace FrontAlert.Domain;

/// <summary>Typed access to the members of one JSON object, recording a <see cref="FieldError"/> per bad field.</summary>
public readonly struct JsonFields(JsonElement json, List<FieldError> errors)
{
    private bool TryGet(string name, out JsonElement value)
    {
        value = default;
        return json.ValueKind == JsonValueKind.Object && json.TryGetProperty(name, out value);
    }

    public bool Has(string name) => TryGet(name, out var v) && v.ValueKind != JsonValueKind.Null;

    public T? Fail<T>(string field, string message) where T : class
    {
        errors.Add(new(field, message));
        return null;
    }

    public string? Id(string name)
    {
        var value = String(name, required: true, ReportReader.MaxId);
        if (value is not null && !IdSyntax.IsValid(value))
        {
            return Fail<string>(name, "may contain only letters, digits and . _ : -");
        }
        return value;
    }

    public string? String(string name, bool required, int max)
    {
        if (!TryGet(name, out var v) || v.ValueKind == JsonValueKind.Null)
        {
            return required ? Fail<string>(name, "is required") : null;
        }
        if (v.ValueKind != JsonValueKind.String)
        {
            return Fail<string>(name, "must be a string");
        }
        var s = v.GetString()!;
        if (required && s.Length == 0)
        {
            return Fail<string>(name, "must not be empty");
        }
        return s.Length > max ? Fail<string>(name, $"must be at most {max} characters") : s;
    }

    /// <summary>
    /// A strict ISO-8601 date and time with an offset (<c>2024-11-30T10:00:00Z</c>, <c>2024-11-30T12:00:00+02:00</c>),
    /// from 1900 on, and within <paramref name="bounds"/> when given. No local times, no dates without a time, no
    /// culture-dependent forms such as <c>12/1/2024</c>, and no bare <c>10:00</c> read as today.
    /// </summary>
    public DateTimeOffset? Time(string name, bool required, TimeBounds? bounds = null)
    {
        var s = String(name, required, 64);
        if (s is null)
        {
            return null;
        }
        if (!IsoTime.IsMatch(s) || !DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.None, out var t))
        {
            errors.Add(new(name, "must be an ISO-8601 date and time with an offset, e.g. 2024-11-30T10:00:00Z"));
            return null;
        }
        if (t < TimeBounds.Earliest)
        {
            errors.Add(new(name, "must not be before 1900"));
            return null;
        }
        if (bounds is not null && t > bounds.Latest)
        {
            errors.Add(new(name, $"must not be more than {bounds.MaxAhead.TotalMinutes:0} minutes after the server's clock ({bounds.Now.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ})"));
            return null;
        }
        return t.ToUniversalTime();
    }

    private static readonly System.Text.RegularExpressions.Regex IsoTime = new(
        @"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.Compiled);

    public TEnum? Enum<TEnum>(string name, bool required) where TEnum : struct, System.Enum
    {
        var s = String(name, required, 64);
        if (s is null)
        {
            return null;
        }
        return EnumNames.Parse<TEnum>(s, name, errors);
    }

    public long? Long(string name, long max = long.MaxValue)
    {
        if (!TryGet(name, out var v) || v.ValueKind == JsonValueKind.Null)
        {
            errors.Add(new(name, "is required"));
            return null;
        }
        if (v.ValueKind != JsonValueKind.Number || !v.TryGetInt64(out var n) || n < 0)
        {
            errors.Add(new(name, "must be a whole number of zero or more"));
            return null;
        }
        if (n > max)
        {
            errors.Add(new(name, $"must be at most {max.ToString("N0", CultureInfo.InvariantCulture)}"));
            return null;
        }
        return n;
    }

    public int? Count(string name, int max = int.MaxValue)
    {
        if (!TryGet(name, out var v) || v.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        if (v.ValueKind != JsonValueKind.Number || !v.TryGetInt32(out var n) || n < 0)
        {
            errors.Add(new(name, "must be a whole number of zero or more"));
            return null;
        }
        if (n > max)
        {
            errors.Add(new(name, $"must be at most {max.ToString("N0", CultureInfo.InvariantCulture)}"));
            return null;
        }
        return n;
    }

    public bool? Bool(string name)
    {
        if (!TryGet(name, out var v) || v.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        if (v.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            errors.Add(new(name, "must be true or false"));
            return null;
        }
        return v.GetBoolean();
    }

    /// <summary>
    /// An optional array of at most <see cref="MaxNames"/> non-blank strings of up to <see cref="ReportReader.MaxId"/>
    /// characters each, e.g. <c>aliases</c>; repeats are dropped. Missing or null is empty.
    /// </summary>
    public IReadOnlyList<string> Names(string name)
    {
        if (!TryGet(name, out var v) || v.ValueKind == JsonValueKind.Null)
        {
            return [];
        }
        if (v.ValueKind != JsonValueKind.Array)
        {
            errors.Add(new(name, "must be an array of strings"));
            return [];
        }
        if (v.GetArrayLength() > MaxNames)
        {
            errors.Add(new(name, $"may hold at most {MaxNames} names"));
            return [];
        }
        var names = new List<string>();
        foreach (var item in v.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(item.GetString()))
            {
                errors.Add(new(name, "must hold only non-empty strings"));
                return [];
            }
            var s = item.GetString()!.Trim();
            if (s.Length > ReportReader.MaxId)
            {
                errors.Add(new(name, $"each name must be at most {ReportReader.MaxId} characters"));
                return [];
            }
            if (!names.Contains(s, StringComparer.Ordinal))
            {
                names.Add(s);
            }
        }
        return names;
    }

    public const int MaxNames = 50;

    /// <summary>An optional <c>{"geo": 1-3, "time": 1-3}</c> (<see cref="Domain.Precision"/>); missing or null is exact.</summary>
    public Precision? Precision(string name)
    {
        if (!TryGet(name, out var v) || v.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        if (v.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new(name, "must be an object with geo and time, each 1, 2 or 3"));
            return null;
        }
        var geo = Scale(v, "geo");
        var time = Scale(v, "time");
        if (geo is null || time is null)
        {
            errors.Add(new(name, "geo and time must each be 1, 2 or 3"));
            return null;
        }
        return new Precision(geo.Value, time.Value);

        static int? Scale(JsonElement o, string member) =>
            o.TryGetProperty(member, out var n) && n.ValueKind == JsonValueKind.Number && n.TryGetInt32(out var i)
                && i is >= Domain.Precision.Exact and <= Domain.Precision.Coarsest ? i : null;
    }

    public string? OptionalId(string name) => Has(name) ? Id(name) : null;

    public double? Coordinate(string name, double limit)
    {
        if (!TryGet(name, out var v) || v.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        if (v.ValueKind != JsonValueKind.Number || !v.TryGetDouble(out var d) || Math.Abs(d) > limit)
        {
            errors.Add(new(name, $"must be a number between -{limit} and {limit}"));
            return null;
        }
        return d;
    }
}
