using FrontAlert.Client;
using Spectre.Console;

namespace FrontAlert.Cli;

/// <summary>
/// A Subscription on one line, greppable:
/// <c>id channel target scope=… min=… status delivered=N failures=N last=… [error]</c>.
/// </summary>
public static class SubscriptionLine
{
    public static string Of(Subscription s)
    {
        var target = s.Channel == SubscriptionChannel.Webhook
            ? $"{s.Url} ({Wire.Name(s.Format)})"
            : s.Endpoint?.Host ?? "-";
        var scope = s.ScopeIds.Count == 0 ? "everywhere" : string.Join(',', s.ScopeIds);
        var kinds = s.Kinds.Count == 0 ? "" : $"  kinds={string.Join(',', s.Kinds)}";
        var status = s.Status == DeliveryStatus.Active ? "[green]active[/]" : "[red]failing[/]";
        var d = s.Delivery;
        var error = d.LastError is null ? "" : $"  [grey]{Markup.Escape(d.LastError)}[/]";
        return $"[bold]{Markup.Escape(s.Id)}[/]  {Wire.Name(s.Channel)}  {Markup.Escape(target)}  scope={Markup.Escape(scope)}  "
            + $"min={Wire.Name(s.MinSeverity)}{Markup.Escape(kinds)}  {status}  delivered={d.Delivered}  failures={d.Failures}  "
            + $"cursor={d.Cursor}  last={Wire.Time(d.LastDeliveredAt)}{error}";
    }
}
