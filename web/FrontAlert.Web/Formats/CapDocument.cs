using System.Globalization;
using System.Xml.Linq;
using FrontAlert.Domain;

namespace FrontAlert.Web;

/// <summary>
/// One Alert as an OASIS CAP 1.2 message (<c>urn:oasis:names:tc:emergency:cap:1.2</c>), elements in the schema's order.
/// <paramref name="site"/> is the public address of the web node, for the Location page link.
/// </summary>
public sealed class CapDocument(CapOptions options, Domain.Catalog catalog, Uri site)
{
    public const string MediaType = "application/cap+xml";
    public static readonly XNamespace Cap = "urn:oasis:names:tc:emergency:cap:1.2";

    /// <param name="references">What this message updates (the claim a confirmation upgrades) or cancels (what a
    /// Correction corrects).</param>
    public XDocument Build(Alert alert, IReadOnlyList<Alert> references)
    {
        var msgType = alert.Kind == RuleKind.Correction ? "Cancel" : references.Count > 0 ? "Update" : "Alert";
        return new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement(Cap + "alert",
            E("identifier", alert.Id),
            E("sender", options.Sender),
            E("sent", CapMapping.Time(alert.RaisedAt)),
            E("status", "Actual"),
            E("msgType", msgType),
            E("scope", "Public"),
            references.Count == 0 ? null
                : E("references", string.Join(' ', references.Select(r => $"{options.Sender},{r.Id},{CapMapping.Time(r.RaisedAt)}"))),
            Info(alert)));
    }

    private XElement Info(Alert alert) => new(Cap + "info",
        E("language", "en-US"),
        E("category", "Security"),
        E("event", CapMapping.Event(alert.Kind)),
        E("urgency", "Immediate"),
        E("severity", CapMapping.Severity(alert.Severity)),
        E("certainty", CapMapping.Certainty(alert)),
        E("effective", CapMapping.Time(alert.RaisedAt)),
        E("onset", CapMapping.Time(alert.ObservedAt)),
        E("senderName", options.SenderName),
        E("headline", alert.Title.Length <= 160 ? alert.Title : alert.Title[..159] + "…"),
        E("description", alert.Message),
        E("web", new Uri(site, $"/location.html?id={Uri.EscapeDataString(alert.LocationId)}").AbsoluteUri),
        CapParameters.Of(alert, catalog).Select(p => Pair("parameter", p.Name, p.Value)),
        Area(alert.LocationId));

    private XElement Area(string locationId)
    {
        var location = catalog.Locations.GetValueOrDefault(locationId);
        var circle = location is { Lat: { } lat, Lon: { } lon }
            ? E("circle", string.Create(CultureInfo.InvariantCulture, $"{lat:0.#####},{lon:0.#####} {CapMapping.RadiusKm(location.Kind)}"))
            : null;
        return new XElement(Cap + "area",
            E("areaDesc", string.Join(", ", new[] { catalog.NameOf(locationId) }.Concat(catalog.Ancestors(locationId).Select(catalog.NameOf)))),
            circle,
            Pair("geocode", "frontalert-location", locationId));
    }

    private static XElement Pair(string name, string valueName, string value) =>
        new(Cap + name, E("valueName", valueName), E("value", value));

    private static XElement E(string name, object? content) => new(Cap + name, content);
}
