namespace FrontAlert.Domain.Tests.Subscriptions;

public class PushTopicTests
{
    [Fact]
    public void A_short_url_safe_Location_id_is_its_own_topic()
    {
        Assert.Equal("sy-aleppo-city", PushTopic.For("sy-aleppo-city"));
    }

    [Theory]
    [InlineData("sy-idlib-governorate-maarat-al-numan-district-south")]
    [InlineData("sy.aleppo:old-city")]
    public void Any_other_id_becomes_32_url_safe_characters_the_same_every_time(string locationId)
    {
        var topic = PushTopic.For(locationId);

        Assert.Matches("^[A-Za-z0-9_-]{32}$", topic);
        Assert.Equal(topic, PushTopic.For(locationId));
        Assert.NotEqual(topic, PushTopic.For(locationId + "x"));
    }
}
