namespace FrontAlert.Client;

/// <summary>
/// The hub's <c>reset({epoch, lastSeq, reason})</c>: the stream's cursor is now <see cref="LastSeq"/> of
/// <see cref="Epoch"/>, and every matching alert after it follows. <see cref="Reason"/>: <c>epoch</c> (the log lost
/// alerts, so seqs after <see cref="LastSeq"/> may be given to other alerts than those already seen), <c>ahead</c>
/// (the cursor was beyond the log's end), <c>truncated</c> (more was missed than one replay gives; the rest is in
/// <c>GET /alerts</c>), <c>trimmed</c> (retention removed alerts after the cursor).
/// </summary>
public sealed record StreamReset(string Epoch, long LastSeq, string Reason);
