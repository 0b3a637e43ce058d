namespace Aeo.Analysis.Figures;

/// <summary>The metric names used in <see cref="MetricChange.Metric"/>, one per <see cref="BrandFigures"/> figure.</summary>
public static class FigureMetrics
{
    public const string MentionRate = "mention_rate";
    public const string ShareOfVoice = "share_of_voice";
    public const string ShareOfVoiceByCount = "share_of_voice_by_count";
    public const string ShareOfVoicePerAnswer = "share_of_voice_per_answer";
    public const string AverageRank = "average_rank";
    public const string FirstRankRateWhenMentioned = "first_rank_rate_when_mentioned";
    public const string FirstRankRateOfAllAnswers = "first_rank_rate_of_all_answers";
    public const string Sentiment = "sentiment";
    public const string CitationRate = "citation_rate";
    public const string CitationShare = "citation_share";
    public const string RetrievedNotCitedRate = "retrieved_not_cited_rate";
    public const string UnknownToEngineRate = "unknown_to_engine_rate";
    public const string EchoOrDisclaimerOnlyRate = "echo_or_disclaimer_only_rate";
    public const string Prominence = "prominence";
    public const string ProminenceWhenMentioned = "prominence_when_mentioned";

    internal static readonly IReadOnlyList<(string Name, Func<BrandFigures, RateEstimate> Read)> Rates =
    [
        (MentionRate, f => f.MentionRate),
        (ShareOfVoice, f => f.ShareOfVoice),
        (ShareOfVoiceByCount, f => f.ShareOfVoiceByCount),
        (ShareOfVoicePerAnswer, f => f.ShareOfVoicePerAnswer),
        (FirstRankRateWhenMentioned, f => f.FirstRankRateWhenMentioned),
        (FirstRankRateOfAllAnswers, f => f.FirstRankRateOfAllAnswers),
        (CitationRate, f => f.CitationRate),
        (CitationShare, f => f.CitationShare),
        (RetrievedNotCitedRate, f => f.RetrievedNotCitedRate),
        (UnknownToEngineRate, f => f.UnknownToEngineRate),
        (EchoOrDisclaimerOnlyRate, f => f.EchoOrDisclaimerOnlyRate),
    ];

    internal static readonly IReadOnlyList<(string Name, Func<BrandFigures, MeanEstimate> Read)> Means =
    [
        (AverageRank, f => f.AverageRank),
        (Sentiment, f => f.Sentiment),
        (Prominence, f => f.Prominence),
        (ProminenceWhenMentioned, f => f.ProminenceWhenMentioned),
    ];
}
