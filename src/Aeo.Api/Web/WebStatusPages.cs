using Microsoft.AspNetCore.Diagnostics;

namespace Aeo.Api.Web;

/// <summary>
/// Status pages of the web app: every error answer of its addresses is a short page of the web app's look, never the
/// API's problem document. A page that answers 404 itself (a run that is not the session's) keeps the page it rendered;
/// any route of the web app that answers an error with no body (a form route's 404 for a run or webhook that does
/// not exist or is another client's, a form refused without its antiforgery token, an address nothing serves) gets a
/// page for its status, the same whichever the reason, so it tells nothing about another client's things.
/// </summary>
public sealed class WebStatusPages(RequestDelegate next, WebAssets assets)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Features.Get<IStatusCodePagesFeature>() is { } pages)
        {
            pages.Enabled = false;
        }
        var endpoint = context.GetEndpoint();
        if (endpoint is null && HttpMethods.IsGet(context.Request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            await WriteAsync(context);
            return;
        }
        await next(context);
        if (context.Response is { HasStarted: false, StatusCode: >= 400, ContentLength: null, ContentType: null })
        {
            await WriteAsync(context);
        }
    }

    private Task WriteAsync(HttpContext context)
    {
        var (title, message) = context.Response.StatusCode switch
        {
            StatusCodes.Status400BadRequest =>
                ("Not accepted", "The form could not be accepted: it may have been open too long. Go back, reload the page and try again."),
            StatusCodes.Status404NotFound => ("Not found", "This does not exist, or it is not yours to see."),
            StatusCodes.Status405MethodNotAllowed => ("Not found", "There is no page at this address."),
            StatusCodes.Status429TooManyRequests => ("Too many at once", "Too many requests came from this session at once. Wait a moment and try again."),
            >= 500 => ("Something went wrong", "Something went wrong on our side. It has been logged; try again, or go back to the overview."),
            _ => ("Not available", "This cannot be shown. Go back to the overview and try again from there."),
        };
        return WebErrors.WriteAsync(context, assets, title, message);
    }
}
