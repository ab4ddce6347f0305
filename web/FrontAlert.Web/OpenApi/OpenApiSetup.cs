namespace FrontAlert.Web;

/// <summary><c>GET /openapi/v1.json</c>: every endpoint with its bodies, problems and examples (ApiOperations).</summary>
public static class OpenApiSetup
{
    public static IServiceCollection AddFrontAlertOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(o =>
        {
            o.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "FrontAlert";
                document.Info.Description = "Real-time alerts on who holds which place, strikes and tolls. Reads are open; "
                    + "writes need an API key in X-Api-Key with the reporter or operator role. Every error is an RFC 7807 problem.";
                return Task.CompletedTask;
            });
            o.AddOperationTransformer<OperationBodies>();
            o.AddSchemaTransformer<SchemaAdditions>();
        });
}
