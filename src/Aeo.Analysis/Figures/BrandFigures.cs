namespace Aeo.Analysis.Figures;

/// <summary>
/// One tracked brand's figures in one segment. "Answers" are the segment's answers; "mentioned" means the
/// answer names the brand at least once (presence) as visibility: a mention flagged as naming the brand only to say
/// the engine knows nothing of it, or only in an echo of the question or a disclaimer, is not visibility and counts
/// only in <see cref="UnknownToEngineRate"/> or <see cref="EchoOrDisclaimerOnlyRate"/>; ranks are the ranks among the
/// answer's visible mentions. Every formula is per segment; see <see cref="RateEstimate"/> and
/// <see cref="MeanEstimate"/> for the intervals.
/// </summary>
/// <param name="MentionRate">Visibility: answers mentioning the brand / answers.</param>
/// <param name="ShareOfVoice">
/// Pooled share of voice by presence: answers mentioning the brand / Σ over answers of the number of
/// tracked brands mentioned. Presence rather than raw counts, so one verbose answer that repeats a name
/// twenty times weighs no more than any other answer naming it. Shares of all tracked brands sum to 1.
/// </param>
/// <param name="ShareOfVoiceByCount">
/// Pooled share of voice by raw mention count: the brand's mentions / all tracked-brand mentions
/// (every occurrence counted). Given for comparison with tools that count this way; sensitive to verbose answers.
/// </param>
/// <param name="ShareOfVoicePerAnswer">
/// Mean, over answers mentioning at least one tracked brand, of (1 if the brand is mentioned else 0) /
/// (number of tracked brands mentioned): each such answer splits one unit of voice equally among the brands it names.
/// </param>
/// <param name="AverageRank">Mean rank (1 = mentioned first among tracked brands) over answers mentioning the brand.</param>
/// <param name="FirstRankRateWhenMentioned">Answers where the brand has rank 1 / answers mentioning the brand.</param>
/// <param name="FirstRankRateOfAllAnswers">Answers where the brand has rank 1 / all answers.</param>
/// <param name="Sentiment">Mean of the brand's per-answer sentiment over the answers mentioning it that have one; N says how many.</param>
/// <param name="CitationRate">Answers citing at least one page on the brand's domains / answers.</param>
/// <param name="CitationShare">Cited sources on the brand's domains / all cited sources, over the segment's answers.</param>
/// <param name="RetrievedNotCitedRate">Answers that retrieved a page on the brand's domains but cited none / answers.</param>
/// <param name="UnknownToEngineRate">Answers naming the brand only to say the engine knows nothing of it / answers.</param>
/// <param name="EchoOrDisclaimerOnlyRate">Answers naming the brand only in an echo of the question or a disclaimer / answers.</param>
/// <param name="Prominence">
/// Mean over the answers of the brand's prominence (the position-weighted share of the answer's words about it, 0
/// where it is not mentioned as visibility), in [0, 1]; answers stored before prominence was measured are left out.
/// </param>
/// <param name="ProminenceWhenMentioned">The same mean over the answers mentioning the brand.</param>
public sealed record BrandFigures(
    string Brand,
    bool IsClient,
    RateEstimate MentionRate,
    RateEstimate ShareOfVoice,
    RateEstimate ShareOfVoiceByCount,
    RateEstimate ShareOfVoicePerAnswer,
    MeanEstimate AverageRank,
    RateEstimate FirstRankRateWhenMentioned,
    RateEstimate FirstRankRateOfAllAnswers,
    MeanEstimate Sentiment,
    RateEstimate CitationRate,
    RateEstimate CitationShare,
    RateEstimate RetrievedNotCitedRate,
    RateEstimate UnknownToEngineRate,
    RateEstimate EchoOrDisclaimerOnlyRate,
    MeanEstimate Prominence,
    MeanEstimate ProminenceWhenMentioned);
