using FrontAlert.Client;

namespace FrontAlert.Cli;

/// <summary>The sum of the batches' answers, each rejection named by where it was in the file.</summary>
public sealed class IngestTally
{
    public int Accepted { get; private set; }
    public int Duplicates { get; private set; }
    public int Sent { get; private set; }
    public List<(string Origin, Rejection Rejection)> Rejected { get; } = [];

    public void Add(ReportBatch batch, IngestResult result)
    {
        Sent += batch.Origins.Count;
        Accepted += result.Accepted;
        Duplicates += result.Duplicates;
        foreach (var rejection in result.Rejected)
        {
            var origin = rejection.Index >= 0 && rejection.Index < batch.Origins.Count ? batch.Origins[rejection.Index] : $"item {rejection.Index + 1} of a batch";
            Rejected.Add((origin, rejection));
        }
    }
}
