namespace Aeo.Analysis.Sentiment.Lexicon;

/// <summary>
/// Collects the evaluative evidence about one brand mention:
/// <list type="number">
/// <item>Region: the sentence holding the mention, followed by sentences of the same line that continue it with
/// "it"/"its" (after an optional "However,"), then by the following sentences that name no brand (the topic goes on;
/// they weigh ×0.7); or, when the brand opens a list item or table row ("1. **Asana** – …", "Asana: …",
/// "| Asana | …", or on blanked markup a line starting with white space), the whole line, and a small positive prior
/// when the list is introduced as a ranking or recommendation ("The best CRMs:"); when that line is a short heading
/// ("### 2. Asana"), also the section under it, up to the next brand or heading.</item>
/// <item>Clauses: the region cut at sentence ends, semicolons, adversatives ("but", "however") and concessives
/// ("although", "while"; their clause ends at the next comma).</item>
/// <item>Ownership: a clause belongs to the brands named in it (a comparison's object excepted); a clause naming none
/// belongs to the brands of the clause before it (or, at the start, after it).</item>
/// <item>Within a clause naming other brands, only the target's stretch counts: up to the next other brand, and from
/// the last comma or "and" after the previous one; brands joined only by "and", "or" or commas share the stretch; a
/// brand that only appears inside another brand's statement ("Freshdesk is an alternative to Zendesk", "… the
/// equivalent on AWS") gets nothing.</item>
/// <item>Comparisons: "X is better than Y", "X outperforms Y", "pick X over Y". The subject gets the clause's
/// evaluation up to and including the pivot; the object (a brand just after the pivot) gets the same evaluation with
/// the opposite sign (only the stretch leading to the pivot, from the last comma before it, when it holds any); what
/// follows the pivot up to the next comma ("than Y in simplicity") counts for neither.</item>
/// <item>Each polarity term's weight is scaled by the intensifiers right before it, by a negator up to three words
/// before it (no punctuation or other polarity term between), by the first hedge before it in the clause, and by the
/// clause weight: ×0.6 for a clause followed by an adversative clause about the same brand, the marker's weight for a
/// concessive clause.</item>
/// </list>
/// </summary>
internal sealed class MentionEvaluator
{
    private const int NegationWindow = 3;
    private const int ComparisonObjectWindow = 3;
    private const double BeforeAdversativeWeight = 0.6;
    private const int MaxContinuationSentences = 2;
    private const int MaxTopicSentences = 6;
    private const int MaxHeadingWords = 6;
    private const int MaxSectionLines = 12;
    private const double ContinuationWeight = 0.7;
    private const double RecommendedListItemPrior = 0.3;

    // Being the yardstick of someone else's praise ("… are better than Front's") says less than being praised directly.
    private const double ComparisonObjectWeight = 0.6;

    private static readonly HashSet<string> Conjunctions = ["and", "or", "nor", "&", "plus"];
    private static readonly HashSet<string> StretchBreakers = ["and", "while", "whereas", "which", "who"];
    private static readonly HashSet<string> Pronouns = ["it", "its", "it's"];

    // "… costs a fraction of the equivalent on AWS": a brand right after one of these is an object in the statement.
    private static readonly HashSet<string> ObjectPrepositions = ["on", "of", "to", "from", "in", "into", "via", "at"];

    private readonly AnalyzedText text;
    private readonly List<MentionRange> mentions;
    private readonly int target;
    private readonly int[] mentionAt;

    private MentionEvaluator(AnalyzedText text, List<MentionRange> mentions, int target)
    {
        this.text = text;
        this.mentions = mentions;
        this.target = target;
        mentionAt = new int[text.Tokens.Count];
        Array.Fill(mentionAt, -1);
        for (var m = 0; m < mentions.Count; m++)
        {
            for (var t = mentions[m].First; t <= mentions[m].Last; t++)
            {
                mentionAt[t] = m;
            }
        }
    }

    public static Evidence Evaluate(AnalyzedText text, BrandSpan target, IEnumerable<BrandSpan> others)
    {
        var targetTokens = text.WordTokensIn(target.Start, target.End)
            ?? throw new ArgumentException($"The mention of '{target.Brand}' at {target.Start} covers no word of the text.", nameof(target));

        var mentions = new List<MentionRange> { new(targetTokens.First, targetTokens.Last, IsTarget: true) };
        foreach (var other in others)
        {
            if (text.WordTokensIn(other.Start, other.End) is { } tokens
                && !mentions.Any(m => m.First <= tokens.Last && tokens.First <= m.Last))
            {
                var sameBrand = string.Equals(other.Brand, target.Brand, StringComparison.OrdinalIgnoreCase);
                mentions.Add(new MentionRange(tokens.First, tokens.Last, sameBrand));
            }
        }

        mentions.Sort((a, b) => a.First.CompareTo(b.First));
        var targetIndex = mentions.FindIndex(m => m.First == targetTokens.First);
        return new MentionEvaluator(text, mentions, targetIndex).Collect();
    }

