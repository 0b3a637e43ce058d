using Aeo.Abstractions.Schedules;

namespace Aeo.Api.Schedules;

public static class ScheduleEndpoints
{
    public static void MapScheduleEndpoints(this RouteGroupBuilder api)
    {
        var schedules = api.MapGroup("/schedules").WithTags("Schedules");
        schedules.MapPost("/", CreateAsync).DocumentsBody<ScheduleRequest>();
        schedules.MapGet("/", ListAsync);
        schedules.MapGet("/{id:guid}", GetAsync);
        schedules.MapPut("/{id:guid}", UpdateAsync).DocumentsBody<ScheduleRequest>();
        schedules.MapDelete("/{id:guid}", DeleteAsync);
        schedules.MapPost("/{id:guid}/pause", PauseAsync);
        schedules.MapPost("/{id:guid}/resume", ResumeAsync);
        schedules.MapPost("/{id:guid}/trigger", TriggerAsync);
        schedules.MapGet("/{id:guid}/executions", ExecutionsAsync);
    }

    private static async Task<Results<Created<ScheduleResponse>, ValidationProblem>> CreateAsync(
        HttpRequest http, ClaimsPrincipal user, ClientRepository clients, IGrainFactory grains, IAnswerEngineRegistry platforms,
        IOptions<AuditOptions> audits, IOptions<ScheduleOptions> bounds, TimeProvider time, CancellationToken ct)
    {
        var (request, error) = await JsonBody.ReadAsync<ScheduleRequest>(http);
        if (error is not null)
        {
            return error;
        }
        var errors = new ValidationErrors();
        var definition = ScheduleRequestValidator.Validate(request!, platforms, audits.Value, bounds.Value, time.GetUtcNow(), errors);
        var clientId = await RequestedClient.ResolveAsync(user, request!.ClientId, clients, errors, "schedule", "schedules audits", ct);
        if (errors.Any)
        {
            return errors.ToResult();
        }

        var schedule = await grains.GetGrain<IScheduleGrain>(Guid.CreateVersion7()).CreateAsync(clientId!.Value, definition!);
        return TypedResults.Created($"/api/v1/schedules/{schedule.Id}", ScheduleMapping.ToResponse(schedule));
    }

    private static async Task<Results<Ok<PageResponse<ScheduleResponse>>, ValidationProblem>> ListAsync(
        ClaimsPrincipal user, ScheduleRepository schedules, Guid? clientId, int? page, int? pageSize, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        if (!user.IsOperator() && clientId is { } named && named != user.ClientId())
        {
            errors.Add("clientId", "A client key lists its own schedules only; leave the filter out.");
        }
        if (!Paging.TryRead(page, pageSize, errors, out var paging) || errors.Any)
        {
            return errors.ToResult();
        }
        var found = await schedules.ListAsync(user.IsOperator() ? clientId : user.ClientId(), paging.Offset, paging.PageSize, ct);
        return TypedResults.Ok(paging.Of(found.Items.Select(ScheduleMapping.ToResponse), found.Total));
    }

    private static async Task<Results<Ok<ScheduleResponse>, NotFoundProblem>> GetAsync(
        Guid id, ClaimsPrincipal user, ScheduleRepository schedules, CancellationToken ct) =>
        await VisibleAsync(id, user, schedules, ct) is { } schedule
            ? TypedResults.Ok(ScheduleMapping.ToResponse(schedule))
            : Problems.NotFound("schedule");

    /// <summary>Replaces the schedule's definition (the same body as create); the new timing applies at once.</summary>
    private static async Task<Results<Ok<ScheduleResponse>, NotFoundProblem, ValidationProblem>> UpdateAsync(
        Guid id, HttpRequest http, ClaimsPrincipal user, ScheduleRepository schedules, IGrainFactory grains,
        IAnswerEngineRegistry platforms, IOptions<AuditOptions> audits, IOptions<ScheduleOptions> bounds, TimeProvider time,
        CancellationToken ct)
    {
        if (await VisibleAsync(id, user, schedules, ct) is not { } current)
        {
            return Problems.NotFound("schedule");
        }
        var (request, error) = await JsonBody.ReadAsync<ScheduleRequest>(http);
        if (error is not null)
        {
            return error;
        }
        var errors = new ValidationErrors();
        var definition = ScheduleRequestValidator.Validate(request!, platforms, audits.Value, bounds.Value, time.GetUtcNow(), errors);
        if (request!.ClientId is { } named && named != current.ClientId)
        {
            errors.Add("clientId", "A schedule stays with its client; leave the field out.");
        }
        if (errors.Any)
        {
            return errors.ToResult();
        }
        var updated = await grains.GetGrain<IScheduleGrain>(id).UpdateAsync(definition!);
        return updated is null ? Problems.NotFound("schedule") : TypedResults.Ok(ScheduleMapping.ToResponse(updated));
    }

