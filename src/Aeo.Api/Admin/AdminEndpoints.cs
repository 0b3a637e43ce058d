using Aeo.Abstractions.Audits;
using Aeo.Abstractions.Maintenance;
using Aeo.Api.Auth;
using Aeo.Api.Http;

namespace Aeo.Api.Admin;

/// <summary>Operator-only housekeeping: recovery of failed and stalled runs, and retention on demand.</summary>
public static class AdminEndpoints
{
    private const int MaxStalledAfterMinutes = 7 * 24 * 60;
    private const int MaxRetentionDays = 36_500;

    public static void MapAdminEndpoints(this RouteGroupBuilder api)
    {
        var admin = api.MapGroup("/admin").WithTags("Admin").RequireAuthorization(AuthPolicies.Operator);
        admin.MapPost("/recovery", RecoverAsync);
        admin.MapPost("/cleanup", CleanupAsync);
    }

    private static async Task<IResult> RecoverAsync(HttpRequest http, IRunRecovery recovery, CancellationToken ct)
    {
        var (request, error) = await OptionalBodyAsync(http, new RecoveryRequest(null, null));
        if (error is not null)
        {
            return error;
        }
        var errors = new ValidationErrors();
        if (request!.MaxRetries is < 1 or > 10)
        {
            errors.Add("maxRetries", "Must be between 1 and 10.");
        }
        if (request.StalledAfterMinutes is < 1 or > MaxStalledAfterMinutes)
        {
            errors.Add("stalledAfterMinutes", $"Must be between 1 and {MaxStalledAfterMinutes}.");
        }
        if (errors.Any)
        {
            return errors.ToResult();
        }

        var stalledAfter = request.StalledAfterMinutes is { } minutes ? TimeSpan.FromMinutes(minutes) : recovery.Settings.StalledAfter;
        var report = await recovery.RecoverAsync(request.MaxRetries ?? recovery.Settings.MaxRetries, stalledAfter, ct);
        return TypedResults.Ok(new RecoveryResponse(
            report.MaxRetries,
            report.StalledAfter.TotalMinutes,
            report.Runs.Select(r => new RecoveredRunResponse(r.RunId, r.PreviousStatus.ToWire(), r.Action, r.Reason, r.RetryCount)).ToList()));
    }

    private static async Task<IResult> CleanupAsync(HttpRequest http, IRetentionSweeper retention, CancellationToken ct)
    {
        var (request, error) = await OptionalBodyAsync(http, new CleanupRequest(null));
        if (error is not null)
        {
            return error;
        }
        if (request!.OlderThanDays is < 1 or > MaxRetentionDays)
        {
            return Problems.Invalid("olderThanDays", $"Must be between 1 and {MaxRetentionDays}.");
        }
        var days = request.OlderThanDays ?? retention.Settings.Days;
        if (days == 0)
        {
            return Problems.Conflict("Retention is off (Aeo:Retention:Days is 0); name olderThanDays to delete old runs anyway.");
        }
        var report = await retention.SweepAsync(days, ct);
        return TypedResults.Ok(new CleanupResponse(report.OlderThanDays, report.Cutoff, report.DeletedRuns, report.Batches, report.LeftAlone));
    }

    /// <summary>No body at all means every default; a body must be a strict JSON object.</summary>
    private static async Task<(T? Body, IResult? Error)> OptionalBodyAsync<T>(HttpRequest http, T defaults) where T : class =>
        http.ContentLength is 0 || (http.ContentLength is null && http.ContentType is null)
            ? (defaults, null)
            : await JsonBody.ReadAsync<T>(http);
}
