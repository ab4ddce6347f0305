namespace FrontAlert.Domain;

/// <summary>
/// Weighs the current claims about one place into a control state. The model (ADR 0002):
/// <list type="number">
/// <item>Sources of trust ≥ media that disagree on the holder's side, or report fighting, make it <c>contested</c>;
/// unless the claims made after the other side's last word would confirm on their own: then the place changed hands.</item>
/// <item>Sources ≥ media that agree make it <c>confirmed</c> when one is a monitor or two outlets agree, else <c>claimed</c>;
/// but a partisan or unverified claim for another side that is newer than all of them stands as a fresh <c>claimed</c> change.</item>
/// <item>With only partisan or unverified sources, the newest claim against the established holder is a <c>claimed</c> change;
/// claims for the established holder alone (a denial) change nothing, so a denied claim stays a claim; so does a
/// "holds" claim for another side when the established holder is itself only claimed.</item>
/// </list>
/// </summary>
public static class ControlResolver
{
    public static Control? Resolve(IReadOnlyList<WeighedClaim> current, Control? established)
    {
        var strong = current.Where(c => c.Strong).ToList();
        var strongHolders = strong.Where(c => c.Claim.AssertsHolder).ToList();
        var strongSides = strongHolders.Select(c => c.Side).Distinct().ToList();
        var fighting = strong.Any(c => c.Claim.Status == ControlStatus.Contested);
        var withdrawn = strong.Any(c => c.Claim.Status == ControlStatus.Withdrew && strongSides.Contains(c.Side));
        if (strongSides.Count > 1 && Superseding(strongHolders) is { } change)
        {
            return Agreed(change[0].Side, change, current, established);
        }
        if (strongSides.Count > 1 || fighting || withdrawn)
        {
            return Contested(strong, established);
        }
        if (strongSides.Count == 1)
        {
            var newestStrong = strong.Max(c => c.Claim.ObservedAt);
            var freshChallenge = current
                .Where(c => !c.Strong && c.Claim.AssertsHolder && c.Side != strongSides[0] && c.Claim.ObservedAt > newestStrong)
                .MaxBy(c => c.Claim.ObservedAt);
            return freshChallenge is not null
                ? Claimed(freshChallenge, current, established)
                : Agreed(strongSides[0], strongHolders, current, established);
        }
        var challenge = current
            .Where(c => c.Claim.AssertsHolder && c.Side != established?.Side)
            .MaxBy(c => c.Claim.ObservedAt);
        // "X holds" against a holder we only know from a claim is that claim's denial, not a change of its own;
        // against a confirmed holder it is a claim that the place changed hands.
        var denial = challenge?.Claim.Status == ControlStatus.Holds && established?.Confidence == Confidence.Claimed;
        return challenge is null || denial ? established : Claimed(challenge, current, established);
    }

    /// <summary>
    /// On a fast front a place really does change hands within hours: when the claims made after every other side's
    /// last word agree and would confirm on their own (a monitor, or two outlets), they are a change, not a dispute.
    /// </summary>
    private static List<WeighedClaim>? Superseding(List<WeighedClaim> strongHolders)
    {
        var newest = strongHolders.MaxBy(c => c.Claim.ObservedAt)!;
        var othersLast = strongHolders.Where(c => c.Side != newest.Side).Max(c => c.Claim.ObservedAt);
        var after = strongHolders.Where(c => c.Claim.ObservedAt > othersLast).ToList();
        var confirms = after.Any(c => c.Trust == Trust.Monitor) || after.Select(c => c.Claim.SourceId).Distinct().Count() >= 2;
        return confirms ? after : null;
    }

    private static Control Agreed(Side side, List<WeighedClaim> holders, IReadOnlyList<WeighedClaim> current, Control? established)
    {
        var confirmed = holders.Any(c => c.Trust == Trust.Monitor) || holders.Select(c => c.Claim.SourceId).Distinct().Count() >= 2;
        if (!confirmed && established is { Confidence: Confidence.Confirmed } && established.Side == side)
        {
            return established; // one outlet repeating what is already confirmed neither adds nor takes away
        }
        var supporters = current.Where(c => c.Claim.AssertsHolder && c.Side == side).ToList();
        return Make(holders.MaxBy(c => c.Claim.ObservedAt)!, supporters, confirmed ? Confidence.Confirmed : Confidence.Claimed, established);
    }

    private static Control Claimed(WeighedClaim challenge, IReadOnlyList<WeighedClaim> current, Control? established)
    {
        var supporters = current.Where(c => c.Claim.AssertsHolder && c.Side == challenge.Side && !c.Strong).ToList();
        return Make(challenge, supporters, Confidence.Claimed, established);
    }

    private static Control Contested(List<WeighedClaim> strong, Control? established)
    {
        var newest = strong.MaxBy(c => c.Claim.ObservedAt)!;
        var holder = established ?? Make(newest, [newest], Confidence.Contested, null);
        return holder with
        {
            Status = ControlStatus.Contested,
            Confidence = Confidence.Contested,
            Since = established?.Confidence == Confidence.Contested ? established.Since : newest.Claim.ObservedAt,
            SourceIds = [.. strong.Select(c => c.Claim.SourceId).Distinct().Order(StringComparer.Ordinal)],
            ReportIds = [.. strong.Select(c => c.Claim.ReportId)],
        };
    }

    private static Control Make(WeighedClaim lead, List<WeighedClaim> supporters, Confidence confidence, Control? established)
    {
        // A place keeps its 'since' while the same side holds it; a change dates from the first claim of the new side.
        var since = established?.Side == lead.Side && established.Confidence != Confidence.Contested
            ? established.Since
            : supporters.Count == 0 ? lead.Claim.ObservedAt : supporters.Min(c => c.Claim.ObservedAt);
        return new Control(
            lead.Claim.ActorId,
            lead.Side,
            lead.Claim.Status,
            confidence,
            since,
            [.. supporters.Select(c => c.Claim.SourceId).Append(lead.Claim.SourceId).Distinct().Order(StringComparer.Ordinal)],
            [.. supporters.Select(c => c.Claim.ReportId).Append(lead.Claim.ReportId).Distinct()]);
    }
}
