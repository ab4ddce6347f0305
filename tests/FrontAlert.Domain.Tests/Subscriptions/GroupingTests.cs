namespace FrontAlert.Domain.Tests.Subscriptions;

public class GroupingTests
{
    private static readonly DateTimeOffset T0 = new(2024, 11, 30, 10, 0, 0, TimeSpan.Zero);

    private static readonly Catalog Catalog = new(1,
        [
            new Location("sy", "Syria", LocationKind.Country, null),
            new Location("sy-aleppo", "Aleppo Governorate", LocationKind.Governorate, "sy"),
            new Location("sy-aleppo-d", "Jebel Semaan", LocationKind.District, "sy-aleppo"),
            new Location("sy-aleppo-city", "Aleppo", LocationKind.City, "sy-aleppo-d"),
            new Location("sy-atarib", "Atarib", LocationKind.Town, "sy-aleppo-d"),
            new Location("sy-idlib", "Idlib Governorate", LocationKind.Governorate, "sy"),
            new Location("sy-saraqib", "Saraqib", LocationKind.Town, "sy-idlib"),
        ],
        [new Actor("hts", "HTS", Side.Opposition), new Actor("saa", "Syrian Arab Army", Side.Government)], [], []);

    private static readonly Subscription Phone = new()
    {
        Id = "s1", Channel = SubscriptionChannel.WebPush, Endpoint = "https://push.example/1", TokenHash = "", Owner = "operator",
        GroupWaitSeconds = 30, GroupIntervalSeconds = 300,
    };

    private static Alert Taken(long seq, string place, string rule = "taken", RuleKind kind = RuleKind.ControlChange) => new()
    {
        Id = $"{rule}/{place}/{seq}", Seq = seq, RuleId = rule, Kind = kind, Severity = Severity.Critical, LocationId = place,
        LocationName = Catalog.NameOf(place), ScopeId = "sy", Title = $"{place} changed hands", Message = "",
        To = new ActorRef("hts", Side.Opposition),
    };

    private static IReadOnlyList<NotificationGroup> Join(IReadOnlyList<NotificationGroup> groups, Alert alert, DateTimeOffset at) =>
        Grouping.Join(groups, alert, Grouping.ScopeOf(alert, Catalog), Phone, at);

    [Fact]
    public void Alerts_of_one_rule_group_by_the_governorate_of_their_places()
    {
        var groups = Join(Join(Join([], Taken(1, "sy-aleppo-city"), T0), Taken(2, "sy-atarib"), T0.AddSeconds(5)), Taken(3, "sy-saraqib"), T0.AddSeconds(6));
        groups = Join(groups, Taken(4, "sy-atarib", rule: "other"), T0.AddSeconds(7));

        Assert.Equal(["taken@sy-aleppo", "taken@sy-idlib", "other@sy-aleppo"], groups.Select(g => g.Key));
        var aleppo = groups[0];
        Assert.Equal((2, T0.AddSeconds(30), "taken@sy-aleppo#1"), (aleppo.Total, aleppo.DueAt, aleppo.Id)); // the wait runs from the first alert
    }

    [Fact]
    public void A_group_says_who_took_how_many_places_where_and_names_them_in_order()
    {
        var group = Join(Join(Join([], Taken(1, "sy-aleppo-city"), T0), Taken(2, "sy-atarib"), T0), Taken(3, "sy-atarib"), T0)[0];

        var summary = GroupSummary.Of(group, Catalog);

        Assert.Equal("HTS took 2 places in Aleppo Governorate", summary.Title);
        Assert.Equal("Aleppo, Atarib.", summary.Message);
        Assert.Equal(["sy-aleppo-city", "sy-atarib"], summary.LocationIds);
    }

    [Fact]
    public void After_a_notification_only_news_is_due_an_interval_later_and_a_quiet_group_closes()
    {
        var group = Join([], Taken(1, "sy-atarib"), T0)[0];
        Assert.Empty(Grouping.Due([group], T0.AddSeconds(29)));
        Assert.Single(Grouping.Due([group], T0.AddSeconds(30)));

        var sent = Grouping.Notified(group, Phone, T0.AddSeconds(30));
        Assert.False(sent.HasNews); // due at the interval's end only to close
        Assert.Equal(T0.AddSeconds(330), sent.DueAt);

        var joined = Join([sent], Taken(2, "sy-aleppo-city"), T0.AddSeconds(40))[0];
        Assert.True(joined.HasNews);
        Assert.Equal((T0.AddSeconds(330), 2, 1), (joined.DueAt, joined.Total, joined.Sent));
        Assert.Equal("HTS took 2 places in Aleppo Governorate (1 new)", GroupSummary.Of(joined, Catalog).Title);
    }

    [Fact]
    public void A_correction_and_a_Subscription_with_no_wait_are_never_grouped()
    {
        Assert.True(Phone.Groups(Taken(1, "sy-atarib")));
        Assert.False(Phone.Groups(Taken(1, "sy-atarib", kind: RuleKind.Correction)));
        Assert.False((Phone with { GroupWaitSeconds = 0 }).Groups(Taken(1, "sy-atarib")));
    }

    [Fact]
    public void A_storm_keeps_its_newest_alerts_and_counts_all()
    {
        IReadOnlyList<NotificationGroup> groups = [];
        for (var seq = 1; seq <= Grouping.MaxAlerts + 20; seq++)
        {
            groups = Join(groups, Taken(seq, "sy-atarib"), T0);
        }
        var group = Assert.Single(groups);
        Assert.Equal((Grouping.MaxAlerts + 20, Grouping.MaxAlerts, 21L), (group.Total, group.Alerts.Count, group.Alerts[0].Seq));
    }

    [Fact]
    public void A_claim_corrected_before_its_group_notified_anyone_leaves_the_group_and_a_sent_one_stays()
    {
        var waiting = Join(Join([], Taken(1, "sy-atarib"), T0), Taken(2, "sy-aleppo-city"), T0);
        var withdrawn = Assert.Single(Grouping.Withdraw(waiting, "taken/sy-atarib/1"));
        Assert.Equal((1, "sy-aleppo-city"), (withdrawn.Total, withdrawn.Alerts.Single().LocationId));
        Assert.Empty(Grouping.Withdraw([withdrawn], "taken/sy-aleppo-city/2")); // nothing left to say: the group closes

        IReadOnlyList<NotificationGroup> sent = [Grouping.Notified(waiting[0], Phone, T0.AddSeconds(30))];
        Assert.Same(sent, Grouping.Withdraw(sent, "taken/sy-atarib/1"));
    }
}
