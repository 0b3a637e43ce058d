namespace Aeo.Analysis.Brands;

/// <summary>
/// Whether an answer names a brand to say the engine knows nothing about it. A sentence holding one of its mentions
/// says so, about the brand:
/// <list type="bullet">
/// <item>a cue that takes an object ("I couldn't find reliable information about X", "I don't have any reliable
/// information on X", "I'm not familiar with X", "never heard of X", "I don't know X", "I can't vouch for X", "I
/// haven't come across X", "I can't assess X", "there isn't much information about X") with the brand as that object:
/// it follows within a few words after "about", "on", "of", "for", "regarding" or "with", alone or in a list ("about
/// Acme or Beta"); or "either", "both" or "them" follows and the brand was named with others just before; or "it",
/// "this one"
/// or "the company" follows and the brand is the one named last, in that sentence or the one before ("Ledgerly, but I
/// couldn't find reliable information about it", "You may see Acme. I couldn't find anything about it."); or the cue
/// has no object at all ("there are no independent reviews, audits or …", "I couldn't find anything I can confirm")
/// and the brand is the only tracked one its sentence names, or is in the list a relative clause holding the cue
/// follows ("Acme and Beta, which I'm not familiar with");</item>
/// <item>the brand first, then what the engine cannot say of it ("X is not a brand I recognise", "X is new to me",
/// "X doesn't appear in my sources", "Acme: I couldn't find much on it"), with no other tracked brand between;</item>
/// <item>"information on X is scarce" (or thin, sparse, hard to find, unavailable).</item>
/// </list>
/// Not a possessive attribute: "no information about Zoom's BAA pricing" is a gap in what the engine knows about one
/// plan, not about the brand; and not "information about whether Beta offers a BAA".
/// </summary>
internal static partial class UnknownToEngineRule
{
    // Every alternative of Cue() and of ScarceInformation() needs one of these words, so a sentence without any is not matched.
    private static readonly RequiredWords CueWords = new(
        ["find", "locate", "verify", "confirm", "have", "info", "details", "data", "reviews", "record", "familiar", "heard",
         "aware", "know", "vouch", "speak", "comment", "assess", "evaluat", "rate", "judge", "across", "recogni"]);

    private static readonly RequiredWords ScarceWords = new(["scarce", "thin", "sparse", "hard", "available"]);

    private const int MaxObjectReach = 40;
    private const int MaxSubjectReach = 80;

