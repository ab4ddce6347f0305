namespace FrontAlert.Domain;

/// <summary>
/// Assessed control, the way conflict mappers separate it from claimed advances (ADR 0002): <see cref="Control"/> is
/// the holder the strongest current evidence supports. Against a holder established by confirming evidence, claims
/// that could not confirm on their own do not replace it; the newest of them is the <see cref="Challenge"/>.
/// Derived from the stored picture on every read, so nothing new is stored and older states read the same way.
/// </summary>
public sealed record Assessment(Control? Control, Challenge? Challenge)
{
    public static Assessment Of(ControlPicture picture, Catalog catalog)
    {
        var weighed = picture.Current;
        var established = picture.Confirmed;
        if (weighed is null || established is null || weighed.Confidence == Confidence.Confirmed || picture.Claims.Count == 0)
        {
            return new(weighed, null); // nothing established to stand against, or the claims themselves confirm
        }
        var newest = picture.Claims.Values.Max(c => c.ObservedAt);
        var window = WeighedClaim.From(picture.Claims.Values.Where(c => c.ObservedAt >= newest - ControlPicture.Window), catalog);
        var against = window.Where(c => Against(c, established)).ToList();
        if (against.Count == 0 || ConfirmsAlone(against))
        {
            return new(weighed, null); // e.g. a monitor reporting fighting: the place really is contested
        }
        var lead = against.Where(c => c.Claim.AssertsHolder).MaxBy(c => c.Claim.ObservedAt) ?? against.MaxBy(c => c.Claim.ObservedAt)!;
        var supporters = against.Where(c => c.Side == lead.Side && c.Claim.Status == lead.Claim.Status).ToList();
        var deniers = window.Where(c => Denies(c, established, catalog)).Select(c => c.Claim.SourceId).Distinct().Order(StringComparer.Ordinal).ToList();
        var challenge = new Challenge(
            lead.Claim.ActorId,
            lead.Side,
            lead.Claim.Status,
            deniers.Count > 0 ? Confidence.Contested : Confidence.Claimed,
            supporters.Min(c => c.Claim.ObservedAt),
            [.. supporters.Select(c => c.Claim.SourceId).Distinct().Order(StringComparer.Ordinal)],
            [.. supporters.OrderBy(c => c.Claim.ObservedAt).Select(c => c.Claim.ReportId)],
            deniers);
        return new(established, challenge);
    }

    /// <summary>A claim that the holder lost the place: another side took or holds it, fighting, or the holder withdrew.</summary>
    private static bool Against(WeighedClaim c, Control holder) =>
        (c.Claim.AssertsHolder && c.Side != holder.Side)
        || c.Claim.Status == ControlStatus.Contested
        || (c.Claim.Status == ControlStatus.Withdrew && c.Side == holder.Side);

    /// <summary>A monitor, or two different sources of trust ≥ media: enough to change the assessment on its own.</summary>
    private static bool ConfirmsAlone(List<WeighedClaim> claims) =>
        claims.Any(c => c.Trust == Trust.Monitor) || claims.Where(c => c.Strong).Select(c => c.Claim.SourceId).Distinct().Count() >= 2;

    /// <summary>Says the holder still holds it, and is either of the holder's side or a source of trust ≥ media.</summary>
    private static bool Denies(WeighedClaim c, Control holder, Catalog catalog) =>
        c.Claim.AssertsHolder && c.Side == holder.Side
        && (c.Strong || catalog.Sources.GetValueOrDefault(c.Claim.SourceId)?.Side == holder.Side);
}
