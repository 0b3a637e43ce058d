using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace Aeo.Api.Http;

/// <summary>
/// The typed error answers of the endpoints besides 400 (which is the framework's <see cref="ValidationProblem"/>).
/// Each executes exactly as <see cref="TypedResults.Problem(ProblemDetails)"/> does (<c>application/problem+json</c>,
/// written by the problem details service, so the body carries the trace id) and declares its status with the
/// <see cref="ProblemDetails"/> schema, so the OpenAPI document describes it. The framework's
/// <c>NotFound&lt;ProblemDetails&gt;</c> would answer plain <c>application/json</c> without the trace id.
/// </summary>
public abstract class ProblemResult(ProblemHttpResult problem)
    : IResult, IStatusCodeHttpResult, IContentTypeHttpResult, IValueHttpResult, IValueHttpResult<ProblemDetails>
{
    public ProblemDetails Value => problem.ProblemDetails;

    object? IValueHttpResult.Value => Value;

    public int? StatusCode => problem.StatusCode;

    public string? ContentType => problem.ContentType;

    public virtual Task ExecuteAsync(HttpContext httpContext) => problem.ExecuteAsync(httpContext);

    protected static void Declare(EndpointBuilder builder, int statusCode) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(statusCode, typeof(ProblemDetails), ["application/problem+json"]));
}

/// <summary>404: nothing by that id is visible to the caller (another client's data is not found either).</summary>
public sealed class NotFoundProblem(string detail)
    : ProblemResult(TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: detail)), IEndpointMetadataProvider
{
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) => Declare(builder, StatusCodes.Status404NotFound);
}

/// <summary>409: the request is valid but the thing it acts on is in a state that refuses it; the extensions may say what is in the way.</summary>
public sealed class ConflictProblem(string detail, IDictionary<string, object?>? extensions = null)
    : ProblemResult(TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Conflict", detail: detail, extensions: extensions)),
        IEndpointMetadataProvider
{
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) => Declare(builder, StatusCodes.Status409Conflict);
}

/// <summary>422: the request is well formed but contradicts what it refers to (an idempotency key bound to another request).</summary>
public sealed class UnprocessableProblem(string detail)
    : ProblemResult(TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "Unprocessable request", detail: detail)), IEndpointMetadataProvider
{
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) => Declare(builder, StatusCodes.Status422UnprocessableEntity);
}

/// <summary>429 with <c>Retry-After</c>: a limit that lifts by itself; the extensions say which limit and how full it is.</summary>
public sealed class TooManyRequestsProblem(string title, string detail, TimeSpan retryAfter, IDictionary<string, object?> extensions)
    : ProblemResult(TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: title, detail: detail, extensions: extensions)),
        IEndpointMetadataProvider
{
    public TimeSpan RetryAfter => retryAfter;

    public override Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.Headers.RetryAfter = ((int)retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        return base.ExecuteAsync(httpContext);
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) => Declare(builder, StatusCodes.Status429TooManyRequests);
}
