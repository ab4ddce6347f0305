using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace FrontAlert.Contracts;

/// <summary>
/// FrontAlert's own meter and activity source, both named <see cref="Name"/>. They live with the contracts because
/// grains, adapters and the web node all record into them; the host decides where they are exported.
/// Instrument names follow OpenTelemetry's conventions: dotted, lower case, the unit in the unit field, not the name.
/// </summary>
public static class FrontAlertTelemetry
{
    public const string Name = "FrontAlert";

    public static readonly ActivitySource Source = new(Name);
    public static readonly Meter Meter = new(Name);

    /// <summary>Reports by <c>frontalert.report.type</c> and <c>frontalert.report.outcome</c> (accepted, duplicate, rejected).</summary>
    public static readonly Counter<long> Reports = Meter.CreateCounter<long>("frontalert.reports", "{report}",
        "Reports posted, by type and outcome");

    /// <summary>Alerts appended to the log by this process, by <c>frontalert.rule.kind</c> and <c>frontalert.alert.severity</c>.</summary>
    public static readonly Counter<long> Alerts = Meter.CreateCounter<long>("frontalert.alerts", "{alert}",
        "Alerts raised into the alert log");

    /// <summary>From an alert's <c>raisedAt</c> to its bytes written to a hub connection, once per connection.</summary>
    public static readonly Histogram<double> DeliveryLag = Meter.CreateHistogram<double>("frontalert.alert.delivery.lag", "s",
        "Time from raising an alert to writing it to a hub connection",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] });

    public static readonly UpDownCounter<long> HubConnections = Meter.CreateUpDownCounter<long>("frontalert.hub.connections", "{connection}",
        "Open connections to the alert hub");

    /// <summary>Hub connections that subscribed to at least one scope (or to everything).</summary>
    public static readonly UpDownCounter<long> HubSubscribers = Meter.CreateUpDownCounter<long>("frontalert.hub.subscribers", "{connection}",
        "Hub connections with a subscription");

    public static readonly Histogram<long> ReplaySize = Meter.CreateHistogram<long>("frontalert.hub.replay.size", "{alert}",
        "Stored alerts written to a connection by one Subscribe's replay");

    /// <summary>Reports, alerts and roll-up events stored by a location but not yet delivered (the outboxes), in this process.</summary>
    public static readonly UpDownCounter<long> OutboxBacklog = Meter.CreateUpDownCounter<long>("frontalert.outbox.backlog", "{item}",
        "Stored items waiting for delivery to the log, the report store or the parent location");

    /// <summary>Connection failures and error replies from Redis, by <c>frontalert.redis.error</c>.</summary>
    public static readonly Counter<long> RedisErrors = Meter.CreateCounter<long>("frontalert.redis.errors", "{error}",
        "Redis connection failures and error replies");
}
