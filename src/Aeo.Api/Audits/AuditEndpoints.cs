using Aeo.Abstractions.Clients;

namespace Aeo.Api.Audits;

public static class AuditEndpoints
{
    /// <summary>What a refused start is told to wait: runs take minutes, and sooner retries would mostly be refused again.</summary>
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(30);

    /// <summary>What a refused event stream is told to wait: streams close when their run ends or their listener leaves.</summary>
    private static readonly TimeSpan StreamRetryAfter = TimeSpan.FromSeconds(5);

    public static void MapAuditEndpoints(this RouteGroupBuilder api)
    {
        var audits = api.MapGroup("/audits").WithTags("Audits");
        audits.MapPost("/", StartAsync).DocumentsBody<CreateAuditRequest>();
        audits.MapGet("/", ListAsync);
        audits.MapGet("/{id:guid}", GetAsync);
        audits.MapGet("/{id:guid}/events", EventsAsync);
        audits.MapPost("/{id:guid}/cancel", CancelAsync);
        audits.MapGet("/{id:guid}/questions", QuestionsAsync);
        audits.MapGet("/{id:guid}/responses", ResponsesAsync);
        audits.MapGet("/{id:guid}/figures", FiguresAsync);
    }

    private static async Task<Results<Accepted<AuditRunResponse>, ValidationProblem, UnprocessableProblem, TooManyRequestsProblem>> StartAsync(
        HttpRequest http,
        ClaimsPrincipal user,
        ClientRepository clients,
        AuditLauncher launcher,
        IAnswerEngineRegistry platforms,
        IOptions<AuditOptions> options,
        CancellationToken ct)
    {
        var (request, error) = await JsonBody.ReadAsync<CreateAuditRequest>(http);
        if (error is not null)
        {
            return error;
        }
        var errors = AuditRequestValidator.Validate(request!, platforms, options.Value);
        var clientId = await RequestedClient.ResolveAsync(user, request!.ClientId, clients, errors, "audit", "starts audits", ct);
        if (errors.Any)
        {
            return errors.ToResult();
        }

        var idempotencyKey = http.Headers["Idempotency-Key"].FirstOrDefault();
        if (idempotencyKey is { Length: > 200 })
        {
            return Problems.Invalid("Idempotency-Key", "At most 200 characters.");
        }
        try
        {
            var view = await launcher.LaunchAsync(clientId!.Value, request, idempotencyKey, ct);
            return TypedResults.Accepted($"/api/v1/audits/{view.RunId}", AuditMapping.ToResponse(view));
        }
        catch (IdempotencyKeyReusedException reused)
        {
            return new UnprocessableProblem(reused.Message);
        }
        catch (RunLimitReachedException refused)
        {
            return TooManyRuns(refused);
        }
    }

    /// <summary>
    /// 429 rather than 409: nothing conflicts with the run asked for (it does not exist); the client is over a rate-like
    /// limit that lifts by itself, which is what 429 and its Retry-After say.
    /// </summary>
    private static TooManyRequestsProblem TooManyRuns(RunLimitReachedException refused) => new(
        "Too many audits running",
        refused.Message,
        RetryAfter,
        new Dictionary<string, object?> { ["activeRuns"] = refused.ActiveRuns, ["limit"] = refused.Limit });

    /// <summary>The run's status, from <see cref="RunStatusCache"/>: the caller is checked against the run's owner on every request.</summary>
    private static async Task<Results<RunStatusJson, NotFoundProblem>> GetAsync(Guid id, ClaimsPrincipal user, RunStatusCache statuses)
    {
        var status = await statuses.GetAsync(id);
        return status is null || !user.MaySee(status.ClientId) ? Problems.NotFound("audit") : new RunStatusJson(status.Json);
    }

    private static async Task<Results<AuditEventStream, NotFoundProblem, TooManyRequestsProblem>> EventsAsync(
        Guid id, ClaimsPrincipal user, HttpContext http, IGrainFactory grains, EventStreamGate gate, ApiKeyVerifier verifier)
    {
        var run = grains.GetGrain<IAuditRunGrain>(id);
        var view = await run.GetStatusAsync();
        if (view is null || !user.MaySee(view.ClientId))
        {
            return Problems.NotFound("audit");
        }
        var keyHash = ApiKeyAuthenticationHandler.KeyHash(http)!;
        if (gate.TryEnter(user.KeyRef()!) is not { } place)
        {
            return new TooManyRequestsProblem(
                "Too many event streams",
                $"This key already holds {gate.Limit} event streams open on this server; close one first.",
                StreamRetryAfter,
                new Dictionary<string, object?> { ["limit"] = gate.Limit });
        }
        return new AuditEventStream(run, view, place, async ct => await verifier.VerifyHashAsync(keyHash, ct) is not null);
    }

