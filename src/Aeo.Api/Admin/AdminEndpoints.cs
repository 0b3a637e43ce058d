using Aeo.Abstractions.Maintenance;

namespace Aeo.Api.Admin;

/// <summary>Operator-only housekeeping: recovery of failed and stalled runs, and retention on demand.</summary>
public static class AdminEndpoints
{
    public static void MapAdminEndpoints(this RouteGroupBuilder api)
    {
        var admin = api.MapGroup("/admin").WithTags("Admin").RequireOperator();
        admin.MapPost("/recovery", RecoverAsync).DocumentsBody<RecoveryRequest>(required: false);
        admin.MapPost("/cleanup", CleanupAsync).DocumentsBody<CleanupRequest>(required: false);
    }

    private static async Task<Results<Ok<RecoveryResponse>, ValidationProblem>> RecoverAsync(
        HttpRequest http, IRunRecovery recovery, CancellationToken ct)
    {
        var (request, error) = await JsonBody.ReadOptionalAsync(http, new RecoveryRequest(null, null));
        if (error is not null)
        {
            return error;
        }
        var errors = AdminRequestValidator.Validate(request!);
        if (errors.Any)
        {
            return errors.ToResult();
        }

        var stalledAfter = request!.StalledAfterMinutes is { } minutes ? TimeSpan.FromMinutes(minutes) : recovery.Settings.StalledAfter;
        var report = await recovery.RecoverAsync(request.MaxRetries ?? recovery.Settings.MaxRetries, stalledAfter, ct);
        return TypedResults.Ok(AdminMapping.ToResponse(report));
    }

    private static async Task<Results<Ok<CleanupResponse>, ValidationProblem, ConflictProblem>> CleanupAsync(
        HttpRequest http, IRetentionSweeper retention, CancellationToken ct)
    {
        var (request, error) = await JsonBody.ReadOptionalAsync(http, new CleanupRequest(null));
        if (error is not null)
        {
            return error;
        }
        var errors = AdminRequestValidator.Validate(request!);
        if (errors.Any)
        {
            return errors.ToResult();
        }
        var days = request!.OlderThanDays ?? retention.Settings.Days;
        if (days == 0)
        {
            return Problems.Conflict("Retention is off (Aeo:Retention:Days is 0); name olderThanDays to delete old runs anyway.");
        }
        var report = await retention.SweepAsync(days, ct);
        return TypedResults.Ok(AdminMapping.ToResponse(report));
    }
}
