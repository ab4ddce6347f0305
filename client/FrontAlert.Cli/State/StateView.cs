using FrontAlert.Client;
using Spectre.Console;

namespace FrontAlert.Cli;

/// <summary>A location's live state as text: control first, then the claims behind it, tolls and recent strikes.</summary>
public static class StateView
{
    public static void Print(IAnsiConsole console, LiveState state)
    {
        var place = state.Location;
        console.MarkupLineInterpolated($"[bold]{place.Name}[/] ({place.Id}, {Wire.Name(place.Kind)}{(place.ParentId is null ? "" : " in " + place.ParentId)})");
        if (state.Control is { } c)
        {
            var colour = c.Confidence switch { Confidence.Confirmed => "green", Confidence.Contested => "red", _ => "yellow" };
            console.MarkupLineInterpolated(
                $"control: [bold]{c.ActorId}[/] ({Wire.Name(c.Side)}) {Wire.Name(c.Status)}, [{colour}]{Wire.Name(c.Confidence)}[/] since {Wire.Time(c.Since)}, sources: {string.Join(", ", c.SourceIds)}");
        }
        else
        {
            console.MarkupLine("control: [grey]unknown[/]");
        }
        if (state.Claims.Count > 0)
        {
            console.MarkupLine("claims:");
            foreach (var claim in state.Claims)
            {
                console.MarkupLineInterpolated($"  {claim.SourceId}: {claim.ActorId} ({Wire.Name(claim.Side)}) {Wire.Name(claim.Status)} at {Wire.Time(claim.ObservedAt)} [grey]{claim.ReportId}[/]");
            }
        }
        var tolls = state.Tolls.Where(t => t.Value.Incidents > 0 || t.Value.Effective > 0 || t.Value.BySource.Count > 0).ToList();
        if (tolls.Count > 0)
        {
            console.MarkupLine("tolls:");
            foreach (var (category, toll) in tolls)
            {
                var sources = string.Join(", ", toll.BySource.Select(s => $"{s.Key} {s.Value}"));
                console.MarkupLineInterpolated($"  {category}: effective {toll.Effective}, incidents {toll.Incidents}{(sources.Length > 0 ? ", by source: " + sources : "")}");
            }
        }
        if (state.RecentStrikes.Count > 0)
        {
            console.MarkupLine("recent strikes:");
            foreach (var s in state.RecentStrikes)
            {
                console.MarkupLineInterpolated(
                    $"  {Wire.Time(s.ObservedAt)} {s.Kind} by {s.PerpetratorId ?? "unknown"}: {s.Killed} killed ({s.CiviliansKilled} civilians), {s.Wounded} wounded [grey]{s.SourceId} {s.ReportId}[/]");
            }
        }
        console.MarkupLineInterpolated($"[grey]updated {Wire.Time(state.UpdatedAt)}[/]");
    }
}
