namespace Aeo.Analysis.Answers.Reports;

/// <summary>
/// One mention of a brand: char offsets into the answer text, the matched text, which kind of term matched
/// (name, alias, name_variant, domain), its confidence and the sentiment expressed there.
/// </summary>
public sealed record MentionPositionReport(int Start, int Length, string Text, string Term, double Confidence, SentimentReport Sentiment);
