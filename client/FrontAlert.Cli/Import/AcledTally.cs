using FrontAlert.Client;

namespace FrontAlert.Cli;

/// <summary>The sum of the chunks' answers, every line mapped back to the file.</summary>
public sealed class AcledTally
{
    public int Rows { get; private set; }
    public int Accepted { get; private set; }
    public int Duplicates { get; private set; }
    public List<AcledRejection> Rejected { get; } = [];
    public List<AcledNotMapped> NotMapped { get; } = [];

    public void Add(AcledChunk chunk, AcledImportResult result)
    {
        Rows += result.Rows;
        Accepted += result.Accepted;
        Duplicates += result.Duplicates;
        Rejected.AddRange(result.Rejected.Select(r => r with { Line = chunk.FileLine(r.Line) }));
        NotMapped.AddRange(result.NotMapped.Select(n => n with { Line = chunk.FileLine(n.Line) }));
    }
}
