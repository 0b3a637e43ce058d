using Aeo.Analysis.Figures;

namespace Aeo.Storage.Trends;

/// <summary>
/// Stores a run's figures and setup once it ends (the run's finalizing calls <see cref="RecordAsync"/> with the figures
/// it computed anyway); runs that ended without (cancelled, or ended before figures were stored) are stored the first
/// time a series needs them.
/// </summary>
public sealed class RunFiguresRecorder(RunFiguresRepository figures, AuditRunRepository runs, AnswerObservations observations)
{
    /// <param name="answers">The answers' observations the figures were computed from, stored beside them for the change tests.</param>
    public async Task RecordAsync(Guid runId, AuditSpec spec, RunFigures runFigures, IReadOnlyList<ObservedAnswer> answers, CancellationToken ct)
    {
        var setup = RunSetups.For(spec, await figures.ModelsAsync(runId, ct));
        await figures.SaveAsync(runId, setup, RunFigureRows.From(runFigures), answers, ct);
    }

    /// <summary>Stores the figures of a client's ended runs that have none stored yet.</summary>
    public async Task RecordMissingAsync(Guid clientId, CancellationToken ct)
    {
        foreach (var runId in await figures.EndedWithoutFiguresAsync(clientId, ct))
        {
            if (await runs.GetSpecAsync(runId, ct) is { } spec)
            {
                var answers = await observations.FromResponsesAsync(runId, ct);
                await RecordAsync(runId, spec, RunFiguresSource.Compute(spec, answers), answers, ct);
            }
        }
    }
}
