namespace Aeo.Api.AccessLog;

public sealed record AccessLogEntryResponse(
    DateTimeOffset At, string? Caller, string? KeyId, Guid? ClientId, string Method, string? Route, string Path, int Status,
    bool FailedSignIn, string? TraceId, string? RemoteAddress);

public static class AccessLogEndpoints
{
    public static void MapAccessLogEndpoints(this RouteGroupBuilder api) =>
        api.MapGet("/admin/access-log", ListAsync).WithTags("Admin").RequireOperator();

    /// <summary>The access log, newest first, for the operator: writes to /api and failed sign-ins, filtered and paged.</summary>
    private static async Task<Results<Ok<PageResponse<AccessLogEntryResponse>>, ValidationProblem>> ListAsync(
        AccessLogRepository log,
        int? page,
        int? pageSize,
        Guid? clientId,
        string? keyId,
        int? status,
        string? method,
        bool? failedSignIn,
        DateTimeOffset? from,
        DateTimeOffset? to,
        CancellationToken ct)
    {
        var errors = new ValidationErrors();
        Paging.TryRead(page, pageSize, errors, out var paging);
        if (status is < 100 or > 599)
        {
            errors.Add("status", "Must be an HTTP status between 100 and 599.");
        }
        if (from is not null && to is not null && from >= to)
        {
            errors.Add("to", "Must be after from.");
        }
        if (errors.Any)
        {
            return errors.ToResult();
        }
        var filter = new AccessLogFilter(
            clientId, string.IsNullOrWhiteSpace(keyId) ? null : keyId.Trim(), status,
            string.IsNullOrWhiteSpace(method) ? null : method.Trim().ToUpperInvariant(), failedSignIn, from, to);
        var (items, total) = await log.PageAsync(filter, paging.Offset, paging.PageSize, ct);
        return TypedResults.Ok(paging.Of(
            items.Select(e => new AccessLogEntryResponse(
                e.At, e.Caller, e.KeyId, e.ClientId, e.Method, e.Route, e.Path, e.Status, e.FailedSignIn, e.TraceId, e.RemoteAddress)),
            total));
    }
}
