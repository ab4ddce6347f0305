namespace FrontAlert.Domain;

/// <summary>What the server decides about a new Subscription, not the client: its id, token, owner and time.</summary>
public sealed record SubscriptionDraft(string Id, string TokenHash, string Owner, DateTimeOffset Now, bool AllowPlainHttp)
{
    public Subscription Start(SubscriptionChannel channel, string endpoint) => new()
    {
        Id = Id,
        Channel = channel,
        Endpoint = endpoint,
        TokenHash = TokenHash,
        Owner = Owner,
        CreatedAt = Now,
    };
}
