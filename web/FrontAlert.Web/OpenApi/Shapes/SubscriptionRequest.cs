using System.Text.Json.Serialization;
using FrontAlert.Domain;

namespace FrontAlert.Web;

/// <summary>
/// The body of <c>POST /subscriptions</c> as the OpenAPI document describes it. The endpoint itself reads the body with
/// <see cref="SubscriptionReader"/>, which names every bad field; this type only gives the document its schema, and
/// OpenApiTests post its examples to keep the two in step.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "channel")]
[JsonDerivedType(typeof(WebPushSubscriptionRequest), "webpush")]
[JsonDerivedType(typeof(WebhookSubscriptionRequest), "webhook")]
public abstract record SubscriptionRequest
{
    /// <summary>Locations whose subtrees to hear; empty means everything.</summary>
    public IReadOnlyList<string>? ScopeIds { get; init; }
    public Severity? MinSeverity { get; init; }

    /// <summary>Alert kinds to hear (rule kinds, or <c>correction</c>); none means every kind.</summary>
    public IReadOnlyList<string>? Kinds { get; init; }
    public Confidence? MinConfidence { get; init; }
    public int? GroupWaitSeconds { get; init; }
    public int? GroupIntervalSeconds { get; init; }
}
