using Aeo.Analysis.Figures;
using Aeo.Analysis.Questions;
using Aeo.Analysis.Significance;
using Aeo.Analysis.Trends;

namespace Aeo.Storage.Trends;

/// <summary>
/// A run's changes against the previous comparable run of its client: the latest run that ended before it with the
/// same questions configuration, samples, brands and web search (<see cref="RunSetup.SameCoreAs"/>). Only series whose
/// setup is the same in both are tested: a platform whose model changed is left out, and so is the all-platforms
/// series then. Used at a run's end by the silo that writes its webhook events and stores the families
/// (<see cref="RunChangeStore"/>), and by a reader of a run that ended without them stored.
/// </summary>
/// <remarks>
/// Each run's figures are the ones stored when it ended (<see cref="RunFiguresSource"/>); its answers are read as
/// observations only, which is what pairing the two runs' items needs.
/// </remarks>
public sealed class RunChangeFinder(
    RunFiguresRecorder recorder,
    RunFiguresRepository figures,
    RunFiguresSource storedFigures,
    AuditRunRepository runs,
    AnswerObservations observations,
    RunQuestionTexts questions)
{
    /// <param name="ended">When the run ended (its figures' place in the client's series).</param>
    /// <param name="questionType">The segment's question type; null for all questions.</param>
    public async Task<RunChangeFamily> ForAsync(Guid runId, Guid clientId, DateTimeOffset ended, string? questionType, double q, CancellationToken ct) =>
        (await ForAsync(runId, clientId, ended, [questionType], q, ct))[0];

    /// <summary>The families of several segments, the two runs' evidence read once for all of them.</summary>
    /// <param name="questionTypes">The segments' question types (null: all questions); the families come in their order.</param>
    public async Task<IReadOnlyList<RunChangeFamily>> ForAsync(
        Guid runId, Guid clientId, DateTimeOffset ended, IReadOnlyList<string?> questionTypes, double q, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(questionTypes);
        await recorder.RecordMissingAsync(clientId, ct);
        var setup = await figures.SetupAsync(runId, ct)
            ?? throw new InvalidOperationException($"Run {runId} ended but its figures are not stored.");
        var baseline = (await figures.EarlierSetupsAsync(clientId, ended, runId, ct)).FirstOrDefault(s => s.Setup.SameCoreAs(setup));
        if (baseline is null)
        {
            var none = new RunChangeFamily(null, false, 0, [], false, [],
                "No earlier ended run of this client asked alike (same questions configuration, samples, brands and web search).");
            return questionTypes.Select(_ => none).ToList();
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

        var (afterSpec, after) = await EvidenceAsync(runId, ct);
        var (_, before) = await EvidenceAsync(baseline.RunId, ct);
        var earlierBrands = before.Figures.Overall.Brands.Keys.ToHashSet(StringComparer.Ordinal);
        var brands = afterSpec.TrackedBrands
            .Select(b => new TrackedBrand(b.Name, b.Domains, IsClient: ReferenceEquals(b, afterSpec.Brand)))
            .Where(b => earlierBrands.Contains(b.Brand))
            .ToList();
        return questionTypes.Select(questionType =>
        {
            var family = ChangeTester.Test(before, after, brands, questionType, series, q);
            return new RunChangeFamily(
                baseline.RunId, family.Paired, family.MatchedItems, platforms, acrossPlatforms, family.Changes, null, baseline.EndedAt);
        }).ToList();
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

/// <summary>
/// A run's tested changes against <see cref="BaselineRunId"/> (null with <see cref="Reason"/> when there is none).
/// <see cref="Paired"/>: both runs asked the same questions, so yes/no rates were tested on the <see cref="MatchedItems"/>
/// items both answered. <see cref="Platforms"/>: the platforms whose setup was the same in both runs;
/// <see cref="AcrossPlatforms"/>: whether the all-platforms series was too. <see cref="BaselineEndedAt"/>: when the
/// baseline had ended as the family was tested (a baseline that ended again since makes the family stale).
/// </summary>
public sealed record RunChangeFamily(
    Guid? BaselineRunId,
    bool Paired,
    int MatchedItems,
    IReadOnlyList<string> Platforms,
    bool AcrossPlatforms,
    IReadOnlyList<SignificantChange> Changes,
    string? Reason,
    DateTimeOffset? BaselineEndedAt = null);
