using Aeo.Analysis.Significance;
using Aeo.Storage.Trends;

namespace Aeo.Api.Changes;

/// <summary>
/// A run's changes against the previous comparable run of its client: the latest run that ended before it with the
/// same questions configuration, samples, brands and web search (<see cref="RunSetup.SameCoreAs"/>). Only series whose
/// setup is the same in both are tested: a platform whose model changed is left out, and so is the all-platforms
/// series then.
/// </summary>
/// <remarks>
/// Each run's figures are the ones stored when it ended (<see cref="RunFiguresSource"/>); its answers are read as
/// observations only, which is what pairing the two runs' items needs.
/// </remarks>
public sealed class RunChanges(
    RunFiguresRecorder recorder,
    RunFiguresRepository figures,
    RunFiguresSource storedFigures,
    AuditRunRepository runs,
    AnswerObservations observations,
    RunQuestionTexts questions)
{
    public async Task<ChangesResponse> ForAsync(AuditRunRecord run, string? questionType, string segment, double q, CancellationToken ct)
    {
        await recorder.RecordMissingAsync(run.ClientId, ct);
        var setup = await figures.SetupAsync(run.Id, ct)
            ?? throw new InvalidOperationException($"Run {run.Id} ended but its figures are not stored.");
        var ended = run.CompletedAt ?? run.CreatedAt;
        var baseline = (await figures.EarlierSetupsAsync(run.ClientId, ended, run.Id, ct)).FirstOrDefault(s => s.Setup.SameCoreAs(setup));
        if (baseline is null)
        {
            return new ChangesResponse(run.Id, null, segment, q, false, 0, [], false, 0, 0, [],
                "No earlier ended run of this client asked alike (same questions configuration, samples, brands and web search).");
        }

        var platforms = setup.Models.Keys.Intersect(baseline.Setup.Models.Keys, StringComparer.Ordinal)
            .Where(p => setup.SetupIdFor(p) == baseline.Setup.SetupIdFor(p))
            .Order(StringComparer.Ordinal)
            .ToList();
        var acrossPlatforms = setup.SetupIdFor(null) == baseline.Setup.SetupIdFor(null);
        var series = platforms.Cast<string?>().ToList();
        if (acrossPlatforms)
        {
            series.Insert(0, null);
        }

        var (afterSpec, after) = await EvidenceAsync(run.Id, ct);
        var (_, before) = await EvidenceAsync(baseline.RunId, ct);
        var earlierBrands = before.Figures.Overall.Brands.Keys.ToHashSet(StringComparer.Ordinal);
        var brands = afterSpec.TrackedBrands
            .Select(b => new TrackedBrand(b.Name, b.Domains, IsClient: ReferenceEquals(b, afterSpec.Brand)))
            .Where(b => earlierBrands.Contains(b.Brand))
            .ToList();
        var family = ChangeTester.Test(before, after, brands, questionType, series, q);
        return new ChangesResponse(
            run.Id, baseline.RunId, segment, q, family.Paired, family.MatchedItems, platforms, acrossPlatforms,
            family.Changes.Count(c => c.PValue is not null), family.Changes.Count(c => c.Significant), family.Changes, null);
    }

    private async Task<(AuditSpec Spec, RunEvidence Evidence)> EvidenceAsync(Guid runId, CancellationToken ct)
    {
        var run = await runs.GetAsync(runId, ct) ?? throw new InvalidOperationException($"Run {runId} is gone.");
        var spec = await runs.GetSpecAsync(runId, ct) ?? throw new InvalidOperationException($"Run {runId} has no configuration.");
        var answers = await observations.ForRunAsync(runId, ct);
        var keys = (await questions.ForRunAsync(runId, ct)).ToDictionary(q => q.Key, q => QuestionTextKey.For(q.Value));
        var keyed = answers
            .Select(a => new KeyedAnswer(keys.GetValueOrDefault(a.QuestionId) ?? QuestionTextKey.For(a.QuestionId.ToString()), a.Observation))
            .ToList();
        return (spec, new RunEvidence(await storedFigures.ForAsync(run, spec, answers, ct), keyed));
    }
}
