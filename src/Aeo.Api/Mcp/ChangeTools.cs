using Aeo.Analysis.Significance;
using Aeo.Api.Changes;
using Aeo.Api.Trends;
using Aeo.Storage.Trends;

namespace Aeo.Api.Mcp;

/// <summary>A run's tested changes against the previous comparable run, as <c>GET /audits/{id}/changes</c> computes them.</summary>
[McpServerToolType]
public sealed class ChangeTools(AuditRunRepository runs, RunChanges changes, IOptions<ChangeOptions> options)
{
    [McpServerTool(Name = "get_significant_changes", ReadOnly = true, Idempotent = true, OpenWorld = false)]
    [Description("What changed in an ended run since the client's previous comparable run (the baseline, found for you: same "
        + "questions, samples, brands and web search): per brand, platform (null = all platforms) and metric, before, after, "
        + "the difference with its 95 % interval, the test's p value and the p value adjusted for all the run's comparisons "
        + "(Benjamini-Hochberg), significant when the adjusted p is at most the false discovery rate, and a sentence to quote. "
        + "Significant changes come first; by default only they are returned. Use this for \"what changed since last time\"; "
        + "compare_runs compares two runs you choose.")]
    public async Task<ChangesResult> GetSignificantChangesAsync(
        RequestContext<CallToolRequestParams> context,
        [Description("The run's id (from list_runs); it must have ended.")] Guid runId,
        [Description("Which questions: non_branded (default, the headline), branded or all.")] string segment = QuestionTypes.NonBranded,
        [Description("Only the significant changes (default true); false adds the rest, after them.")] bool significantOnly = true,
        [Description("The false discovery rate, strictly between 0 and 1 (default the server's, 0.05 unless configured).")] double? falseDiscoveryRate = null,
        [Description("Page number, from 1.")] int page = 1,
        [Description("Changes per page, 1 to 100.")] int pageSize = 25,
        CancellationToken ct = default)
    {
        var (offset, number, size) = McpCaller.Paging(page, pageSize, 100);
        if (segment is not (QuestionTypes.NonBranded or QuestionTypes.Branded or TrendQuery.AllSegment))
        {
            throw new McpException("segment: Not a segment: non_branded, branded or all.");
        }
        var q = falseDiscoveryRate ?? options.Value.FalseDiscoveryRate;
        if (q is not (> 0 and < 1))
        {
            throw new McpException("falseDiscoveryRate: Strictly between 0 and 1, such as 0.05.");
        }
        if (await runs.GetAsync(runId, ct) is not { } run || !context.MaySee(run.ClientId))
        {
            throw McpCaller.NotFound("run");
        }
        if (!run.Status.IsTerminal())
        {
            throw new McpException($"The run is {run.Status.ToWire()}; its changes are known once it ends (poll get_run).");
        }
        var found = await changes.ForAsync(run, segment == TrendQuery.AllSegment ? null : segment, segment, q, ct);
        var listed = found.Changes.Where(c => !significantOnly || c.Significant)
            .OrderByDescending(c => c.Significant)
            .ThenBy(c => c.AdjustedPValue ?? double.MaxValue)
            .ToArray();
        return new ChangesResult(found.RunId, found.BaselineRunId, found.Reason, found.Segment, found.FalseDiscoveryRate, found.Paired,
            found.MatchedItems, found.Platforms, found.AcrossPlatforms, found.Tested, found.Significant,
            new McpPage<SignificantChange>(listed.Skip(offset).Take(size).ToArray(), listed.Length, number, size));
    }
}
