using FrontAlert.Domain;

namespace FrontAlert.Web;

public static class Severities
{
    /// <summary>Parses a query's severity name; absent means everything.</summary>
    public static Severity Parse(string? name, List<FieldError> errors, string field = "minSeverity") =>
        name is null ? Severity.Info : EnumNames.Parse<Severity>(name, field, errors) ?? Severity.Info;
}
