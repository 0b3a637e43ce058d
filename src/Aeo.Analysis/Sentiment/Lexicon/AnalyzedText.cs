namespace Aeo.Analysis.Sentiment.Lexicon;

/// <summary>A text tokenised and matched against the lexicon once, then shared by every mention judged in it.</summary>
internal sealed class AnalyzedText
{
    private readonly int[] termEndingAt;
    private readonly int[] termStartingAt;

    public AnalyzedText(string text, CompiledLexicon lexicon)
    {
        Text = text;
        Tokens = SentimentTokenizer.Tokenize(text);
        Terms = lexicon.Match(Tokens);
        termEndingAt = new int[Tokens.Count];
        termStartingAt = new int[Tokens.Count];
        Array.Fill(termEndingAt, -1);
        Array.Fill(termStartingAt, -1);
        for (var i = 0; i < Terms.Count; i++)
        {
            termEndingAt[Terms[i].Last] = i;
            termStartingAt[Terms[i].First] = i;
        }
    }

    public string Text { get; }

    public List<Token> Tokens { get; }

    public List<Term> Terms { get; }

    /// <summary>The term whose last token is <paramref name="tokenIndex"/>, if any.</summary>
    public Term? TermEndingAt(int tokenIndex) =>
        termEndingAt[tokenIndex] is var index and >= 0 ? Terms[index] : null;

    /// <summary>The term whose first token is <paramref name="tokenIndex"/>, if any (terms never overlap).</summary>
    public Term? TermStartingAt(int tokenIndex) =>
        termStartingAt[tokenIndex] is var index and >= 0 ? Terms[index] : null;

    /// <summary>The terms lying wholly within tokens <paramref name="first"/>..<paramref name="last"/>, in order.</summary>
    public IEnumerable<Term> TermsWithin(int first, int last)
    {
        var low = 0;
        var high = Terms.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (Terms[middle].First < first)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        for (var i = low; i < Terms.Count && Terms[i].First <= last; i++)
        {
            if (Terms[i].Last <= last)
            {
                yield return Terms[i];
            }
        }
    }

    /// <summary>The word tokens a char span overlaps, or null when it covers no word.</summary>
    public (int First, int Last)? WordTokensIn(int start, int end)
    {
        var low = 0;
        var high = Tokens.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (Tokens[middle].End <= start)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        int? first = null;
        var last = -1;
        for (var i = low; i < Tokens.Count && Tokens[i].Start < end; i++)
        {
            if (Tokens[i].IsWord)
            {
                first ??= i;
                last = i;
            }
        }

        return first is { } f ? (f, last) : null;
    }
}
