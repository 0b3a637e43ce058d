using Aeo.Analysis.Questions;

namespace Aeo.Analysis.Significance;

/// <summary>An answer with the normalised text of its question (<see cref="QuestionTextKey"/>), which pairs it across runs.</summary>
public sealed record KeyedAnswer(string QuestionKey, AnswerObservation Answer);

/// <summary>What a run's changes are tested from: its figures and its answers.</summary>
public sealed record RunEvidence(RunFigures Figures, IReadOnlyList<KeyedAnswer> Answers);

/// <summary>
/// A run's family of tested changes. <see cref="Paired"/> when both runs asked the same questions (the same set of
/// normalised question texts in the segment), so yes/no rates were tested on the <see cref="MatchedItems"/>
/// (question, platform, sample) items both runs answered.
/// </summary>
public sealed record ChangeFamily(bool Paired, int MatchedItems, double FalseDiscoveryRate, IReadOnlyList<SignificantChange> Changes);

/// <summary>
/// Tests each (brand, platform, metric) change between two runs and controls the false discovery rate over all of them.
/// <list type="bullet">
/// <item>Yes/no rates per answer (mention rate, first-rank rate of all answers, citation rate), when both runs asked
/// the same questions: McNemar's exact test on the matched items' discordant pairs, Newcombe's paired interval; the
/// values compared are those of the matched items (the runs' own figures when every item was answered in both).</item>
/// <item>Other rates, or different questions: the runs as independent samples, Newcombe's hybrid score interval and a
/// pooled z test, both with the runs' effective sample sizes (so answers clustered by question count for what they are
/// worth).</item>
/// <item>Means (average rank, sentiment): Welch's t over the runs' questions, as <see cref="RunComparison"/>.</item>
/// </list>
/// Benjamini–Hochberg then adjusts every tested p value of the family; a change is significant when its adjusted p
/// value is at most q (<see cref="FalseDiscoveryThreshold"/>).
/// </summary>
public static class ChangeTester
{
    /// <summary>The metrics tested, in the order changes are listed.</summary>
    public static IReadOnlyList<string> Metrics { get; } =
    [
        FigureMetrics.MentionRate, FigureMetrics.ShareOfVoice, FigureMetrics.AverageRank, FigureMetrics.FirstRankRateOfAllAnswers,
        FigureMetrics.Sentiment, FigureMetrics.CitationRate, FigureMetrics.CitationShare,
    ];

    /// <summary>The yes/no rates per answer that are tested on matched items, each with what decides it for one answer.</summary>
    private static readonly Dictionary<string, Func<BrandObservation?, IReadOnlyList<BrandDomain>, IReadOnlyList<(string Domain, string Path)>, bool>> PerAnswer =
        new(StringComparer.Ordinal)
        {
            [FigureMetrics.MentionRate] = (mention, _, _) => mention is not null,
            [FigureMetrics.FirstRankRateOfAllAnswers] = (mention, _, _) => mention is { Rank: 1 },
            [FigureMetrics.CitationRate] = (_, domains, cited) => cited.Any(c => domains.Any(owner => owner.Owns(c.Domain, c.Path))),
        };

    /// <param name="questionType">The question type compared (<see cref="QuestionTypes"/>), or null for all answers.</param>
    /// <param name="platforms">The series to compare: platform names, and null for the all-platforms series.</param>
    /// <param name="falseDiscoveryRate">q, in (0, 1).</param>
    public static ChangeFamily Test(
        RunEvidence before, RunEvidence after, IReadOnlyList<TrackedBrand> brands, string? questionType, IReadOnlyList<string?> platforms,
        double falseDiscoveryRate)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(brands);
        ArgumentNullException.ThrowIfNull(platforms);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(falseDiscoveryRate);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(falseDiscoveryRate, 1.0);

        bool InSegment(KeyedAnswer a) => questionType is null || a.Answer.Branded == (questionType == QuestionTypes.Branded);
        var earlier = before.Answers.Where(InSegment).ToList();
        var later = after.Answers.Where(InSegment).ToList();
        var paired = earlier.Count > 0
            && earlier.Select(a => a.QuestionKey).ToHashSet(StringComparer.Ordinal).SetEquals(later.Select(a => a.QuestionKey));
        var matched = paired ? Match(earlier, later) : [];
        var cited = new Dictionary<AnswerObservation, IReadOnlyList<(string Domain, string Path)>>(ReferenceEqualityComparer.Instance);
        foreach (var (first, second) in matched)
        {
            cited.TryAdd(first, CitedDomains(first));
            cited.TryAdd(second, CitedDomains(second));
        }

