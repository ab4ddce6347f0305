using FrontAlert.Client;
using Spectre.Console;
using Rule = FrontAlert.Client.Rule;

namespace FrontAlert.Cli;

/// <summary>A rule on one line, greppable: <c>id kind scope=… severity on|off terms last-fired=…</c>.</summary>
public static class RuleLine
{
    public static string Of(Rule rule)
    {
        var enabled = rule.Enabled ?? true ? "[green]on[/]" : "[grey]off[/]";
        var name = rule.Name is null ? "" : $"  [grey]\"{Markup.Escape(rule.Name)}\"[/]";
        return $"[bold]{Markup.Escape(rule.Id)}[/]  {Wire.Name(rule.Kind)}  scope={Markup.Escape(rule.ScopeId)}  "
            + $"{Wire.Name(rule.Severity)}  {enabled}  {Markup.Escape(Terms(rule))}  last-fired={Wire.Time(rule.LastFiredAt)}{name}";
    }

    private static string Terms(Rule rule) => rule.Kind switch
    {
        RuleKind.ControlChange => $"minConfidence={Wire.Name(rule.MinConfidence)}",
        RuleKind.TollThreshold => $"{Wire.Name(rule.Category)}>={rule.Threshold}"
            + (rule.MinTrust is null ? "" : $" minTrust={Wire.Name(rule.MinTrust)}")
            + (rule.ActorId is null ? "" : $" actor={rule.ActorId}"),
        RuleKind.Strike => string.Join(' ', new[]
        {
            rule.MinKilled is { } k ? $"killed>={k}" : null,
            rule.MinCiviliansKilled is { } c ? $"civiliansKilled>={c}" : null,
        }.Where(t => t is not null)),
        _ => "",
    };
}
