namespace Aeo.Analysis.Sentiment.Lexicon;

/// <summary>
/// Finds the region of text that speaks about the target mention:
/// <list type="bullet">
/// <item>In prose: the sentence holding the mention, then up to <see cref="MaxContinuationSentences"/> sentences of the
/// same line that continue it with "it"/"its" (after an optional "However,"); that is the core. Then the following
/// sentences that name no brand, which continue its topic (see <see cref="TopicEnd"/>).</item>
/// <item>When the brand opens a list item or table row ("1. **Asana** – …", "Asana: …", "| Asana | …", or on blanked
/// markup a line starting with white space): the whole line, flagged as a recommendation when the list's lead-in
/// presents a ranking ("The best CRMs:"); when that line is a short heading ("### 2. Asana"), also the section under
/// it (see <see cref="SectionEnd"/>).</item>
/// </list>
/// </summary>
internal sealed class MentionRegionFinder(MentionMap map)
{
    private const int MaxContinuationSentences = 2;
    private const int MaxTopicSentences = 6;
    private const int MaxHeadingWords = 6;
    private const int MaxSectionLines = 12;

    private static readonly HashSet<string> Pronouns = ["it", "its", "it's"];

    private List<Token> Tokens => map.Tokens;

    public MentionRegion Find()
    {
        var mention = map.Mentions[map.TargetIndex];
        var lineStart = mention.First;
        while (lineStart > 0 && Tokens[lineStart - 1].Kind != TokenKind.LineBreak)
        {
            lineStart--;
        }

        var lineEnd = mention.Last;
        while (lineEnd + 1 < Tokens.Count && Tokens[lineEnd + 1].Kind != TokenKind.LineBreak)
        {
            lineEnd++;
        }

        if (OpensListItem(lineStart, mention))
        {
            var recommended = IntroducesRecommendations(ListLeadIn.Find(map.Text.Text, LineStartOffset(Tokens[lineStart].Start)));
            var itemEnd = IsHeading(lineStart, lineEnd) ? SectionEnd(lineEnd) : lineEnd;
            return new MentionRegion(lineStart, itemEnd, lineEnd, recommended);
        }

        var start = mention.First;
        while (start > lineStart && Tokens[start - 1].Kind != TokenKind.SentenceEnd)
        {
            start--;
        }

        var end = SentenceEnd(mention.Last, lineEnd);
        for (var added = 0; added < MaxContinuationSentences && end < lineEnd && ContinuesAboutIt(end + 1, lineEnd); added++)
        {
            end = SentenceEnd(end + 1, lineEnd);
        }

        return new MentionRegion(start, TopicEnd(start, end), end, InRecommendedList: false);
    }

    /// <summary>
    /// Answers go on about the brand they just named: the sentences after <paramref name="end"/> that name no brand
    /// (comparison objects aside) continue its topic, across lines but not past a paragraph break (the next paragraph
    /// is often general advice or another topic), for at most
    /// <see cref="MaxTopicSentences"/> sentences; only when the mention's own sentences name no other brand as a subject.
    /// </summary>
    private int TopicEnd(int start, int end)
    {
        if (NamesOtherSubject(start, end))
        {
            return end;
        }

        var topicEnd = end;
        var t = end + 1;
        for (var sentences = 0; sentences < MaxTopicSentences && t < Tokens.Count; sentences++)
        {
            var lineBreaks = 0;
            while (t < Tokens.Count && Tokens[t].Kind is TokenKind.LineBreak or TokenKind.SentenceEnd)
            {
                lineBreaks += Tokens[t].Kind == TokenKind.LineBreak ? 1 : 0;
                t++;
            }

            if (lineBreaks >= 2)
            {
                break;
            }

            var sentenceEnd = t;
            while (sentenceEnd + 1 < Tokens.Count && Tokens[sentenceEnd + 1].Kind is not (TokenKind.LineBreak or TokenKind.SentenceEnd))
            {
                sentenceEnd++;
            }

            if (t >= Tokens.Count || NamesAnySubject(t, sentenceEnd))
            {
                break;
            }

            topicEnd = sentenceEnd;
            t = sentenceEnd + 1;
        }

        return topicEnd;
    }

    /// <summary>Whether a list's lead-in presents it as a ranking or recommendation ("The best CRMs", "Top alternatives to X").</summary>
    private bool IntroducesRecommendations((int Start, int End)? leadIn) =>
        leadIn is { } line && map.Text.WordTokensIn(line.Start, line.End) is { } words
        && Enumerable.Range(words.First, words.Last - words.First + 1)
            .Any(t => Tokens[t].IsWord && RecommendationLexicon.RankingCues.Contains(Tokens[t].Text));

    /// <summary>A short line without a sentence end: the brand as a heading ("### 2. Asana", "**Asana**").</summary>
    private bool IsHeading(int lineStart, int lineEnd)
    {
        var words = 0;
        for (var t = lineStart; t <= lineEnd; t++)
        {
            // The dot of a heading's number ("2. Asana") ends no sentence.
            if (Tokens[t].Kind == TokenKind.SentenceEnd && !(t > lineStart && Tokens[t - 1].Text.All(char.IsAsciiDigit)))
            {
                return false;
            }

            words += Tokens[t].IsWord ? 1 : 0;
        }

        return words <= MaxHeadingWords;
    }

