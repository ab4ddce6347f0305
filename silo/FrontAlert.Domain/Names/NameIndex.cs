namespace FrontAlert.Domain;

/// <summary>
/// Finds the Actors and Locations of a catalog by any of their names (name, aliases, id) compared as <see cref="NameKey"/>s,
/// and the nearest known town, city, village or site to a point. Finds only what the catalog knows: nothing is ever made up.
/// </summary>
public sealed class NameIndex
{
    private readonly Dictionary<string, List<Actor>> _actors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Location>> _locations = new(StringComparer.Ordinal);
    private readonly List<Location> _settlements;

    public NameIndex(Catalog catalog)
    {
        foreach (var actor in catalog.Actors.Values.OrderBy(a => a.Id, StringComparer.Ordinal))
        {
            foreach (var name in actor.Aliases.Append(actor.Name).Append(actor.Id))
            {
                Add(_actors, name, actor);
            }
        }
        foreach (var location in catalog.Locations.Values.OrderBy(l => l.Id, StringComparer.Ordinal))
        {
            foreach (var name in location.Aliases.Append(location.Name).Append(location.Id).Append(WithoutKindWord(location)))
            {
                Add(_locations, name, location);
            }
        }
        _settlements = [.. catalog.Locations.Values.Where(l => IsSettlement(l.Kind) && l.Lat is not null && l.Lon is not null)];
    }

    /// <summary>
    /// The actors a name may mean: an exact match on any name first, then (for ACLED's "HTS: Hayat Tahrir al Sham"
    /// form) the part after the colon. Empty when unknown, several when the name is ambiguous.
    /// </summary>
    public IReadOnlyList<Actor> Actors(string name)
    {
        if (_actors.TryGetValue(NameKey.Of(name), out var found))
        {
            return found;
        }
        var colon = name.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && _actors.TryGetValue(NameKey.Of(name[(colon + 1)..]), out found) ? found : [];
    }

    /// <summary>Every Location with this name, towns (and cities, villages, sites) before districts before governorates.</summary>
    public IReadOnlyList<Location> Locations(string name) =>
        _locations.TryGetValue(NameKey.Of(name), out var found) ? [.. found.OrderByDescending(l => l.Kind)] : [];

    /// <summary>The nearest known town, city, village or site within <paramref name="maxKm"/> of the point, if any.</summary>
    public (Location Location, double Km)? Nearest(double lat, double lon, double maxKm)
    {
        (Location Location, double Km)? best = null;
        foreach (var location in _settlements)
        {
            var km = Distance.Km(lat, lon, location.Lat!.Value, location.Lon!.Value);
            if (km <= maxKm && (best is null || km < best.Value.Km))
            {
                best = (location, km);
            }
        }
        return best;
    }

    public static bool IsSettlement(LocationKind kind) => kind >= LocationKind.City;

    /// <summary>"Idlib Governorate" is also "Idlib", "Azaz District" also "Azaz": sources rarely write the kind word.</summary>
    private static string WithoutKindWord(Location location)
    {
        var key = NameKey.Of(location.Name);
        foreach (var word in KindWords)
        {
            if (key.EndsWith(word, StringComparison.Ordinal) && key.Length > word.Length)
            {
                return key[..^word.Length];
            }
        }
        return key;
    }

    private static readonly string[] KindWords = [" governorate", " district", " subdistrict", " city", " town", " village"];

    private static void Add<T>(Dictionary<string, List<T>> index, string name, T item)
    {
        var key = NameKey.Of(name);
        if (key.Length == 0)
        {
            return;
        }
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }
        if (!list.Contains(item))
        {
            list.Add(item);
        }
    }
}
