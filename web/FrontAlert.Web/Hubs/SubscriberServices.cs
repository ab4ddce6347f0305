using FrontAlert.Grains;
using Microsoft.AspNetCore.SignalR;

namespace FrontAlert.Web;

/// <summary>What every subscriber of this node shares.</summary>
public sealed record SubscriberServices(
    IHubContext<AlertHub> Hub,
    IAlertLog Log,
    CatalogCache Catalogs,
    SubscriptionIndex Index,
    ILogger<Subscriber> Logger);
