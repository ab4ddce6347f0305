using FrontAlert.Domain;
using Orleans.Concurrency;

namespace FrontAlert.Contracts;

/// <summary>
/// The registry of locations, actors, sources, silences and the rule index (key <see cref="Key"/>). Read through
/// <see cref="CatalogCache"/>; the reads interleave so a location grain may read while the catalog waits on it.
/// </summary>
[Alias("FrontAlert.ICatalogGrain")]
public interface ICatalogGrain : IGrainWithStringKey
{
    const string Key = "default";

    // Short timeouts: a cache refresh against a catalog on a silo that just died must fail fast (ADR 0007).
    [AlwaysInterleave, Alias("Version"), ResponseTimeout("00:00:03")] Task<long> Version();
    [AlwaysInterleave, Alias("Snapshot"), ResponseTimeout("00:00:03")] Task<CatalogData> Snapshot();
    [AlwaysInterleave, Alias("Mark"), ResponseTimeout("00:00:03")] Task<CatalogMark> Mark();
    [AlwaysInterleave, Alias("Rules")] Task<Rule[]> Rules();

    /// <summary>Adds or changes a location; returns why not (naming the field) when its parent is unknown or a move would close a cycle.</summary>
    [Alias("PutLocation")] Task<FieldError[]> PutLocation(Location location);
    [Alias("PutActor")] Task PutActor(Actor actor);
    [Alias("PutSource")] Task PutSource(Source source);
    [Alias("PutSilence")] Task<Silence> PutSilence(Silence silence);
    [Alias("RemoveSilence")] Task<bool> RemoveSilence(string id);

    /// <summary>Removes every silence whose time is up; how many went.</summary>
    [Alias("RemoveExpiredSilences")] Task<int> RemoveExpiredSilences();

    /// <summary>
    /// Stores the rule with its scope location (where it is evaluated) and in the index; returns it as stored. A new
    /// rule is returned once it is live (<see cref="Rule.LiveAt"/>): every report accepted after that is judged by it.
    /// </summary>
    [Alias("PutRule")] Task<Rule> PutRule(Rule rule);
    [Alias("RemoveRule")] Task<bool> RemoveRule(string id);
}