    private static async Task<Results<Ok<PageResponse<AuditRunSummary>>, ValidationProblem>> ListAsync(
        ClaimsPrincipal user, AuditRunRepository runs, string? status, Guid? clientId, int? page, int? pageSize, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        RunStatus? wanted = null;
        if (status is not null)
        {
            if (RunStatusNames.TryParseStatus(status, out var parsed))
            {
                wanted = parsed;
            }
            else
            {
                errors.Add("status", "Not a run status: pending, running, completed, partially_completed, failed or cancelled.");
            }
        }
        if (!user.IsOperator() && clientId is { } named && named != user.ClientId())
        {
            errors.Add("clientId", "A client key lists its own runs only; leave the filter out.");
        }
        if (!Paging.TryRead(page, pageSize, errors, out var paging) || errors.Any)
        {
            return errors.ToResult();
        }
        var filter = user.IsOperator() ? clientId : user.ClientId();
        var found = await runs.ListAsync(filter, wanted, paging.Offset, paging.PageSize, ct);
        return TypedResults.Ok(paging.Of(found.Items.Select(AuditMapping.ToSummary), found.Total));
    }

    private static async Task<Results<Ok<AuditRunResponse>, NotFoundProblem, ConflictProblem>> CancelAsync(
        Guid id, ClaimsPrincipal user, IGrainFactory grains, RunStatusCache statuses)
    {
        var run = grains.GetGrain<IAuditRunGrain>(id);
        var before = await run.GetStatusAsync();
        if (before is null || !user.MaySee(before.ClientId))
        {
            return Problems.NotFound("audit");
        }
        var after = (await run.CancelAsync())!;
        statuses.Store(after);
        return after.Status == RunStatus.Cancelled
            ? TypedResults.Ok(AuditMapping.ToResponse(after))
            : Problems.Conflict($"The run already ended {after.Status.ToWire()}; there is nothing to cancel.");
    }

    private static async Task<Results<Ok<PageResponse<QuestionResponse>>, ValidationProblem, NotFoundProblem>> QuestionsAsync(
        Guid id, ClaimsPrincipal user, AuditRunRepository runs, QuestionRepository questions, int? page, int? pageSize, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        if (!Paging.TryRead(page, pageSize, errors, out var paging))
        {
            return errors.ToResult();
        }
        if (!await VisibleAsync(id, user, runs, ct))
        {
            return Problems.NotFound("audit");
        }
        var found = await questions.PageAsync(id, paging.Offset, paging.PageSize, ct);
        return TypedResults.Ok(paging.Of(found.Items.Select(AuditMapping.ToResponse), found.Total));
    }

    private static async Task<Results<Ok<PageResponse<ResponseResponse>>, ValidationProblem, NotFoundProblem>> ResponsesAsync(
        Guid id, ClaimsPrincipal user, AuditRunRepository runs, ResponseRepository responses, string? platform, int? page, int? pageSize,
        CancellationToken ct)
    {
        var errors = new ValidationErrors();
        if (!Paging.TryRead(page, pageSize, errors, out var paging))
        {
            return errors.ToResult();
        }
        if (!await VisibleAsync(id, user, runs, ct))
        {
            return Problems.NotFound("audit");
        }
        var found = await responses.PageAsync(id, platform, paging.Offset, paging.PageSize, ct);
        return TypedResults.Ok(paging.Of(found.Items.Select(AuditMapping.ToResponse), found.Total));
    }

    /// <summary>The run's figures from its stored answers; with <paramref name="compareTo"/>, what changed since that run and whether it is significant.</summary>
    private static async Task<Results<Ok<AuditFiguresResponse>, NotFoundProblem, ValidationProblem>> FiguresAsync(
        Guid id, ClaimsPrincipal user, AuditRunRepository runs, AuditFigures figures, IGrainFactory grains, Guid? compareTo, CancellationToken ct)
    {
        if (await runs.GetAsync(id, ct) is not { } run || !user.MaySee(run.ClientId)
            || await figures.CalculateAsync(run, ct) is not ({ } current, { } sources))
        {
            return Problems.NotFound("audit");
        }

        AuditComparisonResponse? comparison = null;
        if (compareTo is { } baselineId)
        {
            if (await runs.GetAsync(baselineId, ct) is not { } baseline || !user.MaySee(baseline.ClientId)
                || await figures.CalculateAsync(baseline, ct) is not ({ } before, _))
            {
                return Problems.Invalid("compareTo", "No such audit.");
            }
            if (baseline.ClientId != run.ClientId)
            {
                return Problems.Invalid("compareTo", "Compare runs of the same client.");
            }
            comparison = new AuditComparisonResponse(baselineId, baseline.Status.ToWire(), RunComparison.Compare(before, current).Changes);
        }
        var sampling = (await grains.GetGrain<IAuditRunGrain>(id).GetStatusAsync())?.Sampling;
        return TypedResults.Ok(new AuditFiguresResponse(
            id, run.Status.ToWire(), current.AnsweredCount, run.TotalWorkItems, current, sources, comparison, AuditMapping.ToResponse(sampling)));
    }

    private static async Task<bool> VisibleAsync(Guid id, ClaimsPrincipal user, AuditRunRepository runs, CancellationToken ct) =>
        await runs.GetAsync(id, ct) is { } run && user.MaySee(run.ClientId);
}
