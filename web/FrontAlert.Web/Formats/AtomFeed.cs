using System.Xml.Linq;
using FrontAlert.Domain;

namespace FrontAlert.Web;

/// <summary>
/// The newest Alerts as an Atom 1.0 feed (RFC 4287). Each entry's id is its alert URL, stable for the alert's life, so
/// a feed reader never shows one alert twice. With <paramref name="withCap"/> each entry also links its CAP message,
/// as CAP aggregators expect of a CAP index feed.
/// </summary>
public sealed class AtomFeed(CapOptions options, Uri site, bool withCap)
{
    public const string MediaType = "application/atom+xml";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public XDocument Build(Uri self, string title, IReadOnlyList<Alert> alerts)
    {
        var updated = alerts.Count == 0 ? DateTimeOffset.UnixEpoch : alerts.Max(a => a.RaisedAt);
        return new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement(Atom + "feed",
            new XElement(Atom + "id", self.AbsoluteUri),
            new XElement(Atom + "title", title),
            new XElement(Atom + "updated", Time(updated)),
            new XElement(Atom + "link", new XAttribute("rel", "self"), new XAttribute("href", self.AbsoluteUri)),
            new XElement(Atom + "author", new XElement(Atom + "name", options.SenderName)),
            alerts.OrderByDescending(a => a.Seq).Select(Entry)));
    }

    private XElement Entry(Alert alert)
    {
        var url = new Uri(site, $"/api/v1/alerts/{Uri.EscapeDataString(alert.Id)}");
        return new XElement(Atom + "entry",
            new XElement(Atom + "id", url.AbsoluteUri),
            new XElement(Atom + "title", alert.Title),
            new XElement(Atom + "updated", Time(alert.RaisedAt)),
            new XElement(Atom + "published", Time(alert.RaisedAt)),
            new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"),
                new XAttribute("href", new Uri(site, $"/location.html?id={Uri.EscapeDataString(alert.LocationId)}").AbsoluteUri)),
            withCap
                ? new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("type", CapDocument.MediaType),
                    new XAttribute("href", new Uri(site, $"/api/v1/alerts/{Uri.EscapeDataString(alert.Id)}/cap").AbsoluteUri))
                : null,
            new XElement(Atom + "category", new XAttribute("term", EnumNames.Name(alert.Kind))),
            new XElement(Atom + "category", new XAttribute("term", EnumNames.Name(alert.Severity)), new XAttribute("scheme", "severity")),
            new XElement(Atom + "summary", alert.Message));
    }

    private static string Time(DateTimeOffset time) =>
        time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
