namespace FrontAlert.Web;

public static class ReportsEndpoints
{
    public static void MapReports(this RouteGroupBuilder api) =>
        api.MapPost("/reports", Post).RequireAuthorization(SecuritySetup.Reporters).RequireRateLimiting(RateLimits.Ingest);

    /// <summary>
    /// One report, a JSON array or NDJSON. 202 once every valid report is durably stored; invalid ones are listed with
    /// reasons. A single invalid report is a 400 naming its fields.
    /// </summary>
    private static async Task<IResult> Post(HttpRequest request, Ingestor ingestor, CancellationToken cancel)
    {
        ReportBody.Parsed? body;
        string? problem;
        try
        {
            (body, problem) = await ReportBody.Read(request, cancel);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Problems.Body($"the body may be at most {ReportBody.MaxBytes / (1024 * 1024)} MiB", StatusCodes.Status413PayloadTooLarge);
        }
        if (body is null)
        {
            return Problems.Body(problem!);
        }
        // An operator may retract any source's report; a reporter only a report of the source it names.
        var result = await ingestor.Ingest(body.Items, request.HttpContext.User.IsInRole(Roles.Operator));
        if (body.Single && result.Rejected.Count == 1)
        {
            return Problems.Invalid(result.Rejected[0].Errors, "The report is not valid");
        }
        return Results.Accepted(value: result);
    }
}
