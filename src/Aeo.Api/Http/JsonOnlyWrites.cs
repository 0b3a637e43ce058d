namespace Aeo.Api.Http;

/// <summary>
/// Every write to <c>/api</c> with a body must say its body is JSON: a form, multipart or plain-text body is a 415
/// before anything reads it or checks its key. That closes the kind of request a page on another site can make a
/// browser send without the site's consent. A write without a body (a cancel, a pause) has no type to say and passes.
/// </summary>
public sealed class JsonOnlyWrites(RequestDelegate next, IProblemDetailsService problems)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.Path.StartsWithSegments("/api") && IsWrite(request.Method) && HasBody(request) && !request.HasJsonContentType())
        {
            context.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails =
                {
                    Status = StatusCodes.Status415UnsupportedMediaType,
                    Title = "The body must be JSON.",
                    Detail = "Send the body as Content-Type: application/json (a write without a body needs no Content-Type).",
                },
            });
            return;
        }
        await next(context);
    }

    private static bool IsWrite(string method) =>
        HttpMethods.IsPost(method) || HttpMethods.IsPut(method) || HttpMethods.IsPatch(method) || HttpMethods.IsDelete(method);

    /// <summary>A body is announced by a length above 0, chunked transfer, or a content type.</summary>
    private static bool HasBody(HttpRequest request) =>
        request.ContentLength > 0 || request.ContentType is not null || request.Headers.TransferEncoding.Count > 0;
}
