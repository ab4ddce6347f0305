namespace FrontAlert.Client;

/// <summary>One refused report: its 0-based <see cref="Index"/> in the batch, its id when it had one, and why.</summary>
public sealed record Rejection(int Index, string? Id, IReadOnlyList<FieldError> Errors);