    /// <param name="others">The mentions of every other tracked brand in the answer.</param>
    public static bool Applies(SentenceIndex sentences, IReadOnlyList<MentionSpan> spans, IReadOnlyList<MentionSpan> others)
    {
        var plain = sentences.Plain;
        foreach (var span in spans)
        {
            var own = sentences.IndexOf(span.Start);
            if (own < 0)
            {
                continue;
            }

            if (SaidOfTheBrand(plain, sentences.All[own], span, others))
            {
                return true;
            }

            // The sentence naming the brand, and the next one, which may say "I couldn't find anything about it".
            for (var index = own; index <= own + 1 && index < sentences.All.Count; index++)
            {
                if (SentenceSaysItIsUnknown(sentences, index, spans, others))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool SentenceSaysItIsUnknown(SentenceIndex sentences, int index, IReadOnlyList<MentionSpan> spans, IReadOnlyList<MentionSpan> others)
    {
        var plain = sentences.Plain;
        var sentence = sentences.All[index];
        foreach (var cue in sentences.Matches(Cue(), index, CueWords))
        {
            var cueStart = sentence.Start + cue.Index;
            var after = cueStart + cue.Length;
            if (ObjectIsTheBrand(plain, after, sentence, spans, others)
                || (PronounFollows(plain, after, sentence, plural: false) && LastNamedBefore(cueStart, spans, others, sentences, index))
                || (PronounFollows(plain, after, sentence, plural: true) && NamedAmongOthersBefore(cueStart, spans, others, sentences, index))
                || (ObjectMissing(plain, after, sentence)
                    && (OnlyBrandNamedIn(sentence, spans, others) || InListBeforeRelative(plain, cueStart, sentence, spans, others))))
            {
                return true;
            }
        }

        if (sentences.Matches(ScarceInformation(), index, ScarceWords).Count > 0)
        {
            foreach (var cue in sentences.Matches(InformationAbout(), index))
            {
                if (ObjectIsTheBrand(plain, sentence.Start + cue.Index + cue.Length, sentence, spans, others))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Acme and Beta, which I'm not familiar with": the brand is in the list a relative clause holding the cue follows.
    private static bool InListBeforeRelative(
        ReadOnlySpan<char> plain, int cueStart, Sentences.Sentence sentence, IReadOnlyList<MentionSpan> spans, IReadOnlyList<MentionSpan> others)
    {
        var all = spans.Concat(others).Where(s => s.Start >= sentence.Start && s.End <= cueStart).OrderBy(s => s.Start).ToList();
        if (all.Count == 0 || !Relative().IsMatch(plain[all[^1].End..cueStart].ToString()))
        {
            return false;
        }

        for (var i = all.Count - 1; i >= 0; i--)
        {
            if (spans.Contains(all[i]))
            {
                return true;
            }

            if (i == 0 || !IsListGap(plain[all[i - 1].End..all[i].Start]))
            {
                return false;
            }
        }

        return false;
    }

    private static bool NamedAmongOthersBefore(
        int cueStart, IReadOnlyList<MentionSpan> spans, IReadOnlyList<MentionSpan> others, SentenceIndex sentences, int index)
    {
        bool Near(MentionSpan s) => s.End <= cueStart && sentences.IndexOf(s.Start) >= index - 1;
        return spans.Any(Near) && others.Any(Near);
    }

    // "X is not a brand I recognise": the ignorance follows the mention, with no other brand between.
    private static bool SaidOfTheBrand(ReadOnlySpan<char> plain, Sentences.Sentence sentence, MentionSpan span, IReadOnlyList<MentionSpan> others)
    {
        var reach = Math.Min(sentence.End, span.End + MaxSubjectReach);
        var after = AfterTheBrand().Match(plain[span.End..reach].ToString());
        return after.Success && !others.Any(other => other.Start >= span.End && other.Start < span.End + after.Index);
    }

    // "… about it", "… on this one" (or, plural, "… about either of them"): a pronoun is the cue's object.
    private static bool PronounFollows(ReadOnlySpan<char> plain, int after, Sentences.Sentence sentence, bool plural)
    {
        var tail = plain[after..Math.Min(sentence.End, after + MaxObjectReach)].ToString();
        var pronoun = (plural ? PluralPronoun() : Pronoun()).Match(tail);
        return pronoun.Success && IsObjectGap(tail.AsSpan(0, pronoun.Index), allowEmpty: true);
    }

    // The tracked brand named last before the cue is this one, in the cue's sentence or the one before it.
    private static bool LastNamedBefore(int cueStart, IReadOnlyList<MentionSpan> spans, IReadOnlyList<MentionSpan> others, SentenceIndex sentences, int index)
    {
        var own = spans.Where(s => s.End <= cueStart).Select(s => s.Start).DefaultIfEmpty(-1).Max();
        var other = others.Where(s => s.End <= cueStart).Select(s => s.Start).DefaultIfEmpty(-1).Max();
        return own > other && sentences.IndexOf(own) >= index - 1;
    }

    // "… there are no independent reviews, audits or …", "… couldn't find anything I can confirm.": the cue ends its clause.
    private static bool ObjectMissing(ReadOnlySpan<char> plain, int after, Sentences.Sentence sentence)
    {
        var tail = plain[after..sentence.End].TrimStart();
        return tail.IsEmpty || tail[0] is ',' or ';' or ':' or '—' or '–' or ')' or '(' or '.' or '!' or '?'
            || MissingObject().IsMatch(tail.ToString());
    }

    private static bool OnlyBrandNamedIn(Sentences.Sentence sentence, IReadOnlyList<MentionSpan> spans, IReadOnlyList<MentionSpan> others) =>
        spans.Any(s => sentence.Contains(s.Start)) && !others.Any(s => sentence.Contains(s.Start));

    // The cue's object, or a list of them ("information about Acme or Beta"), holds a mention of the brand.
    private static bool ObjectIsTheBrand(
        ReadOnlySpan<char> plain, int after, Sentences.Sentence sentence, IReadOnlyList<MentionSpan> spans, IReadOnlyList<MentionSpan> others)
    {
        var reach = Math.Min(sentence.End, after + MaxObjectReach);
        var all = spans.Concat(others).Where(s => s.Start >= after && s.Start < sentence.End).OrderBy(s => s.Start).ToList();
        if (all.Count == 0 || all[0].Start >= reach || !IsObjectGap(plain[after..all[0].Start], allowEmpty: true))
        {
            return false;
        }

        for (var i = 0; i < all.Count; i++)
        {
            if (spans.Contains(all[i]) && !IsPossessive(plain, all[i].End))
            {
                return true;
            }

            if (i + 1 == all.Count || !IsListGap(plain[all[i].End..all[i + 1].Start]))
            {
                return false;
            }
        }

        return false;
    }

    // Between two names of a list: ", ", " and ", " or ", " nor ", ", or ".
    private static bool IsListGap(ReadOnlySpan<char> gap)
    {
        var words = gap.ToString().Replace(",", " , ", StringComparison.Ordinal).Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length is 1 or 2 && words.All(word => word is "," or "and" or "or" or "nor" or "&" or "/");
    }

    // Between the cue and its object: nothing, or a preposition with at most an article, after at most one word
    // ("anything reliable about it").
    private static bool IsObjectGap(ReadOnlySpan<char> gap, bool allowEmpty)
    {
        var words = gap.ToString().Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        var skip = words.Length > 1 && !Prepositions.Contains(words[0]) && Prepositions.Contains(words[1]) ? 1 : 0;
        var rest = words[skip..];
        return (allowEmpty && words.Length == 0)
            || (rest.Length is 1 or 2 && Prepositions.Contains(rest[0]) && (rest.Length == 1 || rest[1] is "the" or "a" or "an"));
    }

    private static readonly HashSet<string> Prepositions = new(["about", "on", "of", "for", "regarding", "with", "into"], StringComparer.OrdinalIgnoreCase);

    private static bool IsPossessive(ReadOnlySpan<char> plain, int end) =>
        end + 1 < plain.Length && plain[end] is '\'' or '’' && plain[end + 1] == 's';

    [GeneratedRegex(
        @"\b(?:(?:could\s*n['’]?t|could\s+not|can['’]?t|cannot|was\s*n['’]?t\s+able\s+to|was\s+unable\s+to|am\s+unable\s+to|['’]m\s+unable\s+to|unable\s+to|not\s+able\s+to|did\s*n['’]?t|did\s+not)\s+(?:find|locate|verify|confirm)\b[^.;!?]{0,60}?\b(?:information|info|details|data|reviews|specs|evidence|coverage|documentation|anything|much)(?:,?\s+(?:or|and)\s+(?:[\w-]+\s+)?(?:information|info|details|data|reviews|specs|evidence|coverage|documentation))*"
        + @"|(?:do\s*n['’]?t|do\s+not|does\s*n['’]?t|does\s+not)\s+have\s+(?:any\s+)?(?:[\w-]+,?\s+){0,2}?(?:information|info|details|data)"
        + @"|\bno\s+(?:[\w-]+\s+){0,2}?(?:information|info|details|data|reviews|record)"
        + @"|(?:not|n['’]t)\s+(?:really\s+)?familiar\s+with|\bunfamiliar\s+with|\bnever\s+heard\s+of|\bhave\s*n['’]?t\s+heard\s+of|\bnot\s+aware\s+of|\bno\s+knowledge\s+of"
        + @"|\b(?:I|we)\s+(?:do\s*n['’]?t|do\s+not)\s+know(?:\s+(?:much|anything|a\s+lot))?(?:\s+(?:about|of))?"
        + @"|\b(?:I|we)\s+(?:can['’]?t|cannot|could\s*n['’]?t|could\s+not)\s+(?:vouch|speak|comment)\s+(?:for|to|on)"
        + @"|\b(?:I|we)(?:['’]m|\s+am|['’]re|\s+are)?\s+(?:can['’]?t|cannot|could\s*n['’]?t|could\s+not|unable\s+to|not\s+able\s+to)\s+(?:assess|evaluate|rate|judge)"
        + @"|\b(?:have\s*n['’]?t|have\s+not|never)\s+(?:come|run)\s+across|\b(?:I|we)\s+(?:do\s*n['’]?t|do\s+not)\s+recogni[sz]e"
        + @"|\b(?:is\s*n['’]?t|is\s+not|there['’]?s\s+not|there\s+is\s+not)\s+(?:much|any|enough)\s+(?:[\w-]+\s+){0,2}?(?:information|info|details|data|reviews))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Cue();

    [GeneratedRegex(@"\b(?:it|them|(?:this|that|the)\s+(?:one|brand|company|product|service|app|tool|platform|provider|name|vendor))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pronoun();

    [GeneratedRegex(
        @"\b(?:I\s+(?:do\s*n['’]?t|do\s+not|can['’]?t|cannot|could\s*n['’]?t|could\s+not)\s+(?:recogni[sz]e|know\s+(?:much|anything)|find\s+(?:much|anything))"
        + @"|(?:unknown|unfamiliar|new)\s+to\s+me|\bI\s+have\s+(?:no|little|very\s+little)\s+(?:[\w-]+\s+){0,2}?(?:information|info|data|details|knowledge)"
        + @"|(?:does\s*n['’]?t|does\s+not|did\s*n['’]?t|did\s+not)\s+(?:appear|show\s+up|come\s+up)\s+in\s+(?:my|the|any)\s+(?:sources|data|training|results|knowledge)"
        + @"|is\s*(?:n['’]?t|\s+not)\s+(?:a\s+)?(?:something|one|brand|name|company|product|service)\s+I\s+(?:know|recogni[sz]e|have|am\s+familiar))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AfterTheBrand();

    [GeneratedRegex(@"^(?:I\s+(?:can|could)\b|(?:that|which)\s+I\b|online\b|anywhere\b|yet\b|so\s+far\b|for\s+now\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MissingObject();

    [GeneratedRegex(@"^\s*,?\s*(?:which|that|whom)\s+(?:I|we)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Relative();

    [GeneratedRegex(@"\b(?:either|both|them|these|those|any|all|each|neither)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PluralPronoun();

    [GeneratedRegex(@"\b(?:information|info|details|data|reviews|coverage)\s+(?:about|on|for|of)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InformationAbout();

    [GeneratedRegex(@"\b(?:scarce|thin|sparse|hard\s+to\s+(?:find|come\s+by)|unavailable|not\s+available)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ScarceInformation();
}
