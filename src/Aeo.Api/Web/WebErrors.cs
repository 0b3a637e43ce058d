using Microsoft.AspNetCore.Diagnostics;

namespace Aeo.Api.Web;

/// <summary>
/// A page of the web app that fails shows a short page saying so, never a stack trace or a problem document; the
/// error itself goes to the log. Requests outside the web app are left to the API's handlers.
/// </summary>
public sealed class WebErrors(ILogger<WebErrors> logger, WebAssets assets) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!WebPaths.IsWeb(httpContext.Request.Path) || httpContext.Response.HasStarted)
        {
            return false;
        }
        var unavailable = ServiceUnavailable.IsUnavailable(exception);
        logger.LogError(exception, "A web page failed: {Path}", httpContext.Request.Path.Value);
        httpContext.Response.Clear();
        httpContext.Response.StatusCode = unavailable ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError;
        var message = unavailable
            ? "The database is not reachable at the moment. Nothing was lost; try again in a minute."
            : "Something went wrong on our side while building this page. It has been logged; try again, or go back to the overview.";
        await WriteAsync(httpContext, assets, "Something went wrong", message);
        return true;
    }

    /// <summary>A minimal page of the web app's look, for errors met before or outside the components.</summary>
    public static Task WriteAsync(HttpContext http, WebAssets assets, string title, string message)
    {
        http.Response.ContentType = "text/html; charset=utf-8";
        var html = $"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{Reports.HtmlText.Escape(title)} · Aeo</title><link rel="stylesheet" href="{assets.Url("app.css")}"></head>
            <body><main class="page narrow"><h1>{Reports.HtmlText.Escape(title)}</h1><p>{Reports.HtmlText.Escape(message)}</p>
            <p><a class="button" href="/">Back to the overview</a></p></main></body></html>
            """;
        return http.Response.WriteAsync(html);
    }
}
