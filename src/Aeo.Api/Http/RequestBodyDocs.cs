using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Aeo.Api.Http;

/// <summary>The JSON body an endpoint reads itself (with <see cref="JsonBody"/>), as the OpenAPI document describes it.</summary>
public sealed record JsonRequestBody(Type Type, bool Required);

public static class RequestBodyDocs
{
    /// <summary>
    /// Describes the endpoint's JSON body in the OpenAPI document and nowhere else. Not <c>Accepts&lt;T&gt;()</c>: that
    /// adds <see cref="Microsoft.AspNetCore.Http.Metadata.IAcceptsMetadata"/>, so routing itself answers a body of
    /// another content type with 415 before the endpoint can answer its 400 naming the body.
    /// </summary>
    public static TBuilder DocumentsBody<T, TBuilder>(this TBuilder builder, bool required = true) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new JsonRequestBody(typeof(T), required));

    public static RouteHandlerBuilder DocumentsBody<T>(this RouteHandlerBuilder builder, bool required = true) =>
        builder.DocumentsBody<T, RouteHandlerBuilder>(required);
}

/// <summary>Writes each <see cref="JsonRequestBody"/> into its operation, its schema among the document's components.</summary>
internal sealed class JsonRequestBodyTransformer : IOpenApiOperationTransformer
{
    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<JsonRequestBody>().LastOrDefault() is not { } body)
        {
            return;
        }
        var generated = await context.GetOrCreateSchemaAsync(body.Type, null, cancellationToken);
        Optional(generated);
        IOpenApiSchema schema = generated;
        if (context.Document is { } document)
        {
            document.AddComponent(body.Type.Name, generated);
            schema = new OpenApiSchemaReference(body.Type.Name, document);
        }
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = body.Required,
            Content = new Dictionary<string, OpenApiMediaType> { ["application/json"] = new() { Schema = schema } },
        };
    }

    /// <summary>
    /// The generator calls every parameter of a positional record required; the request records' fields are all
    /// nullable and may be left out, and what a request must hold is the validator's to say (a 400 naming the field).
    /// </summary>
    private static void Optional(OpenApiSchema schema)
    {
        schema.Required?.Clear();
        foreach (var nested in (schema.Properties?.Values ?? []).Append(schema.Items).OfType<OpenApiSchema>())
        {
            Optional(nested);
        }
    }
}
