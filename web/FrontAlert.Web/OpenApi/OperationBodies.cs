using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace FrontAlert.Web;

/// <summary>
/// What the API explorer cannot infer from a handler that reads its body itself: the body's schema (a handler bound
/// to raw JSON shows as "any"), a batch as one item or an array of them, an alert's corrections, and the examples.
/// </summary>
public sealed class OperationBodies : IOpenApiOperationTransformer
{
    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<ApiOperation>().FirstOrDefault() is not { } described)
        {
            return;
        }
        if (described.Request is not null && operation.RequestBody is null)
        {
            string[] types = described.Batch ? [described.RequestContentType, "application/x-ndjson"] : [described.RequestContentType];
            operation.RequestBody = new OpenApiRequestBody { Required = true, Content = types.ToDictionary(t => t, _ => new OpenApiMediaType()) };
        }
        if (described.Request is { } request && operation.RequestBody?.Content is { } content)
        {
            OpenApiSchema? inline = null;
            foreach (var (type, media) in content)
            {
                // a body declared by type already refers to its component; one bound to raw JSON gets the type's schema
                IOpenApiSchema item = media.Schema is OpenApiSchemaReference { Reference.Id: not nameof(System.Text.Json.JsonElement) } declared
                    ? declared
                    : inline ??= PathNamesId(described, await context.GetOrCreateSchemaAsync(request, null, cancellationToken));
                media.Schema = described.Batch && type == "application/json"
                    ? new OpenApiSchema { OneOf = [item, new OpenApiSchema { Type = JsonSchemaType.Array, Items = item }] }
                    : item;
                if (type == "application/json" && described.RequestExamples.Count > 0)
                {
                    media.Examples = described.RequestExamples.ToDictionary(
                        e => e.Key, e => (IOpenApiExample)new OpenApiExample { Summary = e.Key, Value = JsonNode.Parse(e.Value) });
                }
            }
        }
        var status = described.Status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (operation.Responses is { } responses && responses.TryGetValue(status, out var response)
            && response.Content is { } answers && answers.TryGetValue(described.ContentType, out var answer))
        {
            if (described.WithCorrections && answer.Schema is { } alert)
            {
                answer.Schema = new OpenApiSchema
                {
                    AllOf =
                    [
                        alert,
                        new OpenApiSchema
                        {
                            Type = JsonSchemaType.Object,
                            Properties = new Dictionary<string, IOpenApiSchema> { ["corrections"] = new OpenApiSchema { Type = JsonSchemaType.Array, Items = alert } },
                        },
                    ],
                };
            }
            if (described.ResponseExample is { } example)
            {
                answer.Example = JsonNode.Parse(example);
            }
        }
    }

    /// <summary>A PUT to <c>/…/{id}</c> takes the id from its path: the body may leave it out (a copy, so the answer's schema keeps it).</summary>
    private static OpenApiSchema PathNamesId(ApiOperation described, OpenApiSchema schema)
    {
        if (!described.Upsert || schema.Required is not { } required || !required.Contains("id"))
        {
            return schema;
        }
        var copy = (OpenApiSchema)schema.CreateShallowCopy();
        copy.Required = new HashSet<string>(required.Where(r => r != "id"), StringComparer.Ordinal);
        return copy;
    }
}
