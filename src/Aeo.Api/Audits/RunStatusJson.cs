using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;

namespace Aeo.Api.Audits;

/// <summary>
/// 200 with a run's status as <see cref="RunStatusCache"/> already wrote it: the same bytes <c>Ok(AuditRunResponse)</c>
/// would write, declared with that schema, so the OpenAPI document does not change.
/// </summary>
public sealed class RunStatusJson(byte[] json) : IResult, IStatusCodeHttpResult, IContentTypeHttpResult, IEndpointMetadataProvider
{
    private const string JsonContentType = "application/json; charset=utf-8";

    public int? StatusCode => StatusCodes.Status200OK;

    public string ContentType => JsonContentType;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = JsonContentType;
        response.ContentLength = json.Length;
        return response.Body.WriteAsync(json, httpContext.RequestAborted).AsTask();
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(AuditRunResponse), ["application/json"]));
}
