using System.Collections.Frozen;
using FrontAlert.Contracts;
using FrontAlert.Domain;

namespace FrontAlert.Web;

/// <summary>What one connection listens to: scopes (a subtree each; none means everything) and a minimum severity.</summary>
public sealed record Filter(FrozenSet<string> Scopes, bool Everything, Severity MinSeverity)
{
    public static readonly Filter Nothing = new(FrozenSet<string>.Empty, false, Severity.Info);

    public bool Listens => Everything || Scopes.Count > 0;

    public bool Covers(string locationId, Domain.Catalog catalog) =>
        Everything || Scopes.Contains(locationId) || catalog.Ancestors(locationId).Any(Scopes.Contains);

    public bool Matches(Alert alert, Domain.Catalog catalog) => alert.Severity >= MinSeverity && Covers(alert.LocationId, catalog);

    /// <summary>As <see cref="Matches(Alert, Domain.Catalog)"/>; everything at any severity matches without a look inside.</summary>
    public bool Matches(LoggedAlert alert, Domain.Catalog catalog)
    {
        if (!Listens)
        {
            return false;
        }
        if (Everything && MinSeverity == Severity.Info)
        {
            return true;
        }
        var scope = LoggedAlertScope.Of(alert);
        return scope.Severity >= MinSeverity && Covers(scope.LocationId, catalog);
    }
}
