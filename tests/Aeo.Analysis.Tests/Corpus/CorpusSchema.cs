namespace Aeo.Analysis.Tests.Corpus;

/// <summary>
/// One labelled answer of the held-out corpus: the answer text, the brands tracked for it (the client's
/// brand first) and what a careful human annotator found, following ANNOTATION.md.
/// </summary>
public sealed record CorpusCase(
    string Id,
    string Text,
    IReadOnlyList<CorpusBrand> Brands,
    IReadOnlyList<ExpectedMention> Expected,
    string Notes);

/// <summary>A tracked brand as the corpus states it: display name, aliases and web domains.</summary>
public sealed record CorpusBrand(string Name, IReadOnlyList<string> Aliases, IReadOnlyList<string> Domains);

/// <summary>
/// The annotator's label for one brand in one answer, listed in order of first mention:
/// <see cref="Rank"/> 1 is mentioned first; <see cref="Count"/> counts mentions as a brand;
/// <see cref="ListPosition"/> is the 1-based item of the first list or table naming a tracked brand, if the
/// brand is in it; <see cref="Sentiment"/> is one of <see cref="SentimentLabels.All"/>, and <see cref="Mixed"/> says
/// the answer gives the brand both substantive praise and substantive criticism.
/// </summary>
public sealed record ExpectedMention(string Brand, int Rank, int Count, int? ListPosition, string Sentiment, bool Mixed = false);

/// <summary>The sentiment labels an annotator may use (mixed is a flag beside them, not a label).</summary>
public static class SentimentLabels
{
    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        "positive", "negative", "neutral",
    };
}
