using Aeo.Api.Discovery;
using Aeo.Storage.Discovery;

namespace Aeo.Api.Mcp;

/// <summary>A read tool over competitor discovery: brands the answers name or cite that the client does not track.</summary>
[McpServerToolType]
public sealed class DiscoveryTools(
    AuditRunRepository auditRuns, ClientRepository clients, DiscoveryRecorder recorder, DiscoveredBrandRepository discoveries, IOptions<DiscoveryOptions> options)
{
    [McpServerTool(Name = "get_discovered_competitors", ReadOnly = true, Idempotent = true, OpenWorld = false)]
    [Description("Brands the answers to non-branded questions name (as list items, table rows, headings, bold leads) or cite, that "
        + "the client does not track yet, most named first: name, variants as written, domains, answers naming or citing it, its "
        + "rate over the non-branded answers with a 95 % interval, platforms, first seen, sample sentences, and whether it newly "
        + "crossed the alert share. Give runId for one ended run, or nothing (client key) / clientId (operator key) for the "
        + "client's recent ended runs. Paged. A brand worth tracking can be added with POST /api/v1/clients/{id}/competitors.")]
    public async Task<DiscoveredBrandsResponse> GetDiscoveredCompetitorsAsync(
        RequestContext<CallToolRequestParams> context,
        [Description("One ended run's discovery. Leave out for the client's recent runs.")] Guid? runId = null,
        [Description("Operator key only: the client whose recent runs to read. A client key always reads its own.")] Guid? clientId = null,
        [Description("How many of the client's most recently ended runs to read, 1 to 50 (ignored with runId).")] int runs = DiscoveryEndpoints.DefaultRuns,
        [Description("Page number, from 1.")] int page = 1,
        [Description("Brands per page, 1 to 50.")] int pageSize = 20,
        CancellationToken ct = default)
    {
        var user = context.User();
        var (_, number, size) = McpCaller.Paging(page, pageSize, 50);
        var paging = new Paging(number, size);
        var alertShare = options.Value.AlertShare;
        if (runId is { } id)
        {
            if (await auditRuns.GetAsync(id, ct) is not { } run || !context.MaySee(run.ClientId))
            {
                throw McpCaller.NotFound("run");
            }
            if (!run.Status.IsTerminal())
            {
                throw new McpException($"runId: The run is {run.Status.ToWire()}; its discovered brands are known once it ends.");
            }
            return await DiscoveredBrandsViews.ForRunAsync(recorder, run, alertShare, paging, ct) ?? throw McpCaller.NotFound("run");
        }
        if (runs is < 1 or > DiscoveryEndpoints.MaxRuns)
        {
            throw new McpException($"runs: From 1 to {DiscoveryEndpoints.MaxRuns}.");
        }
        var wanted = user.IsOperator() ? clientId ?? throw new McpException("clientId: Required with the operator key (or give runId).") : user.ClientId();
        if (wanted is not { } client || !user.MaySee(client) || await clients.GetAsync(client, ct) is not { } record)
        {
            throw McpCaller.NotFound("client");
        }
        return await DiscoveredBrandsViews.ForClientAsync(recorder, discoveries, record, runs, alertShare, paging, ct);
    }
}
