using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace FrontAlert.Web;

/// <summary>
/// Puts each endpoint's <see cref="ApiOperation"/> into its metadata, where ASP.NET Core's API explorer (and so the
/// OpenAPI document) reads success and problem responses, and adds the problems that every endpoint may answer:
/// 401 for a key that is sent but unknown and 429 for an address that sent too many (RejectUnknownKeys), 403 where a
/// role is required, and 503 while the cluster or Redis cannot be reached (UnavailableHandler).
/// </summary>
public static class ApiDescriptions
{
    public const string Problem = "application/problem+json";

    public static RouteGroupBuilder Described(this RouteGroupBuilder api)
    {
        // Finally: after every endpoint's own conventions, so RequireAuthorization's metadata is there to read
        ((IEndpointConventionBuilder)api).Finally(Describe);
        return api;
    }

    /// <summary>Endpoints are grouped by what they are about: the first segment after <c>/api/v1</c>.</summary>
    private static string Tag(string path)
    {
        var segment = path.Split('/', StringSplitOptions.RemoveEmptyEntries).Skip(2).FirstOrDefault() ?? "api";
        return segment switch
        {
            "push" => "Subscriptions",
            "feeds" => "Alerts",
            _ => char.ToUpperInvariant(segment[0]) + segment[1..],
        };
    }

    private static void Describe(EndpointBuilder endpoint)
    {
        if (endpoint is not RouteEndpointBuilder route || endpoint.Metadata.OfType<IHttpMethodMetadata>().FirstOrDefault()?.HttpMethods is not [var method])
        {
            return;
        }
        var statuses = new SortedSet<int> { 401, 429, 503 };
        if (endpoint.Metadata.OfType<IAuthorizeData>().Any())
        {
            statuses.Add(403);
        }
        var path = "/" + route.RoutePattern.RawText?.Trim('/');
        endpoint.Metadata.Add(new TagsAttribute(Tag(path)));
        if (ApiOperations.Find(method, path) is { } operation)
        {
            endpoint.Metadata.Add(operation);
            endpoint.Metadata.Add(new EndpointSummaryAttribute(operation.Summary));
            var body = operation.Status == 204 ? typeof(void) : operation.Returns ?? typeof(string);
            string[] types = body == typeof(void) ? [] : [operation.ContentType];
            endpoint.Metadata.Add(new ProducesResponseTypeMetadata(operation.Status, body, types));
            if (operation.Upsert)
            {
                endpoint.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status201Created, body, types));
            }
            // No AcceptsMetadata for a handler that reads its body itself: routing would answer a wrong content type with
            // a bare 415 before the handler's own problem document. OperationBodies describes such bodies instead.
            statuses.UnionWith(operation.Problems);
        }
        foreach (var status in statuses)
        {
            // a 400 names the fields (errors: {field: [messages]}); the others say what and why
            var type = status == 400 ? typeof(HttpValidationProblemDetails) : typeof(ProblemDetails);
            endpoint.Metadata.Add(new ProducesResponseTypeMetadata(status, type, [Problem]));
        }
    }
}
