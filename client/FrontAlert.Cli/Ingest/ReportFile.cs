using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace FrontAlert.Cli;

/// <summary>
/// Reads a reports file lazily in batches: a JSON array (streamed element by element), a single JSON object, or NDJSON.
/// NDJSON lines go to the server as they are, a broken one too, so the server's reason for refusing it is the one
/// shown; blank lines are skipped exactly as the server skips them, so indexes line up.
/// </summary>
public sealed class ReportFile(string path)
{
    /// <summary>Half the server's 10,000 per request: small enough to show progress and to retry, large enough to be fast.</summary>
    public const int BatchSize = 5_000;

    /// <summary>A file this small is tried as one (possibly pretty-printed) object before it is read as NDJSON.</summary>
    private const long SingleObjectMax = 16 * 1024 * 1024;

    public long Length { get; } = new FileInfo(path).Length;

    public async IAsyncEnumerable<ReportBatch> Batches([EnumeratorCancellation] CancellationToken cancel)
    {
        var format = await Sniff(cancel);
        var batches = format switch
        {
            '[' => ArrayBatches(cancel),
            '{' => SingleBatch(cancel),
            _ => LineBatches(cancel),
        };
        await foreach (var batch in batches)
        {
            yield return batch;
        }
    }

    /// <summary>'[' for an array, '{' for one object, 'n' for NDJSON (also several objects one per line).</summary>
    private async Task<char> Sniff(CancellationToken cancel)
    {
        using (var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true))
        {
            var buffer = new char[1];
            while (await reader.ReadAsync(buffer, cancel) == 1)
            {
                if (!char.IsWhiteSpace(buffer[0]))
                {
                    if (buffer[0] == '[')
                    {
                        return '[';
                    }
                    return Length <= SingleObjectMax && await IsOneObject(cancel) ? '{' : 'n';
                }
            }
        }
        throw new CliException($"'{path}' holds no reports");
    }

    private async Task<bool> IsOneObject(CancellationToken cancel)
    {
        await using var stream = File.OpenRead(path);
        try
        {
            using var doc = await JsonDocument.ParseAsync(stream, cancellationToken: cancel);
            return doc.RootElement.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            return false; // several objects (NDJSON), or broken: the server judges it line by line
        }
    }

    private async IAsyncEnumerable<ReportBatch> SingleBatch([EnumeratorCancellation] CancellationToken cancel)
    {
        // Sent as an array of one, so an invalid report comes back as a rejection like any other, not a 400.
        var text = await File.ReadAllTextAsync(path, cancel);
        yield return new ReportBatch("[" + text.Trim() + "]", Ndjson: false, ["the report"], Length);
    }

    private async IAsyncEnumerable<ReportBatch> ArrayBatches([EnumeratorCancellation] CancellationToken cancel)
    {
        await using var stream = File.OpenRead(path);
        var items = new List<string>();
        var origins = new List<string>();
        var index = 0;
        await foreach (var item in JsonSerializer.DeserializeAsyncEnumerable<JsonElement>(stream, cancellationToken: cancel))
        {
            items.Add(item.GetRawText());
            origins.Add($"item {++index}");
            if (items.Count == BatchSize)
            {
                yield return new ReportBatch("[" + string.Join(",\n", items) + "]", Ndjson: false, [.. origins], stream.Position);
                (items, origins) = ([], []);
            }
        }
        if (items.Count > 0)
        {
            yield return new ReportBatch("[" + string.Join(",\n", items) + "]", Ndjson: false, origins, stream.Position);
        }
    }

    private async IAsyncEnumerable<ReportBatch> LineBatches([EnumeratorCancellation] CancellationToken cancel)
    {
        await using var stream = File.OpenRead(path);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var body = new StringBuilder();
        var origins = new List<string>();
        var number = 0;
        while (await reader.ReadLineAsync(cancel) is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            body.Append(line).Append('\n');
            origins.Add($"line {number}");
            if (origins.Count == BatchSize)
            {
                yield return new ReportBatch(body.ToString(), Ndjson: true, [.. origins], stream.Position);
                (body, origins) = (new StringBuilder(), []);
            }
        }
        if (origins.Count > 0)
        {
            yield return new ReportBatch(body.ToString(), Ndjson: true, origins, stream.Position);
        }
    }
}
