namespace Aeo.Analysis.Answers.Reports;

/// <summary>An analyzed answer in plain, serialisable form: the same JSON in the responses table and in the API.</summary>
public sealed record AnswerReport(
    IReadOnlyList<MentionReport> Mentions,
    IReadOnlyList<CitationReport> Citations,
    IReadOnlyList<BrandCitationReport> BrandCitations)
{
    public static AnswerReport From(string text, AnalyzedAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(answer);
        var mentions = answer.Mentions
            .Select(mention => new MentionReport(
                mention.Detection.Brand,
                mention.Detection.Count,
                mention.Detection.Rank,
                mention.Detection.ListPosition,
                mention.Detection.FirstOffset,
                mention.Detection.Confidence,
                SentimentReport.From(mention.Sentiment),
                mention.Detection.Spans
                    .Select((span, i) => new MentionPositionReport(
                        span.Start, span.Length, text.Substring(span.Start, span.Length), Snake(span.Kind.ToString()),
                        span.Confidence, SentimentReport.From(mention.MentionSentiments[i])))
                    .ToArray(),
                mention.Detection.Contexts,
                Math.Round(mention.Detection.Prominence, 4),
                mention.Detection.UnknownToEngine,
                mention.Detection.EchoOrDisclaimerOnly))
            .ToArray();
        var citations = answer.Citations.Citations
            .Select(c => new CitationReport(c.Url, c.Title, Snake(c.Kind.ToString()), c.Position, c.Domain, c.RegistrableDomain))
            .ToArray();
        var brandCitations = answer.Citations.Brands
            .Select(b => new BrandCitationReport(b.Brand, Snake(b.Status.ToString()), b.CitedCount, b.RetrievedCount))
            .ToArray();
        return new AnswerReport(mentions, citations, brandCitations);
    }

    /// <summary>"NameVariant" → "name_variant", "RetrievedOnly" → "retrieved_only".</summary>
    private static string Snake(string pascal)
    {
        var builder = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            if (i > 0 && char.IsUpper(pascal[i]))
            {
                builder.Append('_');
            }
            builder.Append(char.ToLowerInvariant(pascal[i]));
        }
        return builder.ToString();
    }
}
