using System.Text;

namespace FrontAlert.Domain;

/// <summary>
/// The ids of the most recent reports of a place, as 64-bit hashes in a ring, so duplicate checks cost nothing for
/// the common case (a reporter retrying a recent batch) while the state stays a fixed size. Older ids are checked
/// against the report store (ADR 0003).
/// </summary>
public sealed class SeenWindow
{
    public const int Capacity = 256;

    private HashSet<ulong>? _index;

    /// <summary>The ring, packed for storage.</summary>
    [System.Text.Json.Serialization.JsonConverter(typeof(PackedHashes))]
    public ulong[] Ring { get; set; } = [];
    public int Next { get; set; }

    /// <summary>How many ids have ever been added: when it exceeds the capacity, the ring no longer holds them all.</summary>
    public long Added { get; set; }

    public bool Contains(string id) => Index().Contains(Hash(id));

    public void Add(string id)
    {
        var hash = Hash(id);
        if (Ring.Length != Capacity)
        {
            Ring = [.. Ring, .. new ulong[Math.Max(0, Capacity - Ring.Length)]];
        }
        var index = Index();
        if (Ring[Next] != 0)
        {
            index.Remove(Ring[Next]);
        }
        Ring[Next] = hash;
        index.Add(hash);
        Next = (Next + 1) % Ring.Length;
        Added++;
    }

    private HashSet<ulong> Index() => _index ??= [.. Ring.Where(h => h != 0)];

    /// <summary>FNV-1a: stable across processes and versions, unlike string.GetHashCode.</summary>
    public static ulong Hash(string id)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(id))
        {
            hash = (hash ^ b) * 1099511628211UL;
        }
        return hash == 0 ? 1 : hash;
    }
}
