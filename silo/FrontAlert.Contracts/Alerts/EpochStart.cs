namespace FrontAlert.Contracts;

/// <summary>
/// One epoch of the alert log and where it began: every seq up to <see cref="Fork"/> means the same alert in this
/// epoch as in the one before it; seqs above it may have been given to other alerts before the log lost them.
/// </summary>
public sealed record EpochStart(string Id, long Fork);
