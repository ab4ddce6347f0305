namespace FrontAlert.Client;

/// <summary>What to read from the alert stream and where to resume.</summary>
public sealed record AlertStreamOptions
{
    /// <summary>Locations whose subtrees to hear; empty means everything.</summary>
    public IReadOnlyList<string> ScopeIds { get; init; } = [];

    /// <summary>Only this severity or louder; null means all.</summary>
    public Severity? MinSeverity { get; init; }

    /// <summary>Start after this seq; when null, after the one in <see cref="SeqStore"/>, or from the beginning (0).</summary>
    public long? AfterSeq { get; init; }

    /// <summary>The log epoch <see cref="AfterSeq"/> belongs to (from an alert's <c>epoch</c>), when known.</summary>
    public string? Epoch { get; init; }

    /// <summary>Where the last handled seq is loaded from and saved to; null keeps it in memory only.</summary>
    public ISeqStore? SeqStore { get; init; }

    /// <summary>How often, at most, the seq is saved while alerts keep coming; it is always saved when the stream catches up or ends.</summary>
    public TimeSpan SaveInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How many recent alert ids are remembered to drop repeats.</summary>
    public int RememberedIds { get; init; } = 10_000;

    /// <summary>
    /// Alerts received but not yet read. An app that falls this far behind costs a reconnect rather than memory: the
    /// stream drops the connection, hands out what it holds, then resumes from the log after the last seq it yielded.
    /// </summary>
    public int Buffer { get; init; } = 1_000;

    public TimeSpan FirstRetryDelay { get; init; } = TimeSpan.FromMilliseconds(100);

    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>JSON, or MessagePack for binary frames; the alerts are the same.</summary>
    public StreamProtocol Protocol { get; init; } = StreamProtocol.Json;

    /// <summary>Told of every connect, subscribe and disconnect; called on the reading task, so keep it short.</summary>
    public Action<AlertStreamStatus>? OnStatus { get; init; }
}
