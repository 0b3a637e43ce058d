using Aeo.Abstractions.Clients;

namespace Aeo.Api.Mcp;

/// <summary>The tools that change state: starting an audit (always with a budget) and cancelling a run.</summary>
[McpServerToolType]
public sealed class AuditWriteTools(
    ClientRepository clients, AuditLauncher launcher, IAnswerEngineRegistry registry, IOptions<AuditOptions> options, IGrainFactory grains,
    RunStatusCache statuses)
{
    [McpServerTool(Name = "start_audit", ReadOnly = false, Destructive = false, Idempotent = false, OpenWorld = true)]
    [Description("WRITE, costs money: starts an audit run that asks generated buyer questions on real AI platforms. maxCostUsd "
        + "is required: once the known costs reach it no new question is asked. Returns the run (poll get_run with its id). "
        + "With a client key the audit is for that client; the operator key must give clientId.")]
    public async Task<RunOverview> StartAuditAsync(
        RequestContext<CallToolRequestParams> context,
        [Description("The run's budget in US dollars, more than 0.")] decimal maxCostUsd,
        [Description("How many questions to ask (default 50, at most the server's limit, 200 by default).")] int? maxQuestions = null,
        [Description("Platform names to ask (see platform_status); default all configured.")] string[]? platforms = null,
        [Description("Question categories: comparison, recommendation, best_of, alternatives, features, pricing, reviews, use_case, how_to; default all.")] string[]? categories = null,
        [Description("Questions to ask verbatim, besides or instead of generated ones.")] string[]? customQuestions = null,
        [Description("Answers per question and platform, 1 to 5 (default 1).")] int? samplesPerQuestion = null,
        [Description("en-US (default), en-GB, en-IE or en-AU.")] string? locale = null,
        [Description("Operator key only, and then required: the client the audit is for.")] Guid? clientId = null,
        CancellationToken ct = default)
    {
        var user = context.User();
        var request = new CreateAuditRequest(
            clientId, List(platforms), List(categories), maxQuestions, samplesPerQuestion, List(customQuestions), null,
            Locale: locale, MaxCostUsd: maxCostUsd);
        var errors = AuditRequestValidator.Validate(request, registry, options.Value);
        var client = await RequestedClient.ResolveAsync(user, clientId, clients, errors, "audit", "starts audits", ct);
        if (errors.Any)
        {
            throw McpCaller.Invalid(errors);
        }
        try
        {
            return Overview(AuditMapping.ToResponse(await launcher.LaunchAsync(client!.Value, request, null, ct)));
        }
        catch (RunLimitReachedException refused)
        {
            throw new McpException($"{refused.Message} Try again later.");
        }
    }

    [McpServerTool(Name = "cancel_run", ReadOnly = false, Destructive = true, Idempotent = true, OpenWorld = false)]
    [Description("WRITE: cancels a pending or running audit run: no new question is asked and it ends cancelled (answers so far "
        + "are kept). Cancelling a cancelled run returns it again; a run that already ended otherwise is an error.")]
    public async Task<RunOverview> CancelRunAsync(
        RequestContext<CallToolRequestParams> context,
        [Description("The run's id.")] Guid runId)
    {
        var run = grains.GetGrain<IAuditRunGrain>(runId);
        var before = await run.GetStatusAsync();
        if (before is null || !context.MaySee(before.ClientId))
        {
            throw McpCaller.NotFound("run");
        }
        var after = (await run.CancelAsync())!;
        statuses.Store(after);
        return after.Status == RunStatus.Cancelled
            ? Overview(AuditMapping.ToResponse(after))
            : throw new McpException($"The run already ended {after.Status.ToWire()}; there is nothing to cancel.");
    }

    private static RunOverview Overview(AuditRunResponse r) => new(
        r.Id, r.ClientId, r.Status, r.Stage, r.CurrentOperation, r.Progress, r.CreatedAt, r.CompletedAt, r.LastError, r.CostUsd, r.Budget, r.Platforms, null);

    private static List<string?>? List(string[]? values) => values?.Select(v => (string?)v).ToList();
}
