using Aeo.Analysis.Questions;

namespace Aeo.Analysis.Figures;

/// <summary>
/// Computes a run's <see cref="RunFigures"/> from its answers. Input that would silently distort the
/// figures is rejected with an <see cref="ArgumentException"/>: two answers for one work item
/// (question, platform, sample), a question whose answers disagree on category or branded-ness, an
/// observation of an untracked brand or of one brand twice in an answer, a count or rank below 1, a
/// sentiment outside [−1, 1], a prominence outside [0, 1], both flags on one observation, more answers than planned, duplicate brand names, more than one client
/// brand, or an unusable domain.
/// </summary>
public static class RunFiguresCalculator
{
    public static RunFigures Calculate(
        IReadOnlyList<AnswerObservation> answers,
        IReadOnlyList<TrackedBrand> brands,
        int? plannedCount = null)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(brands);
        var clients = ValidateBrands(brands);
        ValidateAnswers(answers, brands.Select(b => b.Brand).ToHashSet(StringComparer.Ordinal), plannedCount);

        var clusters = new ClusterNumbering();
        var prepared = Prepare(answers, brands, clusters);
        var byQuestionType = new Dictionary<string, SegmentFigures>(StringComparer.Ordinal);
        foreach (var type in new[] { QuestionTypes.NonBranded, QuestionTypes.Branded })
        {
            byQuestionType[type] = Segment(SegmentKeys.ForQuestionType(type), null, null, type, prepared, a => a.QuestionType == type, brands, clusters);
        }

        var platforms = prepared.Select(a => a.Source.Platform).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var byPlatform = platforms.ToDictionary(
            p => p,
            p => Segment(SegmentKeys.ForPlatform(p), p, null, null, prepared, a => a.Source.Platform == p, brands, clusters),
            StringComparer.Ordinal);
        var byPlatformAndType = platforms.ToDictionary(
            p => p,
            p => (IReadOnlyDictionary<string, SegmentFigures>)new[] { QuestionTypes.NonBranded, QuestionTypes.Branded }.ToDictionary(
                type => type,
                type => Segment(
                    SegmentKeys.ForPlatformAndQuestionType(p, type), p, null, type, prepared,
                    a => a.Source.Platform == p && a.QuestionType == type, brands, clusters),
                StringComparer.Ordinal),
            StringComparer.Ordinal);
        var byCategory = prepared.Select(a => a.Source.Category).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToDictionary(
            c => c,
            c => Segment(SegmentKeys.ForCategory(c), null, c, null, prepared, a => a.Source.Category == c, brands, clusters),
            StringComparer.Ordinal);