    private List<Token> Tokens => text.Tokens;

    private Evidence Collect()
    {
        var region = Region();
        var clauses = SplitClauses(region.Start, region.End);
        AssignOwners(clauses);

        var evidence = new Evidence();
        if (region.InRecommendedList)
        {
            evidence.Add(RecommendedListItemPrior, hedged: false);
        }

        for (var c = 0; c < clauses.Count; c++)
        {
            var clause = clauses[c];
            var weight = clause.Start > region.CoreEnd ? clause.Weight * ContinuationWeight : clause.Weight;
            if (c + 1 < clauses.Count && clauses[c + 1].OpensWithAdversative && clauses[c + 1].OwnedByTarget)
            {
                weight *= BeforeAdversativeWeight;
            }

            if (clause.Comparison is { } comparison && mentions[comparison.ObjectMention].IsTarget)
            {
                var (low, high) = ObjectStretch(clause, comparison.Pivot);
                AddTerms(evidence, clause, low, high, comparison, -weight * ComparisonObjectWeight);
            }
            else if (clause.OwnedByTarget)
            {
                var (low, high) = clause.HasOwnBrand ? TargetStretch(clause) : (clause.Start, clause.End);
                AddTerms(evidence, clause, low, high, clause.Comparison, weight);
            }
        }

        return evidence;
    }

    /// <summary>
    /// What a comparison says about its object: the stretch of the subject's evaluation that leads to the pivot (from
    /// the last comma before it), or, when nothing evaluative leads to it ("Compared to Trello, Asana is …"), the clause.
    /// </summary>
    private (int Low, int High) ObjectStretch(Clause clause, Term pivot)
    {
        var low = pivot.First - 1;
        while (low > clause.Start && Tokens[low - 1].Kind is not (TokenKind.Comma or TokenKind.Colon))
        {
            low--;
        }

        var leadsToPivot = text.TermsWithin(low, pivot.Last)
            .Any(term => term.Kind is LexiconTermKind.Polarity or LexiconTermKind.ComparisonVerb || term == pivot && term.Kind == LexiconTermKind.Preference);
        return leadsToPivot ? (low, pivot.Last) : (clause.Start, clause.End);
    }

    /// <summary>
    /// The tokens to read about the mention: <see cref="Start"/>..<see cref="End"/>, of which those after
    /// <see cref="CoreEnd"/> continue the topic in later sentences; <see cref="InRecommendedList"/> when the mention
    /// opens an item of a list introduced as a ranking or recommendation.
    /// </summary>
    private readonly record struct MentionRegion(int Start, int End, int CoreEnd, bool InRecommendedList);

