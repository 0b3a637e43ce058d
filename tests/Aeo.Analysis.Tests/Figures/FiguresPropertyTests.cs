using static Aeo.Analysis.Tests.Figures.Observations;

namespace Aeo.Analysis.Tests.Figures;

public sealed class FiguresPropertyTests
{
    private const double Tolerance = 1e-9;

    /// <summary>
    /// A run from arbitrary bytes: each byte is one answer; bits 0–2 pick which of the three brands it mentions,
    /// bits 3–5 its question (branded when the question number is odd), bit 6 its platform, bit 7 a cited
    /// acme.com source. Later answers to an existing work item become the next sample.
    /// </summary>
    private static RunFigures RunFrom(byte[] bytes)
    {
        var samples = new Dictionary<(int, string), int>();
        var answers = new List<AnswerObservation>();
        foreach (var value in bytes)
        {
            var question = (value >> 3) & 7;
            var platform = (value & 64) == 0 ? "openai" : "gemini";
            var sample = samples[(question, platform)] = samples.GetValueOrDefault((question, platform)) + 1;
            var mentioned = Tracked.Where((_, i) => (value & (1 << i)) != 0)
                .Select((brand, rank) => Mention(brand.Brand, rank + 1, count: rank + question + 1, sentiment: (question - 3.5) / 4))
                .ToArray();
            answers.Add(Answer($"q{question}", mentioned, (value & 128) == 0 ? [] : [Cited("acme.com"), Cited("g2.com")],
                branded: question % 2 == 1, platform: platform, sample: sample));
        }

        return RunFiguresCalculator.Calculate(answers, Tracked);
    }

    private static IEnumerable<RateEstimate> Rates(BrandFigures f) =>
        [f.MentionRate, f.ShareOfVoice, f.ShareOfVoiceByCount, f.ShareOfVoicePerAnswer, f.FirstRankRateWhenMentioned,
         f.FirstRankRateOfAllAnswers, f.CitationRate, f.CitationShare, f.RetrievedNotCitedRate, f.UnknownToEngineRate,
         f.EchoOrDisclaimerOnlyRate];

    [Property(MaxTest = 300)]
    public bool Every_rate_lies_inside_its_interval_inside_zero_to_one(byte[] bytes) =>
        RunFrom(bytes).Segments().SelectMany(s => s.Brands.Values).SelectMany(Rates).All(rate =>
            rate.Value is not { } value
                ? rate.Lower is null && rate.Upper is null
                : 0 <= rate.Lower && rate.Lower <= value + Tolerance && value <= rate.Upper + Tolerance && rate.Upper <= 1
                  && rate.DesignEffect >= 1 && rate.EffectiveSampleSize <= rate.Denominator + Tolerance);

    [Property(MaxTest = 300)]
    public bool Shares_of_voice_sum_to_one_wherever_a_brand_is_mentioned(byte[] bytes) =>
        RunFrom(bytes).Segments().Where(s => s.BrandMentions > 0).All(s =>
            Math.Abs(s.Brands.Values.Sum(b => b.ShareOfVoice.Value!.Value) - 1) < Tolerance
            && Math.Abs(s.Brands.Values.Sum(b => b.ShareOfVoicePerAnswer.Value!.Value) - 1) < Tolerance
            && Math.Abs(s.Brands.Values.Sum(b => b.ShareOfVoiceByCount.Value!.Value) - 1) < Tolerance);

    [Property(MaxTest = 300)]
    public bool Question_types_partition_the_overall_segment(byte[] bytes)
    {
        var run = RunFrom(bytes);
        var branded = run.ByQuestionType["branded"];
        var nonBranded = run.ByQuestionType["non_branded"];
        return run.Overall.Answers == branded.Answers + nonBranded.Answers
            && run.Overall.Brands.All(pair =>
                pair.Value.MentionRate.Numerator == branded.Brands[pair.Key].MentionRate.Numerator + nonBranded.Brands[pair.Key].MentionRate.Numerator);
    }

    [Property(MaxTest = 300)]
    public bool Means_lie_inside_their_intervals(byte[] bytes) =>
        RunFrom(bytes).Segments().SelectMany(s => s.Brands.Values).SelectMany(f => new[] { f.AverageRank, f.Sentiment }).All(mean =>
            mean.Lower is null || (mean.Lower <= mean.Value + Tolerance && mean.Value <= mean.Upper + Tolerance));
}
