using System.Diagnostics;

namespace Aeo.Api.AccessLog;

/// <summary>
/// Records every write to <c>/api</c> (any method but GET, HEAD and OPTIONS), whatever its answer, and every request
/// whose key was refused, anywhere: the time, the signing key's reference (never the key), the client, the method, the
/// route template, the status, the trace id and the remote address.
/// </summary>
public sealed class AccessLogging(RequestDelegate next, AccessLogWriter writer, TimeProvider time)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        finally
        {
            var failedSignIn = ApiKeyAuthenticationHandler.SignInFailed(context);
            if (failedSignIn || IsApiWrite(context.Request))
            {
                writer.Enqueue(EntryOf(context, failedSignIn));
            }
        }
    }

    private static bool IsApiWrite(HttpRequest request) =>
        request.Path.StartsWithSegments("/api")
        && !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method));

    private AccessLogEntry EntryOf(HttpContext context, bool failedSignIn)
    {
        var user = context.User;
        var caller = user.IsOperator() ? Caller.OperatorRole : user.IsInRole(Caller.ClientRole) ? Caller.ClientRole : null;
        // A group's root route reads "/api/v1/audits/"; logged without the trailing slash, as clients call it.
        var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText is { Length: > 1 } raw ? raw.TrimEnd('/') : null;
        return new AccessLogEntry(
            time.GetUtcNow(),
            caller,
            user.KeyRef(),
            user.ClientId(),
            context.Request.Method,
            route,
            Truncate(context.Request.Path.Value ?? "", 500),
            context.Response.StatusCode,
            failedSignIn,
            Activity.Current?.TraceId.ToString() ?? context.TraceIdentifier,
            context.Connection.RemoteIpAddress?.ToString());
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
