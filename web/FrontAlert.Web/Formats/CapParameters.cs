using System.Globalization;
using FrontAlert.Domain;

namespace FrontAlert.Web;

/// <summary>The figures and parties of an Alert as CAP <c>parameter</c> pairs, so a CAP reader keeps what FrontAlert knows.</summary>
public static class CapParameters
{
    public static IEnumerable<(string Name, string Value)> Of(Alert alert, Domain.Catalog catalog)
    {
        yield return ("ruleId", alert.RuleId);
        yield return ("seq", alert.Seq.ToString(CultureInfo.InvariantCulture));
        if (alert.Epoch is { } epoch)
        {
            yield return ("epoch", epoch);
        }
        if (alert.Confidence is { } confidence)
        {
            yield return ("confidence", EnumNames.Name(confidence));
        }
        foreach (var (role, actor) in new[] { ("from", alert.From), ("to", alert.To) })
        {
            if (actor is not null)
            {
                yield return ($"{role}Actor", catalog.ActorName(actor.ActorId));
                yield return ($"{role}Side", EnumNames.Name(actor.Side));
            }
        }
        if (alert.Category is { } category)
        {
            yield return ("category", EnumNames.Name(category));
        }
        foreach (var (name, figure) in new[] { ("value", alert.Value), ("threshold", alert.Threshold) })
        {
            if (figure is { } value)
            {
                yield return (name, value.ToString(CultureInfo.InvariantCulture));
            }
        }
        yield return ("sources", string.Join(", ", alert.SourceIds.Select(catalog.SourceName)));
        yield return ("reportIds", string.Join(' ', alert.ReportIds));
        if (alert.Corrects is { } corrects)
        {
            yield return ("corrects", corrects);
        }
        if (alert.InhibitedBy is { } inhibitedBy)
        {
            yield return ("inhibitedBy", inhibitedBy);
        }
    }
}
