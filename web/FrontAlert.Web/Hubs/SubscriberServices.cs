using FrontAlert.Contracts;

namespace FrontAlert.Web;

/// <summary>What every subscriber of this node shares.</summary>
public sealed record SubscriberServices(
    IAlertLog Log,
    CatalogCache Catalogs,
    SubscriptionIndex Index,
    ILogger<Subscriber> Logger);
