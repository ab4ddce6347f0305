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

    public static Casualties operator +(Casualties a, Casualties b) =>
        new(a.Strikes + b.Strikes, a.Killed + b.Killed, a.CiviliansKilled + b.CiviliansKilled, a.Wounded + b.Wounded);
}
