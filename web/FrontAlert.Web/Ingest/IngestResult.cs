using FrontAlert.Domain;

namespace FrontAlert.Web;

/// <summary>The answer to <c>POST /reports</c>: how many went in, how many were already known, and each refusal with its reasons.</summary>
public sealed record IngestResult(int Accepted, int Duplicates, IReadOnlyList<Rejection> Rejected);

public sealed record Rejection(int Index, string? Id, IReadOnlyList<FieldError> Errors);
