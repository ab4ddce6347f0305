namespace FrontAlert.Domain;

/// <summary>
/// Everything known about who holds one place: each source's latest claim, the current control state and
/// the last confirmed one. Applying a claim re-weighs the current claims and reports the transition, if any.
/// </summary>
public sealed class ControlPicture
{
    /// <summary>Claims observed within this span of the newest claim are about "the same time window".</summary>
    public static readonly TimeSpan Window = TimeSpan.FromHours(12);

    public Dictionary<string, Claim> Claims { get; set; } = new(StringComparer.Ordinal);
    public Control? Current { get; set; }
    public Control? Confirmed { get; set; }

    /// <summary>Seeds the first known holder, e.g. from the gazetteer. The first known control is not a change.</summary>
    public void Seed(Control control)
    {
        Current ??= control;
        if (control.Confidence == Confidence.Confirmed)
        {
            Confirmed ??= control;
        }
    }

    /// <summary>
    /// True when the report is about the present: not older than the current control state, nor than its
    /// source's own latest claim. An older report goes into the timeline and never overrides.
    /// </summary>
    public bool IsCurrent(ControlReport report) =>
        (Current is null || report.ObservedAt >= Current.Since)
        && (!Claims.TryGetValue(report.SourceId, out var own) || report.ObservedAt >= own.ObservedAt);

    public ControlEvent? Apply(ControlReport report, Catalog catalog)
    {
        if (!IsCurrent(report))
        {
            return null;
        }
        Claims[report.SourceId] = new Claim(report.SourceId, report.ActorId, report.Status, report.ObservedAt, report.Id) { Precision = report.Precision };
        var newest = Claims.Values.Max(c => c.ObservedAt);
        var current = WeighedClaim.From(Claims.Values.Where(c => c.ObservedAt >= newest - Window), catalog);
        var before = Current;
        var confirmedBefore = Confirmed;
        var after = ControlResolver.Resolve(current, Confirmed ?? Current);
        if (after is null)
        {
            return null;
        }
        Current = after;
        if (after.Confidence == Confidence.Confirmed)
        {
            Confirmed = after;
        }
        var change = Transition(report, before, confirmedBefore, after, current);
        if (change is { Confidence: not Confidence.Confirmed } && Assess(catalog) is { Challenge: { } challenge, Control: { } holder }
            && challenge.Side == change.To.Side)
        {
            // A claim against an assessed holder: the alert names who denies it and who still holds the place.
            change = change with { DeniedBy = challenge.DeniedBy, Holder = Ref(holder) };
        }
        return change;
    }

    /// <summary>The assessed control and the challenge beside it, as users see them (ADR 0002).</summary>
    public Assessment Assess(Catalog catalog) => Assessment.Of(this, catalog);

    private static ControlEvent? Transition(
        ControlReport report, Control? before, Control? confirmedBefore, Control after, IReadOnlyList<WeighedClaim> current)
    {
        if (before is null)
        {
            return null; // the first known control of a place is not a change
        }
        var eventId = $"{report.LocationId}/{report.Id}";
        var to = new ActorRef(after.ActorId, after.Side);
        if (after.Confidence == Confidence.Contested)
        {
            if (before.Confidence == Confidence.Contested)
            {
                return null;
            }
            // The challenger is the newest party claimed against the holder; with only fighting reported, the fighters.
            var rival = current
                .Where(c => c.Claim.Status != ControlStatus.Withdrew && c.Side != before.Side)
                .MaxBy(c => c.Claim.ObservedAt);
            var challenger = rival is null ? new ActorRef(report.ActorId, current.FirstOrDefault(c => c.Claim.ReportId == report.Id)?.Side ?? after.Side)
                : new ActorRef(rival.Claim.ActorId, rival.Side);
            return new ControlEvent(eventId, report.LocationId, report.ObservedAt, Ref(before), challenger,
                Confidence.Contested, Contest: true, Upgrade: false, after.SourceIds, after.ReportIds);
        }
        if (after.Confidence == Confidence.Confirmed)
        {
            var from = confirmedBefore ?? before;
            if (from.Side == after.Side)
            {
                return null;
            }
            var upgrade = before.Side == after.Side && before.Confidence == Confidence.Claimed;
            return new ControlEvent(eventId, report.LocationId, report.ObservedAt, Ref(from), to,
                Confidence.Confirmed, Contest: false, upgrade, after.SourceIds, after.ReportIds);
        }
        return before.Side == after.Side
            ? null
            : new ControlEvent(eventId, report.LocationId, report.ObservedAt, Ref(before), to,
                Confidence.Claimed, Contest: false, Upgrade: false, after.SourceIds, after.ReportIds);
    }

    private static ActorRef Ref(Control control) => new(control.ActorId, control.Side);
}
