using FrontAlert.Domain;

namespace FrontAlert.Web;

/// <summary>The <c>scopeId</c> and <c>minSeverity</c> filters every alert read takes (pages and feeds), checked once.</summary>
public sealed record AlertFilter(string? ScopeId, Severity MinSeverity)
{
    /// <summary>Adds a named error for an unknown scope or severity; blank values mean "everything".</summary>
    public static AlertFilter Read(string? scopeId, string? minSeverity, Domain.Catalog catalog, List<FieldError> errors)
    {
        var scope = Query.Text(scopeId);
        var severity = Severities.Parse(Query.Text(minSeverity), errors);
        if (scope is not null && !catalog.Locations.ContainsKey(scope))
        {
            errors.Add(new("scopeId", $"unknown location '{scope}'"));
        }
        return new AlertFilter(scope, severity);
    }

    public bool Matches(Alert alert, Domain.Catalog catalog) =>
        alert.Severity >= MinSeverity && (ScopeId is null || catalog.IsWithin(alert.LocationId, ScopeId));
}