        return new RunFigures(
            answers.Count,
            plannedCount,
            clients.SingleOrDefault()?.Brand,
            byQuestionType[QuestionTypes.NonBranded],
            SegmentCalculator.Compute(SegmentKeys.Overall, null, null, null, prepared, brands, clusters),
            byQuestionType,
            byPlatform,
            byPlatformAndType,
            byCategory);
    }

    private static SegmentFigures Segment(
        string key,
        string? platform,
        string? category,
        string? questionType,
        List<PreparedAnswer> answers,
        Func<PreparedAnswer, bool> include,
        IReadOnlyList<TrackedBrand> brands,
        ClusterNumbering clusters) =>
        SegmentCalculator.Compute(key, platform, category, questionType, answers.Where(include).ToList(), brands, clusters);

    private static List<PreparedAnswer> Prepare(IReadOnlyList<AnswerObservation> answers, IReadOnlyList<TrackedBrand> brands, ClusterNumbering clusters)
    {
        var brandIndex = brands.Select((brand, index) => (brand.Brand, index)).ToDictionary(x => x.Brand, x => x.index, StringComparer.Ordinal);
        var brandDomains = brands.Select(brand => CitationAnalysis.NormalizeDomains(new TrackedDomainOwner(brand.Brand, brand.Domains))).ToList();

        return answers.Select(answer =>
        {
            var mentions = new BrandObservation?[brands.Count];
            foreach (var observation in answer.Brands)
            {
                mentions[brandIndex[observation.Brand]] = observation;
            }

            var cited = new int[brands.Count];
            var retrieved = new int[brands.Count];
            foreach (var source in answer.Citations)
            {
                var domain = CitationNormalizer.TryNormalizeDomain(source.Domain, out var normalized)
                    ? normalized
                    : throw new ArgumentException($"Answer {Describe(answer)} cites an unusable domain '{source.Domain}'.", nameof(answers));
                for (var b = 0; b < brands.Count; b++)
                {
                    if (brandDomains[b].Any(owner => owner.Owns(domain, source.Path)))
                    {
                        (source.Kind == CitationKind.Cited ? cited : retrieved)[b]++;
                    }
                }
            }

            var questionType = answer.Branded ? QuestionTypes.Branded : QuestionTypes.NonBranded;
            return new PreparedAnswer(answer, clusters.Of(answer.QuestionId), questionType, mentions, cited, retrieved);
        }).ToList();
    }

    private static List<TrackedBrand> ValidateBrands(IReadOnlyList<TrackedBrand> brands)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var brand in brands)
        {
            if (string.IsNullOrWhiteSpace(brand.Brand) || !names.Add(brand.Brand))
            {
                throw new ArgumentException($"Brand names must be non-blank and distinct; '{brand.Brand}' is not.", nameof(brands));
            }
        }

        var clients = brands.Where(b => b.IsClient).ToList();
        return clients.Count <= 1
            ? clients
            : throw new ArgumentException("At most one tracked brand can be the client's.", nameof(brands));
    }

    private static void ValidateAnswers(IReadOnlyList<AnswerObservation> answers, HashSet<string> tracked, int? plannedCount)
    {
        if (plannedCount < answers.Count)
        {
            throw new ArgumentException($"{answers.Count} answers cannot come from {plannedCount} planned work items.", nameof(plannedCount));
        }

        var workItems = new HashSet<(string, string, int)>();
        var questions = new Dictionary<string, (string Category, bool Branded)>(StringComparer.Ordinal);
        foreach (var answer in answers)
        {
            if (!workItems.Add((answer.QuestionId, answer.Platform, answer.Sample)))
            {
                throw new ArgumentException($"Answer {Describe(answer)} appears twice.", nameof(answers));
            }

            if (questions.TryGetValue(answer.QuestionId, out var question)
                && (question.Category != answer.Category || question.Branded != answer.Branded))
            {
                throw new ArgumentException($"Answers to question '{answer.QuestionId}' disagree on its category or type.", nameof(answers));
            }

            questions[answer.QuestionId] = (answer.Category, answer.Branded);
            ValidateObservations(answer, tracked);
        }
    }

    private static void ValidateObservations(AnswerObservation answer, HashSet<string> tracked)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var observation in answer.Brands)
        {
            if (!tracked.Contains(observation.Brand))
            {
                throw new ArgumentException($"Answer {Describe(answer)} observes '{observation.Brand}', which is not a tracked brand.", nameof(answer));
            }

            if (!seen.Add(observation.Brand))
            {
                throw new ArgumentException($"Answer {Describe(answer)} observes '{observation.Brand}' twice.", nameof(answer));
            }

            if (observation.Count < 1 || observation.Rank < 1
                || observation.Sentiment is { } sentiment && !(sentiment is >= -1 and <= 1)
                || observation.Prominence is { } prominence && !(prominence is >= 0 and <= 1)
                || (observation.UnknownToEngine && observation.EchoOrDisclaimerOnly))
            {
                throw new ArgumentException(
                    $"Answer {Describe(answer)} has an invalid observation of '{observation.Brand}' (count and rank ≥ 1, sentiment in [-1, 1], "
                    + "prominence in [0, 1], at most one of the two flags).",
                    nameof(answer));
            }
        }
    }

    private static string Describe(AnswerObservation answer) => $"({answer.QuestionId}, {answer.Platform}, sample {answer.Sample})";
}
