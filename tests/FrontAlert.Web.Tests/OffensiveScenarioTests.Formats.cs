using System.Net;
using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using FrontAlert.Testing;

namespace FrontAlert.Web.Tests;

/// <summary>The offensive's alerts as the field's standard formats: CAP 1.2 against the OASIS schema, Atom through a feed parser.</summary>
public sealed partial class OffensiveScenarioTests
{
    private static readonly XNamespace Cap = "urn:oasis:names:tc:emergency:cap:1.2";

    [Fact]
    public async Task Every_alert_of_the_offensive_is_a_valid_CAP_message_and_the_Atom_feeds_parse()
    {
        await Rules();
        await Week();
        var alerts = await _server.Anonymous.Alerts("?limit=1000", atLeast: 20);
        var schemas = new XmlSchemaSet();
        schemas.Add(Cap.NamespaceName, Path.Combine(Repo.Root, "..", "shared", "standards", "cap-v1.2.xsd"));

        var messages = new List<XDocument>();
        foreach (var alert in alerts)
        {
            var id = alert.GetProperty("id").GetString()!;
            var response = await _server.Anonymous.GetAsync($"alerts/{Uri.EscapeDataString(id)}/cap");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/cap+xml", response.Content.Headers.ContentType?.MediaType);
            var cap = XDocument.Parse(await response.Content.ReadAsStringAsync());
            var errors = new List<string>();
            cap.Validate(schemas, (_, e) => errors.Add($"{id}: {e.Message}"));
            Assert.Empty(errors);
            Assert.Equal(id, cap.Root!.Element(Cap + "identifier")!.Value);
            messages.Add(cap);
        }

        // Khan al-Asal's confirmation updates the claim; a strike and a toll are plain alerts; the contest is Unknown.
        Assert.Equal("Update", Field(messages[2], "msgType"));
        Assert.Contains(alerts[1].GetProperty("id").GetString()!, Field(messages[2], "references"), StringComparison.Ordinal);
        Assert.Equal(("Alert", "Possible"), (Field(messages[1], "msgType"), Info(messages[1], "certainty")));
        Assert.Equal(("Observed", "Severe"), (Info(messages[6], "certainty"), Info(messages[6], "severity")));
        Assert.Equal("Unknown", Info(messages[14], "certainty"));
        Assert.Equal("sy-ariha", messages[0].Descendants(Cap + "geocode").Single().Element(Cap + "value")!.Value);
        Assert.Matches(@"^3\d\.\d+,3\d\.\d+ 5$", messages[0].Descendants(Cap + "circle").Single().Value);

        foreach (var path in new[] { "feeds/alerts.atom", "feeds/alerts.cap.atom?scopeId=sy-idlib&minSeverity=critical" })
        {
            var response = await _server.Anonymous.GetAsync(path);
            Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
            using var reader = XmlReader.Create(await response.Content.ReadAsStreamAsync());
            var feed = SyndicationFeed.Load(reader);
            Assert.NotEmpty(feed.Authors);
            Assert.All(feed.Items, i => Assert.False(string.IsNullOrEmpty(i.Id)));
            if (path.Contains("cap", StringComparison.Ordinal))
            {
                // Idlib's critical alerts: Saraqib, Maarat al-Numan and Kafr Nabl, newest first, each linking its CAP message.
                Assert.Equal(["sy-kafr-nabl", "sy-maarat-al-numan", "sy-saraqib"],
                    feed.Items.Select(i => Uri.UnescapeDataString(i.Links.First(l => l.MediaType == "text/html").Uri.Query).Split('=')[1]));
                Assert.All(feed.Items, i => Assert.Contains(i.Links, l => l.MediaType == "application/cap+xml"));
            }
            else
            {
                Assert.Equal(20, feed.Items.Count());
            }
        }
    }

    private static string Field(XDocument cap, string name) => cap.Root!.Element(Cap + name)?.Value ?? "";

    private static string Info(XDocument cap, string name) => cap.Root!.Element(Cap + "info")!.Element(Cap + name)!.Value;
}
