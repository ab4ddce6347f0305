namespace FrontAlert.Client;

/// <summary>The members of an RFC 7807 problem that the client reads; the server may add others.</summary>
internal sealed record ProblemBody(
    string? Type,
    string? Title,
    int? Status,
    string? Detail,
    Dictionary<string, string[]>? Errors);
