namespace FrontAlert.Domain;

/// <summary>Casualty sums of a set of strikes. Combatants are the killed who were not civilians.</summary>
public readonly record struct Casualties(long Strikes, long Killed, long CiviliansKilled, long Wounded)
{
    public long CombatantsKilled => Math.Max(0, Killed - CiviliansKilled);

    public static Casualties Of(StrikeReport strike) => new(1, strike.Killed, strike.CiviliansKilled, strike.Wounded);

    public long Of(TollCategory category) => category switch
    {
        TollCategory.Killed => Killed,
        TollCategory.CiviliansKilled => CiviliansKilled,
        TollCategory.CombatantsKilled => CombatantsKilled,
        TollCategory.Wounded => Wounded,
        _ => 0,
    };

    /// <summary>Saturating: counts are bounded on input, but a state stored before the bounds may hold any value.</summary>
    public static Casualties operator +(Casualties a, Casualties b) =>
        new(Counts.Add(a.Strikes, b.Strikes), Counts.Add(a.Killed, b.Killed), Counts.Add(a.CiviliansKilled, b.CiviliansKilled), Counts.Add(a.Wounded, b.Wounded));
}
