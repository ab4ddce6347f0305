using FrontAlert.Client;
using Spectre.Console;

namespace FrontAlert.Cli;

/// <summary>An alert on one line, coloured by severity: <c>#seq time SEVERITY place: title — message [rule]</c>.</summary>
public static class AlertLine
{
    public static string Of(Alert alert)
    {
        var colour = alert.Severity switch
        {
            Severity.Critical => "bold red",
            Severity.Warning => "yellow",
            _ => "deepskyblue1",
        };
        var place = alert.LocationName ?? alert.LocationId;
        var message = string.IsNullOrWhiteSpace(alert.Message) ? "" : " — " + alert.Message;
        return $"[grey]#{alert.Seq}[/] {Wire.Time(alert.ObservedAt)} [{colour}]{Wire.Name(alert.Severity).ToUpperInvariant(),-8}[/] "
            + $"[bold]{Markup.Escape(place)}[/] ({Markup.Escape(alert.LocationId)}): {Markup.Escape(alert.Title + message)} "
            + $"[grey][[{Markup.Escape(alert.RuleId)}]][/]";
    }
}
