using Aeo.Analysis.Figures;

namespace Aeo.Storage.Trends;

/// <summary>
/// A run's figures: read from what was stored when the run ended. A run still under way has its figures computed from
/// its answers' observations; so has an ended run whose figures were never stored, or were stored before their segments
/// were, and those are then stored, so that the next read finds them.
/// </summary>
public sealed class RunFiguresSource(RunFiguresRepository figures, RunFiguresRecorder recorder, AnswerObservations observations)
{
    /// <param name="answers">The run's observations when the caller has read them already; null to read them only if needed.</param>
    public async Task<RunFigures> ForAsync(AuditRunRecord run, AuditSpec spec, IReadOnlyList<ObservedAnswer>? answers, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(run);
        var ended = run.Status.IsTerminal();
        if (ended && await figures.FiguresAsync(run.Id, ct) is { } stored)
        {
            return stored.ToRunFigures(plannedCount: null);
        }
        answers ??= await observations.FromResponsesAsync(run.Id, ct);
        var computed = Compute(spec, answers);
        if (ended)
        {
            await recorder.RecordAsync(run.Id, spec, computed, answers, ct);
        }
        return computed;
    }

    /// <summary>A run's figures from its answers, with the brands of its snapshot (the client's first), as <see cref="RunAnswers.Figures"/> computes them.</summary>
    public static RunFigures Compute(AuditSpec spec, IReadOnlyList<ObservedAnswer> answers)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(answers);
        return RunFiguresCalculator.Calculate(
            answers.Select(a => a.Observation).ToArray(),
            spec.TrackedBrands.Select(b => new TrackedBrand(b.Name, b.Domains, IsClient: ReferenceEquals(b, spec.Brand))).ToArray(),
            plannedCount: null);
    }
}