    /// <summary>
    /// The section under a brand heading: the following lines up to (not including) the next line opened by a brand
    /// mention or the next numbered heading ("### 3. Notion" for an untracked brand), at most
    /// <see cref="MaxSectionLines"/> lines. Short lines such as "Pros:" or "- reliable" stay inside: on blanked markup
    /// an unnumbered heading cannot be told from a short item.
    /// </summary>
    private int SectionEnd(int headingEnd)
    {
        var end = headingEnd;
        var t = headingEnd + 1;
        for (var lines = 0; lines < MaxSectionLines && t < Tokens.Count; lines++)
        {
            while (t < Tokens.Count && Tokens[t].Kind == TokenKind.LineBreak)
            {
                t++;
            }

            var lineEnd = t;
            while (lineEnd + 1 < Tokens.Count && Tokens[lineEnd + 1].Kind != TokenKind.LineBreak)
            {
                lineEnd++;
            }

            var first = FirstWord(t);
            if (t >= Tokens.Count || first > lineEnd || map.MentionAt(first) >= 0 || IsNumberedHeading(first, lineEnd))
            {
                break;
            }

            end = lineEnd;
            t = lineEnd + 1;
        }

        return end;
    }

    private bool IsNumberedHeading(int firstWord, int lineEnd) =>
        Tokens[firstWord].Text.All(char.IsAsciiDigit) && firstWord + 1 <= lineEnd
        && Tokens[firstWord + 1].Kind == TokenKind.SentenceEnd && IsHeading(firstWord, lineEnd);

    private bool NamesOtherSubject(int first, int last) =>
        SubjectMentions(first, last).Any(m => !map.Mentions[m].IsTarget);

    private bool NamesAnySubject(int first, int last) => SubjectMentions(first, last).Any();

    /// <summary>Mentions starting in the tokens that are not the object of a comparison just before them.</summary>
    private IEnumerable<int> SubjectMentions(int first, int last)
    {
        for (var t = first; t <= last; t++)
        {
            if (map.MentionAt(t) is var m and >= 0 && map.Mentions[m].First == t && !ComparisonFinder.IsObjectAt(map, t))
            {
                yield return m;
            }
        }
    }

    private int SentenceEnd(int from, int lineEnd)
    {
        var end = from;
        while (end < lineEnd && Tokens[end].Kind != TokenKind.SentenceEnd)
        {
            end++;
        }

        return end;
    }

    /// <summary>A sentence that starts (after "However," and the like) with "it"/"its" and names no brand.</summary>
    private bool ContinuesAboutIt(int start, int lineEnd)
    {
        var sentenceEnd = SentenceEnd(start, lineEnd);
        if (map.AnyMentionIn(start, sentenceEnd))
        {
            return false;
        }

        var first = start;
        if (map.Text.TermsWithin(start, sentenceEnd).FirstOrDefault() is { Kind: LexiconTermKind.Adversative } adversative && adversative.First == start)
        {
            first = adversative.Last + 1;
        }

        while (first <= sentenceEnd && !Tokens[first].IsWord)
        {
            first++;
        }

        return first <= sentenceEnd && Pronouns.Contains(Tokens[first].Text);
    }

    /// <summary>The brand is the first word of its line (a list number aside) and the line is a list item or the brand is followed by ":" or a dash.</summary>
    private bool OpensListItem(int lineStart, MentionRange mention)
    {
        for (var t = lineStart; t < mention.First; t++)
        {
            if (Tokens[t].IsWord && !(t == FirstWord(lineStart) && Tokens[t].Text.All(char.IsAsciiDigit)))
            {
                return false;
            }
        }

        // On markup-blanked text a list marker or table pipe is white space before the first word.
        var rawLine = map.Text.Text.AsSpan(LineStartOffset(Tokens[lineStart].Start));
        var line = rawLine.TrimStart();
        var hasMarker = line.Length > 1 && (line.Length < rawLine.Length || line[0] is '|'
            || (line[0] is '-' or '*' or '•' or '+' && char.IsWhiteSpace(line[1]))
            || (char.IsAsciiDigit(line[0]) && line.IndexOfAnyExcept("0123456789") is var afterDigits
                && afterDigits > 0 && line[afterDigits] is '.' or ')'));
        var next = mention.Last + 1 < Tokens.Count ? Tokens[mention.Last + 1].Kind : TokenKind.LineBreak;
        return hasMarker || next is TokenKind.Colon or TokenKind.Dash or TokenKind.TableCell;
    }

    private int FirstWord(int from)
    {
        while (from < Tokens.Count && !Tokens[from].IsWord)
        {
            from++;
        }

        return from;
    }

    private int LineStartOffset(int offset)
    {
        while (offset > 0 && map.Text.Text[offset - 1] != '\n')
        {
            offset--;
        }

        return offset;
    }
}
