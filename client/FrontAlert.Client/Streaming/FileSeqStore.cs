using System.Globalization;

namespace FrontAlert.Client;

/// <summary>
/// The seq in a small text file. Written to a temporary file, flushed to disk and renamed over the old one, so a
/// crash or power loss leaves either the old seq or the new one, never a torn or empty file (which would replay or
/// skip everything). The log's epoch, when known, follows the seq on the same line: <c>42 3f9a1c2b7d10</c>.
/// </summary>
public sealed class FileSeqStore(string path) : ISeqStore
{
    public string Path { get; } = System.IO.Path.GetFullPath(path);

    public async Task<long?> Load(CancellationToken cancel = default) => (await Read(cancel))?.Seq;

    public async Task<string?> LoadEpoch(CancellationToken cancel = default) => (await Read(cancel))?.Epoch;

    private async Task<(long Seq, string? Epoch)?> Read(CancellationToken cancel)
    {
        if (!File.Exists(Path))
        {
            return null;
        }
        var text = (await File.ReadAllTextAsync(Path, cancel)).Trim();
        var parts = text.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length > 0 && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var seq)
            ? (seq, parts.Length > 1 ? parts[1] : null)
            : throw new InvalidDataException($"'{Path}' should hold the last alert seq, a whole number, but holds '{Truncate(text)}'");
    }

    public Task Save(long seq, CancellationToken cancel = default) => Save(seq, null, cancel);

    public async Task Save(long seq, string? epoch, CancellationToken cancel = default)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        // A name of its own per write: two streams saving into one file must not rename each other's half-written temp.
        var temp = $"{Path}.{Guid.NewGuid():N}.tmp";
        try
        {
            await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64, FileOptions.Asynchronous))
            {
                await file.WriteAsync(System.Text.Encoding.ASCII.GetBytes(seq.ToString(CultureInfo.InvariantCulture) + (epoch is null ? "" : " " + epoch) + "\n"), cancel);
                file.Flush(flushToDisk: true);
            }
            File.Move(temp, Path, overwrite: true);
        }
        finally
        {
            File.Delete(temp); // no-op after a successful rename
        }
    }

    private static string Truncate(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