    private MentionRegion Region()
    {
        var mention = mentions[target];
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
            var recommended = IntroducesRecommendations(ListLeadIn.Find(text.Text, LineStartOffset(Tokens[lineStart].Start)));
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
    /// (comparison objects aside) continue its topic, across lines and at most one paragraph break, for at most
    /// <see cref="MaxTopicSentences"/> sentences; only when the mention's own sentences name no other brand as a subject.
    /// </summary>
    private int TopicEnd(int start, int end)
    {
        if (NamesOtherSubject(start, end))
        {
            return end;
        }

        var topicEnd = end;
        var paragraphBreaks = 0;
        var t = end + 1;
        for (var sentences = 0; sentences < MaxTopicSentences && t < Tokens.Count; sentences++)
        {
            var lineBreaks = 0;
            while (t < Tokens.Count && Tokens[t].Kind is TokenKind.LineBreak or TokenKind.SentenceEnd)
            {
                lineBreaks += Tokens[t].Kind == TokenKind.LineBreak ? 1 : 0;
                t++;
            }

            if (lineBreaks >= 2 && ++paragraphBreaks > 1)
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
        leadIn is { } line && text.WordTokensIn(line.Start, line.End) is { } words
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
            if (t >= Tokens.Count || first > lineEnd || mentionAt[first] >= 0 || IsNumberedHeading(first, lineEnd))
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
        SubjectMentions(first, last).Any(m => !mentions[m].IsTarget);

    private bool NamesAnySubject(int first, int last) => SubjectMentions(first, last).Any();

    /// <summary>Mentions starting in the tokens that are not the object of a comparison marker just before them.</summary>
    private IEnumerable<int> SubjectMentions(int first, int last)
    {
        for (var t = first; t <= last; t++)
        {
            if (mentionAt[t] is var m and >= 0 && mentions[m].First == t && !IsComparisonObject(t))
            {
                yield return m;
            }
        }
    }

    private bool IsComparisonObject(int token)
    {
        for (var k = token - 1; k >= Math.Max(0, token - ComparisonObjectWindow) && Tokens[k].IsWord; k--)
        {
            if (text.TermEndingAt(k) is { Kind: LexiconTermKind.Comparison or LexiconTermKind.Preference or LexiconTermKind.ComparisonVerb })
            {
                return true;
            }
        }

        return false;
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
        for (var t = start; t <= sentenceEnd; t++)
        {
            if (mentionAt[t] >= 0)
            {
                return false;
            }
        }

        var first = start;
        if (text.TermsWithin(start, sentenceEnd).FirstOrDefault() is { Kind: LexiconTermKind.Adversative } adversative && adversative.First == start)
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
        var rawLine = text.Text.AsSpan(LineStartOffset(Tokens[lineStart].Start));
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
        while (offset > 0 && text.Text[offset - 1] != '\n')
        {
            offset--;
        }

        return offset;
    }

    private List<Clause> SplitClauses(int start, int end)
    {
        var clauses = new List<Clause>();
        var clauseStart = start;
        var weight = 1.0;
        var adversative = false;
        var inConcessive = false;

        void Close(int last)
        {
            if (Enumerable.Range(clauseStart, Math.Max(0, last - clauseStart + 1)).Any(t => Tokens[t].IsWord))
            {
                clauses.Add(new Clause(clauseStart, last, weight, adversative));
            }
        }

        var terms = text.TermsWithin(start, end).ToDictionary(term => term.First);
        for (var t = start; t <= end; t++)
        {
            var kind = Tokens[t].Kind;
            if (kind is TokenKind.SentenceEnd or TokenKind.Semicolon or TokenKind.LineBreak
                || (kind == TokenKind.Comma && inConcessive))
            {
                Close(kind == TokenKind.Comma ? t : t - 1);
                (clauseStart, weight, adversative, inConcessive) = (t + 1, 1.0, false, false);
            }
            else if (terms.TryGetValue(t, out var term) && term.Kind is LexiconTermKind.Adversative or LexiconTermKind.Concessive)
            {
                Close(t - 1);
                var concessive = term.Kind == LexiconTermKind.Concessive;
                (clauseStart, weight, adversative, inConcessive) = (t, concessive ? term.Value : 1.0, !concessive, concessive);
                t = term.Last;
            }
        }

        Close(end);
        foreach (var clause in clauses)
        {
            for (var m = 0; m < mentions.Count; m++)
            {
                if (mentions[m].First >= clause.Start && mentions[m].First <= clause.End)
                {
                    clause.Mentions.Add(m);
                }
            }

            clause.Comparison = FindComparison(clause);
        }

        return clauses;
    }

    private (Term Pivot, int ObjectMention)? FindComparison(Clause clause)
    {
        foreach (var term in text.TermsWithin(clause.Start, clause.End))
        {
            if (term.Kind is not (LexiconTermKind.Comparison or LexiconTermKind.Preference or LexiconTermKind.ComparisonVerb))
            {
                continue;
            }

            var window = term.Kind == LexiconTermKind.Preference ? 1 : ComparisonObjectWindow;
            for (var t = term.Last + 1; t <= Math.Min(clause.End, term.Last + window) && Tokens[t].IsWord; t++)
            {
                if (mentionAt[t] >= 0)
                {
                    return (term, mentionAt[t]);
                }
            }
        }

        return null;
    }

    private void AssignOwners(List<Clause> clauses)
    {
        bool? previousOwner = null;
        foreach (var clause in clauses)
        {
            var subjects = clause.Mentions.Where(m => m != clause.Comparison?.ObjectMention).ToList();
            clause.HasOwnBrand = subjects.Count > 0;
            if (clause.HasOwnBrand)
            {
                clause.OwnedByTarget = subjects.Any(m => mentions[m].IsTarget);
                previousOwner = clause.OwnedByTarget;
            }
            else if (previousOwner is { } owner)
            {
                clause.OwnedByTarget = owner;
            }
        }

        // Clauses before the first named brand ("Although pricey, Asana …") belong to that brand.
        var firstNaming = clauses.FindIndex(clause => clause.HasOwnBrand);
        for (var c = 0; c < firstNaming; c++)
        {
            clauses[c].OwnedByTarget = clauses[firstNaming].OwnedByTarget;
        }
    }

    /// <summary>The tokens of a clause that speak about the target when other brands are named in it too.</summary>
    private (int Low, int High) TargetStretch(Clause clause)
    {
        var subjects = clause.Mentions.Where(m => m != clause.Comparison?.ObjectMention).ToList();
        var targets = subjects.Where(m => mentions[m].IsTarget).ToList();
        var others = subjects.Where(m => !mentions[m].IsTarget).ToList();
        var groupStart = mentions[targets[0]].First;
        var groupEnd = mentions[targets[^1]].Last;

        var low = clause.Start;
        foreach (var other in others.Where(m => mentions[m].Last < groupStart).Reverse())
        {
            var between = Enumerable.Range(mentions[other].Last + 1, groupStart - mentions[other].Last - 1).ToList();
            if (between.All(IsConjunction))
            {
                groupStart = mentions[other].First;
                continue;
            }

            var breaker = between.LastOrDefault(t => Tokens[t].Kind == TokenKind.Comma || (Tokens[t].IsWord && StretchBreakers.Contains(Tokens[t].Text)), -1);
            if (breaker < 0 || (Tokens[groupStart - 1].IsWord && ObjectPrepositions.Contains(Tokens[groupStart - 1].Text)))
            {
                // "Freshdesk is a cheaper alternative to Zendesk with …": the target is an object in the other
                // brand's statement, which says nothing about the target itself.
                return (groupStart, groupEnd);
            }

            low = breaker + 1;
            break;
        }

        var high = clause.End;
        foreach (var other in others.Where(m => mentions[m].First > groupEnd))
        {
            var between = Enumerable.Range(groupEnd + 1, mentions[other].First - groupEnd - 1).ToList();
            if (between.All(IsConjunction))
            {
                groupEnd = mentions[other].Last;
                continue;
            }

            high = mentions[other].First - 1;
            break;
        }

        return (low, high);
    }

    private bool IsConjunction(int token) =>
        Tokens[token].Kind == TokenKind.Comma || (Tokens[token].IsWord && Conjunctions.Contains(Tokens[token].Text));

    /// <summary>
    /// Adds the polarity terms in <paramref name="low"/>..<paramref name="high"/>, skipping brand names and what follows
    /// a comparison pivot, each multiplied by its modifiers and <paramref name="weight"/>.
    /// </summary>
    private void AddTerms(Evidence evidence, Clause clause, int low, int high, (Term Pivot, int ObjectMention)? comparison, double weight)
    {
        // What follows the pivot up to the next comma is the object and dimension ("than Trello in simplicity"),
        // about neither side; after a comma the clause goes on about its subject ("Compared to Trello, Asana is …").
        var skipFrom = comparison is { } c ? c.Pivot.Last + 1 : int.MaxValue;
        var skipTo = comparison is { } d ? NextCommaOrEnd(mentions[d.ObjectMention].Last, clause.End) : int.MinValue;
        foreach (var term in text.TermsWithin(low, high))
        {
            if ((term.First >= skipFrom && term.First <= skipTo) || CoversMention(term))
            {
                continue;
            }

            var counts = term.Kind == LexiconTermKind.Polarity
                || term.Kind == LexiconTermKind.ComparisonVerb
                || (term.Kind == LexiconTermKind.Preference && comparison?.Pivot == term);
            if (counts)
            {
                var (factor, hedged) = Modifiers(term, clause);
                evidence.Add(term.Value * factor * weight, hedged);
            }
        }
    }

    private int NextCommaOrEnd(int from, int end)
    {
        while (from < end && Tokens[from].Kind != TokenKind.Comma)
        {
            from++;
        }

        return from;
    }

    private bool CoversMention(Term term)
    {
        for (var t = term.First; t <= term.Last; t++)
        {
            if (mentionAt[t] >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private (double Factor, bool Hedged) Modifiers(Term term, Clause clause)
    {
        var factor = 1.0;
        var t = term.First - 1;
        while (t >= clause.Start && text.TermEndingAt(t) is { Kind: LexiconTermKind.Intensifier } intensifier)
        {
            factor *= intensifier.Value;
            t = intensifier.First - 1;
        }

        for (var k = term.First - 1; k >= Math.Max(clause.Start, term.First - NegationWindow) && Tokens[k].IsWord; k--)
        {
            var before = text.TermEndingAt(k);
            if (before is { Kind: LexiconTermKind.Negator } negator)
            {
                factor *= negator.Value;
                break;
            }

            if (before is { Kind: LexiconTermKind.Polarity })
            {
                break;
            }
        }

        foreach (var hedge in text.TermsWithin(clause.Start, term.First - 1))
        {
            if (hedge.Kind == LexiconTermKind.Hedge)
            {
                return (factor * hedge.Value, true);
            }
        }

        return (factor, false);
    }
}
