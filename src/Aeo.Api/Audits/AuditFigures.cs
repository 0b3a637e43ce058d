namespace Aeo.Api.Audits;

/// <summary>
/// Computes a run's figures from what its responses table holds, with the brands of the run's own snapshot
/// (<see cref="RunAnswers"/>, as the run's own per-platform stats are), and the share of the run's cited sources per
/// domain (<see cref="CitationShare"/>).
/// </summary>
public sealed class AuditFigures(AuditRunRepository runs, ResponseRepository responses)
{
    public async Task<(RunFigures Figures, CitationShareTable Sources)?> CalculateAsync(AuditRunRecord run, CancellationToken ct)
    {
        if (await runs.GetSpecAsync(run.Id, ct) is not { } spec)
        {
            return null;
        }
        var answers = new RunAnswers(spec, await responses.AnalyzedAnswersAsync(run.Id, ct));
        var planned = run.TotalWorkItems > 0 ? run.TotalWorkItems : (int?)null;
        return (answers.Figures(planned), answers.Sources());
    }
}
