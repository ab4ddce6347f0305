using FrontAlert.Domain;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace FrontAlert.Web;

/// <summary>
/// Fields the API adds beside a domain type's own: a rule is shown with <c>lastFiredAt</c> (RulesEndpoints), which
/// lives in the place's rule progress, not in the rule.
/// </summary>
public sealed class SchemaAdditions : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonTypeInfo.Type == typeof(Rule) && schema.Properties is { } properties)
        {
            properties["lastFiredAt"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null, Format = "date-time" };
        }
        return Task.CompletedTask;
    }
}
