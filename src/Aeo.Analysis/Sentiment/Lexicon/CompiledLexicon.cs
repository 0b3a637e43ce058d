using System.Collections.Frozen;

namespace Aeo.Analysis.Sentiment.Lexicon;

/// <summary>
/// The lexicon indexed by first word, each list longest phrase first, so a text is matched in one left-to-right pass
/// with one dictionary look-up per word. Immutable; <see cref="Default"/> is built once and shared.
/// </summary>
internal sealed class CompiledLexicon
{
    public static readonly CompiledLexicon Default = Build();

    private readonly FrozenDictionary<string, LexiconEntry[]> byFirstWord;

    private CompiledLexicon(FrozenDictionary<string, LexiconEntry[]> byFirstWord) => this.byFirstWord = byFirstWord;

    public int EntryCount => byFirstWord.Values.Sum(entries => entries.Length);

    /// <summary>Terms in token order; where phrases overlap the longest one starting first wins.</summary>
    public List<Term> Match(IReadOnlyList<Token> tokens)
    {
        var terms = new List<Term>();
        var i = 0;
        while (i < tokens.Count)
        {
            if (tokens[i].IsWord && byFirstWord.TryGetValue(tokens[i].Text, out var candidates)
                && FirstMatch(tokens, i, candidates) is { } entry)
            {
                terms.Add(new Term(i, i + entry.Words.Length - 1, entry.Kind, entry.Value));
                i += entry.Words.Length;
            }
            else
            {
                i++;
            }
        }

        return terms;
    }

    private static LexiconEntry? FirstMatch(IReadOnlyList<Token> tokens, int start, LexiconEntry[] candidates)
    {
        foreach (var entry in candidates)
        {
            if (Matches(tokens, start, entry.Words))
            {
                return entry;
            }
        }

        return null;
    }

    private static bool Matches(IReadOnlyList<Token> tokens, int start, string[] words)
    {
        if (start + words.Length > tokens.Count)
        {
            return false;
        }

        for (var k = 0; k < words.Length; k++)
        {
            var token = tokens[start + k];
            if (!token.IsWord || !string.Equals(token.Text, words[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static CompiledLexicon Build()
    {
        var entries = new Dictionary<string, LexiconEntry>(StringComparer.Ordinal);
        Add(entries, RecommendationLexicon.Positive, LexiconTermKind.Polarity);
        Add(entries, RecommendationLexicon.Negative, LexiconTermKind.Polarity);
        Add(entries, VerdictLexicon.For, LexiconTermKind.Polarity);
        Add(entries, VerdictLexicon.Against, LexiconTermKind.Polarity);
        Add(entries, RecommendationLexicon.PriceComparisons.Select(phrase => (phrase, 0.0)), LexiconTermKind.Polarity);
        Add(entries, RecommendationLexicon.Intensifiers, LexiconTermKind.Intensifier);
        Add(entries, RecommendationLexicon.Negators, LexiconTermKind.Negator);
        Add(entries, RecommendationLexicon.Hedges, LexiconTermKind.Hedge);
        Add(entries, RecommendationLexicon.Adversatives.Select(phrase => (phrase, 0.0)), LexiconTermKind.Adversative);
        Add(entries, RecommendationLexicon.Concessives, LexiconTermKind.Concessive);
        Add(entries, RecommendationLexicon.ComparisonMarkers.Select(phrase => (phrase, 0.0)), LexiconTermKind.Comparison);
        Add(entries, RecommendationLexicon.PreferenceMarkers, LexiconTermKind.Preference);
        Add(entries, RecommendationLexicon.ComparisonVerbs, LexiconTermKind.ComparisonVerb);

        var byFirstWord = entries.Values
            .GroupBy(entry => entry.Words[0], StringComparer.Ordinal)
            .ToFrozenDictionary(
                group => group.Key,
                group => group.OrderByDescending(entry => entry.Words.Length).ToArray(),
                StringComparer.Ordinal);
        return new CompiledLexicon(byFirstWord);
    }

    private static void Add(Dictionary<string, LexiconEntry> entries, IEnumerable<(string Phrase, double Value)> phrases, LexiconTermKind kind)
    {
        foreach (var (phrase, value) in phrases)
        {
            foreach (var variant in Variants(phrase))
            {
                var words = SentimentTokenizer.Tokenize(variant).Where(token => token.IsWord).Select(token => token.Text).ToArray();
                var key = string.Join(' ', words);
                if (entries.TryGetValue(key, out var existing))
                {
                    // "deal breaker" and "deal-breaker" may both be listed; the same phrase with two meanings may not.
                    if (existing.Kind != kind || existing.Value != value)
                    {
                        throw new InvalidOperationException($"The sentiment lexicon gives '{variant}' two meanings.");
                    }

                    continue;
                }

                entries.Add(key, new LexiconEntry(words, kind, value));
            }
        }
    }

    /// <summary>
    /// The phrase as written and, for several words, hyphenated ("easy to use" → "easy-to-use"). The reverse is not
    /// automatic because some hyphenated words are ordinary phrases when spaced ("go-to" vs "go to"); the lexicon lists
    /// the safe spaced forms itself.
    /// </summary>
    private static IEnumerable<string> Variants(string phrase)
    {
        yield return phrase;
        if (phrase.Contains(' ', StringComparison.Ordinal))
        {
            yield return phrase.Replace(' ', '-');
        }
    }
}
