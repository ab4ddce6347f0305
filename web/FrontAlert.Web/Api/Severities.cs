using FrontAlert.Domain;

namespace FrontAlert.Web;

public static class Severities
{
    /// <summary>Parses a query's severity name; absent means everything.</summary>
    public static Severity Parse(string? name, List<FieldError> errors, string field = "minSeverity")
    {
        if (name is null)
        {
            return Severity.Info;
        }
        var match = Enum.GetValues<Severity>().Where(s => EnumNames.Name(s) == name).ToList();
        if (match.Count == 0)
        {
            errors.Add(new(field, $"must be one of {string.Join(", ", EnumNames.Of<Severity>())}"));
            return Severity.Info;
        }
        return match[0];
    }
}