        var untested = new List<SignificantChange>();
        var tested = new List<(SignificantChange Change, double P)>();
        var seriesItems = platforms.Select(platform => matched.Where(m => platform is null || m.Before.Platform == platform).ToList()).ToList();
        foreach (var brand in brands)
        {
            var domains = CitationAnalysis.NormalizeDomains(new TrackedDomainOwner(brand.Brand, brand.Domains));
            foreach (var (platform, items) in platforms.Zip(seriesItems))
            {
                var key = SegmentKey(platform, questionType);
                if (Find(before.Figures, key, brand.Brand) is not { } first || Find(after.Figures, key, brand.Brand) is not { } second)
                {
                    continue;
                }
                foreach (var metric in Metrics)
                {
                    var change = paired && PerAnswer.TryGetValue(metric, out var outcome)
                        ? Paired(brand, platform, metric, items, outcome, domains, cited)
                        : Unpaired(brand, platform, metric, first, second);
                    if (change.PValue is { } p)
                    {
                        tested.Add((change, p));
                    }
                    else
                    {
                        untested.Add(change);
                    }
                }
            }
        }

        var adjusted = BenjaminiHochberg.Adjust(tested.Select(t => t.P).ToArray());
        var changes = FalseDiscoveryThreshold.At(tested.Select((t, i) => t.Change with { AdjustedPValue = adjusted[i] }), falseDiscoveryRate)
            .Concat(untested).ToList();
        var order = Metrics.Select((m, i) => (m, i)).ToDictionary(x => x.m, x => x.i, StringComparer.Ordinal);
        var brandOrder = brands.Select((b, i) => (b.Brand, i)).ToDictionary(x => x.Brand, x => x.i, StringComparer.Ordinal);
        return new ChangeFamily(
            paired,
            matched.Count,
            falseDiscoveryRate,
            changes.OrderBy(c => brandOrder[c.Brand]).ThenBy(c => c.Platform is not null).ThenBy(c => c.Platform, StringComparer.Ordinal)
                .ThenBy(c => order[c.Metric]).ToList());
    }

    private static string SegmentKey(string? platform, string? questionType) => (platform, questionType) switch
    {
        (null, null) => SegmentKeys.Overall,
        (null, { } type) => SegmentKeys.ForQuestionType(type),
        ({ } p, null) => SegmentKeys.ForPlatform(p),
        ({ } p, { } type) => SegmentKeys.ForPlatformAndQuestionType(p, type),
    };

    private static BrandFigures? Find(RunFigures figures, string segmentKey, string brand) =>
        figures.Segments().FirstOrDefault(s => s.Key == segmentKey) is { } segment && segment.Brands.TryGetValue(brand, out var found)
            ? found
            : null;

    private static List<(AnswerObservation Before, AnswerObservation After)> Match(List<KeyedAnswer> before, List<KeyedAnswer> after)
    {
        var later = new Dictionary<(string, string, int), AnswerObservation>();
        foreach (var a in after)
        {
            later.TryAdd((a.QuestionKey, a.Answer.Platform, a.Answer.Sample), a.Answer);
        }
        var pairs = new List<(AnswerObservation, AnswerObservation)>();
        var seen = new HashSet<(string, string, int)>();
        foreach (var a in before)
        {
            var key = (a.QuestionKey, a.Answer.Platform, a.Answer.Sample);
            if (seen.Add(key) && later.TryGetValue(key, out var match))
            {
                pairs.Add((a.Answer, match));
            }
        }
        return pairs;
    }

    /// <summary>An answer's cited sources with a usable domain, normalised once for every brand and series that tests it.</summary>
    private static List<(string Domain, string Path)> CitedDomains(AnswerObservation answer)
    {
        var cited = new List<(string Domain, string Path)>();
        foreach (var citation in answer.Citations)
        {
            if (citation.Kind == CitationKind.Cited && CitationNormalizer.TryNormalizeDomain(citation.Domain, out var domain))
            {
                cited.Add((domain, citation.Path));
            }
        }
        return cited;
    }

    private static BrandObservation? MentionOf(AnswerObservation answer, string brand)
    {
        foreach (var observation in answer.Brands)
        {
            if (observation.Brand == brand)
            {
                return observation;
            }
        }
        return null;
    }

    private static SignificantChange Paired(
        TrackedBrand brand, string? platform, string metric, List<(AnswerObservation Before, AnswerObservation After)> items,
        Func<BrandObservation?, IReadOnlyList<BrandDomain>, IReadOnlyList<(string Domain, string Path)>, bool> outcome, IReadOnlyList<BrandDomain> domains,
        Dictionary<AnswerObservation, IReadOnlyList<(string Domain, string Path)>> cited)
    {
        int yesYes = 0, yesNo = 0, noYes = 0, noNo = 0;
        foreach (var (first, second) in items)
        {
            var was = outcome(MentionOf(first, brand.Brand), domains, cited[first]);
            var now = outcome(MentionOf(second, brand.Brand), domains, cited[second]);
            _ = (was, now) switch
            {
                (true, true) => yesYes++,
                (true, false) => yesNo++,
                (false, true) => noYes++,
                _ => noNo++,
            };
        }
        var table = new PairedProportions(yesYes, yesNo, noYes, noNo);
        if (table.Items == 0)
        {
            return Untested(brand, platform, metric, null, null);
        }
        var interval = table.Interval();
        return Tested(brand, platform, metric, table.Before, table.After, interval, table.PValue, ChangeTests.McNemarExact);
    }

    private static SignificantChange Unpaired(TrackedBrand brand, string? platform, string metric, BrandFigures before, BrandFigures after)
    {
        var rate = FigureMetrics.Rates.FirstOrDefault(r => r.Name == metric);
        if (rate.Read is not null)
        {
            var (first, second) = (rate.Read(before), rate.Read(after));
            if (first.Value is not { } p1 || second.Value is not { } p2 || first.EffectiveSampleSize <= 0 || second.EffectiveSampleSize <= 0)
            {
                return Untested(brand, platform, metric, first.Value, second.Value);
            }
            var interval = Intervals.NewcombeDifference(p1, first.EffectiveSampleSize, p2, second.EffectiveSampleSize);
            var p = PValues.TwoProportions(p1, first.EffectiveSampleSize, p2, second.EffectiveSampleSize);
            return Tested(brand, platform, metric, p1, p2, interval, p, ChangeTests.Newcombe);
        }

        var read = FigureMetrics.Means.First(m => m.Name == metric).Read;
        var (earlier, later) = (read(before), read(after));
        if (earlier.Value is not { } m1 || later.Value is not { } m2 || earlier.StandardError is not { } se1 || later.StandardError is not { } se2)
        {
            return Untested(brand, platform, metric, earlier.Value, later.Value);
        }
        var variance = se1 * se1 + se2 * se2;
        if (variance == 0)
        {
            return m1 == m2
                ? Tested(brand, platform, metric, m1, m2, new ConfidenceInterval(0, 0), 1.0, ChangeTests.WelchT)
                : Untested(brand, platform, metric, m1, m2);
        }
        var degreesOfFreedom = variance * variance
            / (se1 * se1 * se1 * se1 / (earlier.Clusters - 1) + se2 * se2 * se2 * se2 / (later.Clusters - 1));
        var meanInterval = Intervals.StudentT(m2 - m1, Math.Sqrt(variance), degreesOfFreedom);
        var pMean = PValues.StudentT((m2 - m1) / Math.Sqrt(variance), degreesOfFreedom);
        return Tested(brand, platform, metric, m1, m2, meanInterval, pMean, ChangeTests.WelchT);
    }

    private static SignificantChange Tested(
        TrackedBrand brand, string? platform, string metric, double from, double to, ConfidenceInterval interval, double p, string test) =>
        new(brand.Brand, brand.IsClient, platform, metric, from, to, to - from, interval.Lower, interval.Upper, p, null, false, test, "");

    private static SignificantChange Untested(TrackedBrand brand, string? platform, string metric, double? from, double? to) =>
        new(brand.Brand, brand.IsClient, platform, metric, from, to, from is { } f && to is { } t ? t - f : null, null, null, null, null, false,
            ChangeTests.None, ChangeSentence.For(brand.Brand, platform, metric, from, to, tested: false, significant: false));
}
