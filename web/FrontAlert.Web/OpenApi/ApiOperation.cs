namespace FrontAlert.Web;

/// <summary>
/// What the OpenAPI document says of one endpoint beyond what ASP.NET Core infers: what it answers on success, the
/// problems it answers besides those every endpoint may give (<see cref="ApiDescriptions"/>), the body it reads when
/// the handler reads raw JSON, and examples.
/// </summary>
public sealed record ApiOperation(string Method, string Path, string Summary)
{
    public int Status { get; init; } = StatusCodes.Status200OK;

    /// <summary>The success body's type; null when there is none (204) or it is not JSON.</summary>
    public Type? Returns { get; init; }

    public string ContentType { get; init; } = "application/json";

    /// <summary>A PUT that answers 201 when it created the thing and 200 when it replaced it.</summary>
    public bool Upsert { get; init; }

    /// <summary>The request body's schema, for handlers that read the body themselves.</summary>
    public Type? Request { get; init; }

    /// <summary>The request body's media type.</summary>
    public string RequestContentType { get; init; } = "application/json";

    /// <summary>The body may also be an array of <see cref="Request"/> (or NDJSON lines of it).</summary>
    public bool Batch { get; init; }

    /// <summary>The success body also carries <c>corrections</c>: the alerts that correct this one.</summary>
    public bool WithCorrections { get; init; }

    public int[] Problems { get; init; } = [];

    /// <summary>Named request examples, JSON.</summary>
    public IReadOnlyDictionary<string, string> RequestExamples { get; init; } = new Dictionary<string, string>();

    public string? ResponseExample { get; init; }

    public string Key => $"{Method} {Path}";
}
