namespace FrontAlert.Cli;

/// <summary>
/// Up to <see cref="ReportFile.BatchSize"/> reports ready to post, with where each came from in the file (a line, or an
/// item of the array) so a rejection can name it; <see cref="Position"/> is how far into the file it reaches.
/// </summary>
public sealed record ReportBatch(string Body, bool Ndjson, IReadOnlyList<string> Origins, long Position);
