using Scalar.AspNetCore;

namespace Aeo.Api.Hosting;

/// <summary>
/// The browsable API reference (Scalar) at <c>/api/docs</c>, with its own copy of the OpenAPI document at
/// <c>/api/docs/openapi/v1.json</c>. Both need a valid key (a client's or the operator's), which a browser gives as the
/// password of the Basic sign-in it is asked for and then sends again for the document by itself: the operational
/// <c>/openapi</c> may be on the internal port only, or behind the operator key, where the page could not read it.
/// The script is served by the API itself, so the page works without internet access.
/// </summary>
public static class ApiReference
{
    public const string Path = ApiKeyAuthenticationHandler.ApiReferencePath;
    public const string DocumentPattern = Path + "/openapi/{documentName}.json";

    public static void MapAeoApiReference(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapOpenApi(DocumentPattern).RequireAuthorization();
        endpoints.MapScalarApiReference(Path, options => options
                .WithTitle("Aeo API")
                // Its fonts come from a CDN the page's Content-Security-Policy (this origin only) refuses.
                .DisableDefaultFonts()
                .WithOpenApiRoutePattern(DocumentPattern))
            .RequireAuthorization()
            .ExcludeFromDescription();
    }
}
