namespace Aeo.Api.Http;

/// <summary>
/// The headers every response carries: no content sniffing, no referrer, no framing, and a Content-Security-Policy
/// that fits what the response is: JSON from the API loads nothing; an HTML report from the API may use its own inline
/// styles and data: images and nothing else; the dashboard's and the API reference's pages load their scripts, styles
/// and data from this origin only; the web app's pages too, with no inline script or style at all. Over https, HSTS.
/// (Kestrel's <c>Server</c> header is turned off where Kestrel is configured.)
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next, IOptions<HttpOptions> options)
{
    public const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    public const string ReportPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    public const string PagePolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
    public const string WebAppPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(static state =>
        {
            var (context, hsts) = ((HttpContext, TimeSpan))state;
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.XFrameOptions = "DENY";
            headers.ContentSecurityPolicy = PolicyFor(context);
            if (context.Request.IsHttps && hsts > TimeSpan.Zero)
            {
                headers.StrictTransportSecurity = "max-age=" + ((long)hsts.TotalSeconds).ToString(CultureInfo.InvariantCulture);
            }
            return Task.CompletedTask;
        }, (context, options.Value.HstsMaxAge));
        return next(context);
    }

    /// <summary>The Content-Security-Policy for the response being started.</summary>
    public static string PolicyFor(HttpContext context)
    {
        var isHtml = context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true;
        if (ApiKeyAuthenticationHandler.IsBrowserPage(context.Request.Path))
        {
            return PagePolicy;
        }
        if (isHtml && Web.WebPaths.IsPage(context))
        {
            return WebAppPolicy;
        }
        return isHtml ? ReportPolicy : ApiPolicy;
    }
}
