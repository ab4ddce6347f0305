namespace FrontAlert.Domain;

/// <summary>
/// Strike casualties of a subtree, kept per trust level of the reporting source so that a rule can count only
/// strikes from sources it trusts. Always absolute totals: adding a child's figures twice is impossible by construction.
/// </summary>
public sealed record Incidents(Casualties Unverified, Casualties Partisan, Casualties Media, Casualties Monitor)
{
    public static readonly Incidents None = new(default, default, default, default);

    public Casualties At(Trust trust) => trust switch
    {
        Trust.Unverified => Unverified,
        Trust.Partisan => Partisan,
        Trust.Media => Media,
        _ => Monitor,
    };

    public Incidents Add(Trust trust, Casualties c) => trust switch
    {
        Trust.Unverified => this with { Unverified = Unverified + c },
        Trust.Partisan => this with { Partisan = Partisan + c },
        Trust.Media => this with { Media = Media + c },
        _ => this with { Monitor = Monitor + c },
    };

    public Incidents Add(Incidents other) =>
        new(Unverified + other.Unverified, Partisan + other.Partisan, Media + other.Media, Monitor + other.Monitor);

    /// <summary>Sum over sources of at least <paramref name="minTrust"/>.</summary>
    public Casualties From(Trust minTrust)
    {
        // A loop over the levels rather than LINQ: the maps' toll view asks this eight times per announced place.
        var sum = default(Casualties);
        foreach (var trust in Levels)
        {
            if (trust >= minTrust)
            {
                sum += At(trust);
            }
        }
        return sum;
    }

    private static readonly Trust[] Levels = Enum.GetValues<Trust>();
}
