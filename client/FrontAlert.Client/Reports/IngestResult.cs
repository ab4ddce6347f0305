namespace FrontAlert.Client;

/// <summary>
/// The answer to <c>POST /reports</c>: how many went in, how many the server already had (harmless), and each
/// refused report with its reasons. The valid reports of a batch go in even when others are refused.
/// </summary>
public sealed record IngestResult(int Accepted, int Duplicates, IReadOnlyList<Rejection> Rejected);
