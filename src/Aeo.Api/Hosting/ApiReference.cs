using Scalar.AspNetCore;

namespace Aeo.Api.Hosting;

/// <summary>
/// The browsable API reference (Scalar) at <c>/api/docs</c>, reading the OpenAPI document at
/// <c>/openapi/v1.json</c>. Its script is served by the API itself, so the page works without internet access.
/// </summary>
public static class ApiReference
{
    public const string Path = "/api/docs";

    public static IEndpointConventionBuilder MapAeoApiReference(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapScalarApiReference(Path, options => options
            .WithTitle("Aeo API")
            .WithOpenApiRoutePattern("/openapi/{documentName}.json"))
            .ExcludeFromDescription();
}
