namespace Aeo.Analysis.Answers.Reports;

/// <summary>
/// A tracked brand in one answer, in the shape the API shows and the responses table stores: how often and
/// where it is mentioned, its rank among the tracked brands (1 = named first), its place in the answer's
/// list or table (null when not listed), the best confidence among its mentions, the combined sentiment
/// and the sentences around its mentions; its <see cref="Prominence"/> (the position-weighted share of the answer's
/// words about it, null in answers stored before it was measured), and whether it is named only to say the engine
/// knows nothing of it (<see cref="UnknownToEngine"/>) or only in an echo of the question or a disclaimer
/// (<see cref="EchoOrDisclaimerOnly"/>), which keeps it out of visibility.
/// </summary>
public sealed record MentionReport(
    string Brand,
    int Count,
    int Rank,
    int? ListPosition,
    int FirstOffset,
    double Confidence,
    SentimentReport Sentiment,
    IReadOnlyList<MentionPositionReport> Positions,
    IReadOnlyList<string> Contexts,
    double? Prominence = null,
    bool UnknownToEngine = false,
    bool EchoOrDisclaimerOnly = false);
