namespace Aeo.Api.Web;

/// <summary>Where the web app lives: every path that is not the API's, the MCP server's, the dashboard's or an operational one.</summary>
public static class WebPaths
{
    public const string SignIn = "/signin";
    public const string SignOut = "/signout";

    /// <summary>The web app's non-page routes: the run page's event relay, report downloads, form actions.</summary>
    public const string App = "/app";

    public const string Assets = "/assets";

    private static readonly string[] NotWeb = ["/api", "/mcp", "/dashboard", "/health", "/metrics", "/openapi"];

    public static bool IsWeb(PathString path) => !NotWeb.Any(prefix => path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// A web route answering with a page of the web app: anything but a report download, which has its own policy, and
    /// the report route's error answers are pages too.
    /// </summary>
    public static bool IsPage(HttpContext context)
    {
        var path = context.Request.Path;
        return IsWeb(path)
            && (!(path.StartsWithSegments(App) && path.Value!.EndsWith("/report", StringComparison.Ordinal)) || context.Response.StatusCode >= 400);
    }

    /// <summary>A local return address, or the overview: a sign-in never sends anyone off the site.</summary>
    public static string LocalOrHome(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url[0] == '/' && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
            ? url
            : "/";
}
