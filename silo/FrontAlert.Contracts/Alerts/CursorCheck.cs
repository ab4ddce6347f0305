namespace FrontAlert.Contracts;

/// <summary>
/// What the log makes of a client's cursor: replay after <see cref="From"/>. <see cref="Reason"/> is null when the
/// cursor is vouched for as it is; otherwise the client must be told (<c>reset</c>) that its cursor moved, and why:
/// <see cref="Epoch"/> (the log lost alerts the client may have seen), <see cref="Ahead"/> (the cursor is beyond the
/// log's last seq), <see cref="Truncated"/> (more to replay than one Subscribe may), <see cref="Trimmed"/> (retention
/// removed alerts after the cursor).
/// </summary>
public sealed record CursorCheck(long From, string? Reason)
{
    public const string Epoch = "epoch";
    public const string Ahead = "ahead";
    public const string Truncated = "truncated";
    public const string Trimmed = "trimmed";
}
