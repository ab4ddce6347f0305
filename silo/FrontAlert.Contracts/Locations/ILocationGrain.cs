using Orleans.Concurrency;
using FrontAlert.Domain;

namespace FrontAlert.Contracts;

/// <summary>One activation per location id: the latest picture of that place and the rules scoped to it.</summary>
[Alias("FrontAlert.ILocationGrain")]
public interface ILocationGrain : IGrainWithStringKey
{
    /// <summary>
    /// Applies the reports in order and returns, one status per report, once they are durably stored, their alerts
    /// logged and the reports filed; the roll-up to the ancestors follows (ADR 0010).
    /// </summary>
    /// <remarks>Immutable: nobody mutates a report after sending it, so Orleans need not deep-copy (JSON) each call.</remarks>
    [Alias("Ingest")] Task<IngestStatus[]> Ingest([Immutable] Report[] reports);

    /// <summary>
    /// A child's subtree totals and events; safe to repeat. A short timeout: a parent on a silo that just died must not
    /// hold its child's acknowledgement; the child has stored its report and retries the roll-up (ADR 0007).
    /// </summary>
    [Alias("Receive"), ResponseTimeout("00:00:03")] Task Receive([Immutable] RollUp update);

    [Alias("State")] Task<LiveState?> State();

    /// <summary>Publishes whatever stored work is still undelivered (after a crash); does nothing otherwise.</summary>
    [Alias("Flush")] Task Flush();

    /// <summary>A child moved elsewhere in the tree at its <paramref name="version"/>: its figures leave this subtree.</summary>
    [Alias("Forget")] Task Forget(string childId, long version);

    /// <summary>
    /// This place moved from under <paramref name="fromId"/> to under <paramref name="toId"/>: the old parent forgets its
    /// figures, the new one receives them, each exactly once.
    /// </summary>
    [Alias("Moved")] Task Moved(string fromId, string? toId);

    [Alias("PutRule")] Task PutRule(Rule rule);
    [Alias("RemoveRule")] Task RemoveRule(string ruleId);

    /// <summary>The rules scoped here with what they have seen (last figure, last fired).</summary>
    [Alias("Watches")] Task<RuleProgress[]> Progress();
}
