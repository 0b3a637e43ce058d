using Aeo.Api.Web.Components;
using Aeo.Api.Web.Endpoints;

namespace Aeo.Api.Web;

/// <summary>
/// The web app people sign in to: server-rendered Razor components (static SSR, no interactive circuit) at <c>/</c>,
/// a cookie session of its own, its assets, the run page's event relay and report downloads. The cookie authenticates
/// the web app's routes only: <c>/api</c> and <c>/mcp</c> keep their API keys, so no page on another site can make a
/// browser call the API with the session.
/// </summary>
public static class WebApp
{
    /// <summary>Registers the web app's services; call before the API's exception handlers so a page's error is a page.</summary>
    public static IServiceCollection AddAeoWebApp(this IServiceCollection services)
    {
        services.AddRazorComponents();
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "aeo_antiforgery";
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddAuthentication()
            .AddCookie(WebSession.Scheme, options =>
            {
                options.Cookie.Name = WebSession.CookieName;
                options.Cookie.HttpOnly = true;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.SlidingExpiration = true;
                options.ExpireTimeSpan = WebSession.Lifetime;
                options.LoginPath = WebPaths.SignIn;
                options.AccessDeniedPath = WebPaths.SignIn;
                options.ReturnUrlParameter = "returnUrl";
                options.Events.OnValidatePrincipal = WebSession.ValidateAsync;
            });
        services.AddAuthorizationBuilder()
            .AddPolicy(WebSession.Policy, policy => policy.AddAuthenticationSchemes(WebSession.Scheme).RequireAuthenticatedUser());
        services.AddExceptionHandler<WebErrors>();
        services.AddSingleton<WebAssets>();
        services.AddSingleton<WebSignIn>();
        services.AddHttpContextAccessor();
        services.AddScoped<WebClients>();
        services.AddSingleton<OverviewData>();
        return services;
    }

    /// <summary>Middleware the pages need, after authentication and authorization: antiforgery, the reader's culture, status pages.</summary>
    public static void UseAeoWebApp(this WebApplication app)
    {
        app.UseAntiforgery();
        app.UseWhen(context => WebPaths.IsWeb(context.Request.Path), web => web.UseMiddleware<WebCulture>().UseMiddleware<WebStatusPages>());
    }

    public static void MapAeoWebApp(this WebApplication app)
    {
        app.MapGet(WebPaths.Assets + "/{name}", WebAssets.Serve).AllowAnonymous().ExcludeFromDescription();
        app.MapPost(WebPaths.SignOut, WebSignIn.SignOutAsync).RequireAuthorization(WebSession.Policy).ExcludeFromDescription();
        var web = app.MapGroup(WebPaths.App).RequireAuthorization(WebSession.Policy).ExcludeFromDescription();
        web.MapRunEvents();
        web.MapRunReports();
        web.MapDeadLetterReprocess();
        web.MapScheduleActions();
        web.MapPlatformActions();
        web.MapWebhookActions();
        web.MapCompetitorActions();
        app.MapRazorComponents<App>().RequireAuthorization(WebSession.Policy);
    }
}
