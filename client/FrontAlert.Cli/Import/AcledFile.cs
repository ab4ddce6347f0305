using System.Runtime.CompilerServices;
using System.Text;

namespace FrontAlert.Cli;

/// <summary>
/// Reads an ACLED export lazily in chunks of at most <see cref="ChunkRows"/> rows, each behind the file's header, so a
/// large export goes up in requests the server takes and a progress bar can move. Rows are split only where a record
/// ends: a line break inside a quoted field (notes often span lines) is not the end of a row. Rows are sent as they
/// are, blank lines too, so the server judges every row and its line numbers map back to the file.
/// </summary>
public sealed class AcledFile(string path)
{
    public const int ChunkRows = 2_000;

    public long Length { get; } = new FileInfo(path).Length;

    public async IAsyncEnumerable<AcledChunk> Chunks([EnumeratorCancellation] CancellationToken cancel)
    {
        await using var stream = File.OpenRead(path);
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var header = await reader.ReadLineAsync(cancel);
        if (string.IsNullOrWhiteSpace(header) || !header.Contains("event_id_cnty", StringComparison.OrdinalIgnoreCase))
        {
            throw new CliException($"'{path}' is not an ACLED export: its first line must be ACLED's header (event_id_cnty, event_date, ...)");
        }
        var body = new StringBuilder();
        var (number, first, rows, quoted) = (1, 2, 0, false);
        while (await reader.ReadLineAsync(cancel) is { } line)
        {
            number++;
            body.Append(line).Append('\n');
            // An odd number of quotes on a line opens or closes a quoted field ("" inside one counts twice).
            quoted ^= line.Count(c => c == '"') % 2 == 1;
            if (quoted)
            {
                continue;
            }
            rows++;
            if (rows == ChunkRows)
            {
                yield return new AcledChunk(header + "\n" + body, first, stream.Position);
                (body, first, rows) = (new StringBuilder(), number + 1, 0);
            }
        }
        if (body.Length > 0)
        {
            yield return new AcledChunk(header + "\n" + body, first, Length);
        }
    }
}
