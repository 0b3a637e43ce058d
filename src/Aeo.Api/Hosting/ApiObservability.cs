using System.Diagnostics;
using Aeo.Grains.Telemetry;

namespace Aeo.Api.Hosting;

/// <summary>
/// Logs and traces of the API process: Serilog with trace ids on every line, OpenTelemetry tracing (see
/// <see cref="AeoTracing"/>), problem details whose <c>traceId</c> is the request's trace id (the id an incoming
/// <c>traceparent</c> names, and the one log lines, spans and the access log carry), and each request's log scope.
/// </summary>
public static class ApiObservability
{
    public const string ServiceName = "aeo-api";

    public static WebApplicationBuilder AddAeoObservability(this WebApplicationBuilder builder)
    {
        builder.Host.UseAeoSerilog();
        builder.Services.AddAeoTracing(builder.Configuration, ServiceName);
        builder.Services.Configure<ProblemDetailsOptions>(options =>
        {
            var earlier = options.CustomizeProblemDetails;
            options.CustomizeProblemDetails = context =>
            {
                earlier?.Invoke(context);
                context.ProblemDetails.Extensions["traceId"] = Activity.Current?.TraceId.ToHexString() ?? context.HttpContext.TraceIdentifier;
            };
        });
        return builder;
    }

    /// <summary>
    /// Every line logged while a request is handled carries its client id (the calling client's, or the one the route
    /// names) and, on a run's routes, its run id. Read when a line is written, so what authentication learns counts.
    /// </summary>
    public static IApplicationBuilder UseAeoRequestLogScope(this IApplicationBuilder app)
    {
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger("Aeo.Api.Requests");
        return app.Use(async (context, next) =>
        {
            using (logger.BeginScope(new RunLogScope(
                () => RouteId(context, "/api/v1/audits"),
                () => context.User.ClientId() ?? RouteId(context, "/api/v1/clients"))))
            {
                await next(context);
            }
        });
    }

    private static Guid? RouteId(HttpContext context, string prefix) =>
        context.Request.Path.StartsWithSegments(prefix) && context.GetRouteValue("id") is string id && Guid.TryParse(id, out var value)
            ? value
            : null;
}
