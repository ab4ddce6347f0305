namespace FrontAlert.Client;

/// <summary>
/// The answer to <c>POST /imports/acled</c>: rows read, reports accepted, reports the server already had (a re-import),
/// rows refused with the reason, and rows of event types FrontAlert does not map. Lines are those of the posted CSV.
/// </summary>
public sealed record AcledImportResult(
    int Rows, int Accepted, int Duplicates, IReadOnlyList<AcledRejection> Rejected, IReadOnlyList<AcledNotMapped> NotMapped);
