namespace Aeo.Analysis.Sentiment.Lexicon;

/// <summary>
/// Reads one brand across a whole answer into <see cref="StanceFeatures"/>: each of its mentions is judged by
/// <see cref="MentionEvaluator"/> (a mention whose region another of its mentions already covered adds nothing, so a
/// list item naming the brand twice is read once) and its evidence is filed under the zone of the mention's line
/// (<see cref="AnswerLayout"/>). A mention in a sentence saying the engine knows nothing about the brand makes the
/// brand unknown; a mention in a disclaimer, or in a sentence that restates the asker's situation ("Since you're
/// moving off X") when the question names the brand, or in passing in a sub-bullet of another brand's list item
/// (<see cref="ListItemOwner"/>), is an aside and adds nothing.
/// </summary>
internal static class StanceEvaluator
{
    private const int SentenceReach = 400;

    /// <param name="evidenceByMention">
    /// When given (one slot per mention of the target), receives the evidence of each mention that was read, so a
    /// caller reading the same mentions against the same other mentions need not read them again.
    /// </param>
    public static StanceReading Read(
        AnalyzedText text, AnswerLayout layout, SentimentTarget target, IReadOnlyList<BrandSpan> others, Evidence?[]? evidenceByMention = null)
    {
        var readings = new List<ZonedReading>();
        double verdictPositive = 0, verdictNegative = 0, bodyPositive = 0, bodyNegative = 0, tablePositive = 0, tableNegative = 0;
        int picks = 0, avoidItems = 0, recommendItems = 0;
        var knowsNothing = false;
        var asides = 0;
        var regions = new List<(int Start, int End)>();
        var questionNamesBrand = target.Question is { } question
            && question.Contains(target.Brand, StringComparison.OrdinalIgnoreCase);
        for (var index = 0; index < target.Mentions.Count; index++)
        {
            var mention = target.Mentions[index];
            var sentence = Sentence(text.Text, mention);
            if (StanceCues.Contains(sentence, StanceCues.KnowsNothing) || StanceCues.Contains(sentence, StanceCues.Unverified)
                || NextSaysNothingKnown(text.Text, mention, others))
            {
                knowsNothing = true;
                continue;
            }

            var zone = layout.ZoneAt(mention.Start);
            if (zone == AnswerZone.Disclaimer
                || ListItemOwner.IsReferenceInOtherBrandsItem(target.Text, mention, others)
                || (questionNamesBrand && StanceCues.EchoOpenings.Any(opening => sentence.StartsWith(opening, StringComparison.Ordinal))))
            {
                asides++;
                continue;
            }

            var siblings = others.Concat(target.Mentions.Where(other => other != mention));
            var reading = MentionEvaluator.Read(text, mention, siblings);
            if (evidenceByMention is not null)
            {
                evidenceByMention[index] = reading.Evidence;
            }

            var (evidence, regionStart, regionEnd, subject) = (reading.Evidence, reading.RegionStart, reading.RegionEnd, reading.Subject);
            var opensItem = OpensLine(text.Text, mention) || layout.IsHeadingAt(mention.Start);
            if (opensItem)
            {
                avoidItems += zone == AnswerZone.Avoid ? 1 : 0;
                recommendItems += zone == AnswerZone.Recommend ? 1 : 0;
            }

            if (Covers(regions, regionStart, regionEnd))
            {
                continue;
            }

            regions.Add((regionStart, regionEnd));
            readings.Add(new ZonedReading(reading, zone, opensItem));

            switch (zone)
            {
                case AnswerZone.Verdict:
                    verdictPositive += evidence.Positive;
                    verdictNegative += evidence.Negative;
                    // A pick: named as a subject in the verdict, praised there or named in its lead-in paragraph, and not criticised more than praised.
                    picks += subject && IsPicked(text.Text, mention) && evidence.Negative <= evidence.Positive
                        && (evidence.Positive > 0 || layout.IsLeadAt(mention.Start)) ? 1 : 0;
                    break;
                case AnswerZone.Table:
                    tablePositive += evidence.Positive;
                    tableNegative += evidence.Negative;
                    break;
                default:
                    bodyPositive += evidence.Positive;
                    bodyNegative += evidence.Negative;
                    break;
            }
        }

        var features = new StanceFeatures(
            verdictPositive, verdictNegative, picks, bodyPositive, bodyNegative, tablePositive, tableNegative,
            avoidItems, recommendItems, knowsNothing, OnlyAside: asides == target.Mentions.Count);
        return new StanceReading(features, readings);
    }

    private static bool Covers(List<(int Start, int End)> regions, int start, int end)
    {
        foreach (var region in regions)
        {
            if (region.Start <= start && end <= region.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The sentence holding the mention, lower-cased with plain apostrophes, for matching cues.</summary>
    private static string Sentence(string text, BrandSpan mention)
    {
        var (start, end) = SentenceBounds.Around(text, mention.Start, mention.End, SentenceReach);
        return text[start..end].Trim().ToLowerInvariant().Replace('’', '\'');
    }

    /// <summary>
    /// "You may come across X in forums. I don't have any reliable information about it", "### What about X?" and a
    /// paragraph saying as much: the sentence after the mention's (across one line break at most) says the engine
    /// knows nothing, and names no other brand.
    /// </summary>
    private static bool NextSaysNothingKnown(string text, BrandSpan mention, IReadOnlyList<BrandSpan> others)
    {
        var (_, end) = SentenceBounds.Around(text, mention.Start, mention.End, SentenceReach);
        var from = end;
        var lineBreaks = 0;
        while (from < text.Length && (char.IsWhiteSpace(text[from]) || text[from] is '#' or '*' or '>'))
        {
            lineBreaks += text[from] == '\n' ? 1 : 0;
            from++;
        }

        if (from >= text.Length || lineBreaks > 2)
        {
            return false;
        }

        var (start, nextEnd) = SentenceBounds.Around(text, from, Math.Min(text.Length, from + 1), SentenceReach);
        var next = text[start..nextEnd].ToLowerInvariant().Replace('’', '\'');
        return (StanceCues.Contains(next, StanceCues.KnowsNothing) || StanceCues.Contains(next, StanceCues.Unverified))
            && !others.Any(other => other.Start >= start && other.Start < nextEnd);
    }

    /// <summary>Whether the mention opens its clause or follows one of <see cref="StanceCues.PickWords"/>.</summary>
    private static bool IsPicked(string text, BrandSpan mention)
    {
        var at = mention.Start - 1;
        while (at >= 0 && char.IsWhiteSpace(text[at]) && text[at] != '\n')
        {
            at--;
        }

        if (at < 0 || text[at] is '\n' or ':' or ';' or '.' or ',' or '—' or '–' or '-' or '→' or '(' or '>')
        {
            return true;
        }

        var end = at + 1;
        while (at >= 0 && char.IsLetter(text[at]))
        {
            at--;
        }

        return StanceCues.PickWords.Contains(text[(at + 1)..end].ToLowerInvariant());
    }

    /// <summary>Whether only white space (blanked markup, a list number) comes before the mention on its line.</summary>
    private static bool OpensLine(string text, BrandSpan mention)
    {
        for (var at = mention.Start - 1; at >= 0 && text[at] != '\n'; at--)
        {
            if (!char.IsWhiteSpace(text[at]) && !char.IsAsciiDigit(text[at]) && text[at] is not ('.' or ')'))
            {
                return false;
            }
        }

        return true;
    }
}
