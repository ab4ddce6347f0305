using Microsoft.Net.Http.Headers;

namespace FrontAlert.Web;

/// <summary><c>POST /imports/acled</c>: an operator uploads an ACLED export as CSV and gets a summary row by row.</summary>
public static class ImportsEndpoints
{
    public static void MapImports(this RouteGroupBuilder api) =>
        api.MapPost("/imports/acled", PostAcled).RequireAuthorization(SecuritySetup.Operators).RequireRateLimiting(RateLimits.Ingest)
            // The handler reads the body itself; these say what it takes and answers, for the OpenAPI document.
            .Accepts<string>("text/csv")
            .Produces<AcledSummary>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

    private static async Task<IResult> PostAcled(HttpRequest request, AcledImporter importer, CancellationToken cancel)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type) || !type.MediaType.Equals("text/csv", StringComparison.OrdinalIgnoreCase))
        {
            return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type",
                detail: $"content-type '{request.ContentType}' is not accepted; send an ACLED export as text/csv");
        }
        AcledCsv.Parsed? csv;
        Domain.FieldError? problem;
        try
        {
            (csv, problem) = await AcledCsv.Read(request.Body, cancel);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Problems.Body($"the body may be at most {ReportBody.MaxBytes / (1024 * 1024)} MiB; split the file (the CLI does)", StatusCodes.Status413PayloadTooLarge);
        }
        return csv is null ? Problems.Invalid([problem!], "The ACLED file cannot be imported") : Results.Ok(await importer.Import(csv));
    }
}
