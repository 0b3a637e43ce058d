using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Diagnostics;

namespace Aeo.Api.Web;

/// <summary>
/// Status pages of the web app. A page that answers 404 itself (a run that is not the session's) keeps the page it
/// rendered: the API's problem documents for empty error answers are turned off for it. An address of the web app
/// that nothing serves gets a short "not found" page instead of a problem document.
/// </summary>
public sealed class WebStatusPages(RequestDelegate next, WebAssets assets)
{
    public Task InvokeAsync(HttpContext context)
    {
        var endpoint = context.GetEndpoint();
        if (endpoint?.Metadata.GetMetadata<ComponentTypeMetadata>() is not null && context.Features.Get<IStatusCodePagesFeature>() is { } pages)
        {
            pages.Enabled = false;
        }
        if (endpoint is null && HttpMethods.IsGet(context.Request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return WebErrors.WriteAsync(context, assets, "Not found", "There is no page at this address.");
        }
        return next(context);
    }
}