    private static async Task<Results<NoContent, NotFoundProblem>> DeleteAsync(
        Guid id, ClaimsPrincipal user, ScheduleRepository schedules, IGrainFactory grains, CancellationToken ct)
    {
        if (await VisibleAsync(id, user, schedules, ct) is null || !await grains.GetGrain<IScheduleGrain>(id).DeleteAsync())
        {
            return Problems.NotFound("schedule");
        }
        return TypedResults.NoContent();
    }

    private static Task<Results<Ok<ScheduleResponse>, NotFoundProblem>> PauseAsync(
        Guid id, ClaimsPrincipal user, ScheduleRepository schedules, IGrainFactory grains, CancellationToken ct) =>
        ChangeAsync(id, user, schedules, ct, () => grains.GetGrain<IScheduleGrain>(id).PauseAsync());

    private static Task<Results<Ok<ScheduleResponse>, NotFoundProblem>> ResumeAsync(
        Guid id, ClaimsPrincipal user, ScheduleRepository schedules, IGrainFactory grains, CancellationToken ct) =>
        ChangeAsync(id, user, schedules, ct, () => grains.GetGrain<IScheduleGrain>(id).ResumeAsync());

    /// <summary>Starts a run now, recorded as a manual execution: 202 with the execution and the run's address.</summary>
    private static async Task<Results<Accepted<ScheduleExecutionResponse>, NotFoundProblem, ConflictProblem>> TriggerAsync(
        Guid id, ClaimsPrincipal user, ScheduleRepository schedules, IGrainFactory grains, CancellationToken ct)
    {
        if (await VisibleAsync(id, user, schedules, ct) is null
            || await grains.GetGrain<IScheduleGrain>(id).TriggerAsync() is not { } execution)
        {
            return Problems.NotFound("schedule");
        }
        return execution.AuditRunId is { } runId
            ? TypedResults.Accepted($"/api/v1/audits/{runId}", ScheduleMapping.ToResponse(execution))
            : Problems.Conflict($"The run could not start: {execution.Error}");
    }

    private static async Task<Results<Ok<PageResponse<ScheduleExecutionResponse>>, ValidationProblem, NotFoundProblem>> ExecutionsAsync(
        Guid id, ClaimsPrincipal user, ScheduleRepository schedules, int? page, int? pageSize, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        if (!Paging.TryRead(page, pageSize, errors, out var paging))
        {
            return errors.ToResult();
        }
        if (await VisibleAsync(id, user, schedules, ct) is null)
        {
            return Problems.NotFound("schedule");
        }
        var found = await schedules.ListExecutionsAsync(id, paging.Offset, paging.PageSize, ct);
        return TypedResults.Ok(paging.Of(found.Items.Select(ScheduleMapping.ToResponse), found.Total));
    }

    private static async Task<Results<Ok<ScheduleResponse>, NotFoundProblem>> ChangeAsync(
        Guid id, ClaimsPrincipal user, ScheduleRepository schedules, CancellationToken ct, Func<Task<Schedule?>> change)
    {
        if (await VisibleAsync(id, user, schedules, ct) is null || await change() is not { } changed)
        {
            return Problems.NotFound("schedule");
        }
        return TypedResults.Ok(ScheduleMapping.ToResponse(changed));
    }

    private static async Task<Schedule?> VisibleAsync(Guid id, ClaimsPrincipal user, ScheduleRepository schedules, CancellationToken ct) =>
        await schedules.GetAsync(id, ct) is { } schedule && user.MaySee(schedule.ClientId) ? schedule : null;
}
