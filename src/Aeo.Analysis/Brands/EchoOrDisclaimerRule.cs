namespace Aeo.Analysis.Brands;

/// <summary>
/// Whether an answer names a brand only while echoing the question or in a disclaimer, never to say anything about
/// it: every one of its mentions lies in
/// <list type="bullet">
/// <item>an echo: the opening clause (up to the first comma, semicolon, colon or dash) of a sentence that restates the
/// asker's situation, "Since you're leaving Evernote, …", "You mentioned you're already evaluating Zoho Desk, so …",
/// "As you currently use Copper, …"; when the question is known and names the brand, any opening "since", "as",
/// "because", "given", "now that", "after" or "if" clause counts too ("Since HelloFresh felt like too much work, …"),
/// and so does an opening sentence that asks the question back ("Looking for an alternative to Evernote?") or a
/// sentence that restates the question (half its content words or more, three or more of them) naming the brand as
/// the asker's point of reference ("Here are the best alternatives to Evernote for …", "… switching from Evernote",
/// "… cheaper than Evernote"), not as its subject ("Evernote is a good fit for …" answers the question); a lead-in
/// such as "Great question —" is passed over; openings
/// that move the asker off a product ("Coming from Evernote, …", "As a Copper user, …", "For a team already on
/// Copper, …") need no question;</item>
/// <item>a disclaimer: a sentence that marks the answer's scope ("This comparison doesn't cover … Sage 50", "I haven't
/// covered Webex", "Acme isn't included here", "I've left out Acme"), disowns a tie ("I'm not affiliated with
/// Surfshark, NordVPN or …", "not sponsored by", trademarks "of their respective owners"), warns that the engine's
/// knowledge may be out of date, or, written as a note (in italics, in parentheses, after "Note:" or "Disclaimer:",
/// in a quote, or in the closing paragraph of several), warns that plans and prices change ("*Note: Brevo and other vendors update
/// their plans frequently; verify features and pricing …*", "prices may change", "subject to change").</item>
/// </list>
/// A scope sentence has the answer or the engine as its subject, so "Gusto doesn't cover contractors" is a fact about
/// Gusto, not a disclaimer.
/// </summary>
internal static partial class EchoOrDisclaimerRule
{
    /// <param name="question">The question's content words when the question is known and names the brand; null otherwise.</param>
    public static bool Applies(SentenceIndex sentences, string original, IReadOnlyList<MentionSpan> spans, IReadOnlySet<string>? question)
    {
        var namedInQuestion = question is not null;
        if (spans.Count == 0)
        {
            return false;
        }

        var lastParagraph = LastParagraphStart(original);
        foreach (var span in spans)
        {
            var index = sentences.IndexOf(span.Start);
            if (index < 0)
            {
                return false;
            }

            var sentence = sentences.All[index];
            var echoEnd = sentences.Verdict(EchoClause, index, static (all, i) => OpeningClauseEnd(all, i, EchoOpening()));
            var inEcho = span.Start < echoEnd
                || (namedInQuestion && span.Start < sentences.Verdict(SubordinateClause, index, static (all, i) => OpeningClauseEnd(all, i, SubordinateOpening())))
                || (namedInQuestion && index == 0 && sentences.TextOf(index).TrimEnd().EndsWith("?"))
                || (question is not null && RestatesTheQuestion(sentences.TextOf(index), question)
                    && RelationalBefore().IsMatch(sentences.Plain[sentence.Start..span.Start]));
            if (!inEcho && !sentences.Verdict(Disclaimer, index, (all, i) => IsDisclaimer(all, i, original, lastParagraph)))
            {
                return false;
            }
        }

        return true;
    }

    // Every alternative of ScopeOrTie() and of PlansChange() needs one of these words (or, "as of 2025", a digit), so a
    // sentence without any is not matched.
    private static readonly RequiredWords ScopeOrTieWords = new(
        ["compar", "overview", "list", "guide", "answer", "roundup", "article", "table", "review", "summary", "rank",
         "recommend", "cover", "includ", "test", "look", "left", "exclud", "omit", "skip", "consider", "part", "affiliat",
         "sponsor", "endorse", "paid", "ties", "connection", "relationship", "trademark", "owners", "info", "know", "data",
         "update", "training", "scope"]);

    private static readonly RequiredWords PlansChangeWords = new(
        ["update", "change", "vary", "varies", "verify", "check", "accurate", "correct", "confirm"], orDigit: true);

    // The rule's per-sentence verdicts: where an opening echo clause ends (or -1), the same for any subordinate opening,
    // and whether the sentence is a disclaimer.
    private static readonly object EchoClause = new();
    private static readonly object SubordinateClause = new();
    private static readonly object Disclaimer = new();

    // Where the sentence's opening clause ends if, after a lead-in ("Great question —"), it opens as the pattern says; -1 otherwise.
    private static int OpeningClauseEnd(SentenceIndex sentences, int index, Regex opening)
    {
        var text = sentences.TextOf(index);
        var start = text.Length - text.TrimStart().Length;
        foreach (var leadIn in LeadIn().EnumerateMatches(text[start..]))
        {
            start += leadIn.Length;
            break;
        }

        return opening.IsMatch(text[start..]) ? sentences.All[index].Start + start + ClauseLength(text[start..]) : -1;
    }

    /// <summary>The words of a text that carry its content: three letters or more, lower-cased, no common function word.</summary>
    public static IReadOnlySet<string> ContentWords(ReadOnlySpan<char> text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var match in Word().EnumerateMatches(text))
        {
            var word = text.Slice(match.Index, match.Length).ToString().ToLowerInvariant();
            if (word.Length >= 3 && !FunctionWords.Contains(word))
            {
                words.Add(word);
            }
        }

        return words;
    }

    // A sentence holding at least half of the question's content words (three or more of them) asks it again.
    private static bool RestatesTheQuestion(ReadOnlySpan<char> sentence, IReadOnlySet<string> question)
    {
        if (question.Count < 3)
        {
            return false;
        }

        var words = ContentWords(sentence);
        return question.Count(words.Contains) * 2 >= question.Count;
    }

    private static readonly HashSet<string> FunctionWords = new(
        ["the", "and", "for", "but", "with", "you", "your", "are", "was", "were", "what", "which", "who", "how", "why", "when",
         "where", "that", "this", "these", "those", "from", "into", "about", "should", "would", "could", "can", "will", "does",
         "did", "have", "has", "had", "any", "our", "ours", "its", "it's", "them", "they", "their", "there", "than", "then",
         "best", "good", "better", "use", "using", "some", "more", "most", "very", "just", "also", "not", "all", "one"],
        StringComparer.Ordinal);

    private static bool IsDisclaimer(SentenceIndex sentences, int index, ReadOnlySpan<char> original, int lastParagraph)
    {
        if (sentences.Matches(ScopeOrTie(), index, ScopeOrTieWords).Count > 0)
        {
            return true;
        }

        if (sentences.Matches(PlansChange(), index, PlansChangeWords).Count == 0)
        {
            return false;
        }

        var sentence = sentences.TextOf(index);
        var start = sentences.All[index].Start;
        var note = NoteOpening().IsMatch(sentence.TrimStart());
        var lineStart = original[..start].LastIndexOf('\n') + 1;
        var line = original[lineStart..].TrimStart();
        var italic = line.Length > 1 && line[0] is '*' or '_' && line[1] != ' ';
        return start >= lastParagraph || italic || line.StartsWith('(') || line.StartsWith('>')
            || note;
    }

    // The opening clause: up to the first comma, semicolon, colon or spaced dash.
    private static int ClauseLength(ReadOnlySpan<char> sentence)
    {
        for (var i = 0; i < sentence.Length; i++)
        {
            if (sentence[i] is ',' or ';' or ':' or '—' or '–' || (sentence[i] == '-' && i > 0 && sentence[i - 1] == ' '))
            {
                return i;
            }
        }

        return sentence.Length;
    }

    // Where the closing paragraph of an answer of several paragraphs starts; past the end when there is only one.
    private static int LastParagraphStart(ReadOnlySpan<char> text)
    {
        var end = text.TrimEnd().Length;
        var blank = text[..end].LastIndexOf("\n\n");
        return blank < 0 ? int.MaxValue : blank + 2;
    }

    [GeneratedRegex(
        @"^(?:(?:since|as|because|given(?:\s+that)?|now\s+that|if|when|while)\s+(?:you|your)\b"
        + @"|you(?:['’]re|\s+are|['’]ve|\s+have)?\s+(?:mentioned|said|noted|asked|wrote|told|already|currently|use|using|tried|been|moving|switching|leaving|evaluating|considering|coming)\b"
        + @"|(?:coming|moving|switching|migrating)\s+(?:away\s+)?(?:from|off)\b|(?:after\s+)?leaving\b"
        + @"|as\s+an?\s+[\w.&-]+(?:\s+[\w.&-]+)?\s+(?:user|customer)\b"
        + @"|for\s+(?:a|your)\s+(?:team|company|business|store|shop|firm)\s+(?:that['’]s\s+)?(?:already\s+|currently\s+)?(?:on|using|with)\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EchoOpening();

    [GeneratedRegex(@"^(?:(?:great|good|fair)\s+question|ok(?:ay)?|so|honestly|well|sure)\s*[,!.:—–-]+\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadIn();

    [GeneratedRegex(@"^(?:note|please\s+note|disclaimer|caveat|heads-up|fine\s+print)\b|^note\s+that\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoteOpening();

    // The asker's product as a point of reference: "alternatives to X", "switch from X", "instead of X", "cheaper than X".
    [GeneratedRegex(
        @"\b(?:alternatives?|replacements?|substitutes?|competitors?|rivals?)\s+(?:to|for|of)\s+(?:[\w'’-]+\s+){0,1}$|\b(?:instead\s+of|rather\s+than|other\s+than|than|besides|similar\s+to|away\s+from|from|off|over)\s+$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelationalBefore();

    [GeneratedRegex(@"[\p{L}][\p{L}'’-]*", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    [GeneratedRegex(@"^(?:since|as|because|given(?:\s+that)?|now\s+that|after|if|when)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubordinateOpening();

    [GeneratedRegex(
        @"\b(?:this|these|my|the)\s+(?:comparison|overview|list|guide|answer|roundup|article|table|review|summary|shortlist|ranking|recommendations?)s?\s+(?:does\s*n['’]?t|does\s+not|do\s*n['’]?t|do\s+not|is\s*n['’]?t|excludes|leaves\s+out|omits|skips)\b"
        + @"|\bI\s*(?:have|['’]ve|did|do)?\s*(?:n['’]?t|not)\s+(?:cover(?:ed)?|include[d]?|review(?:ed)?|test(?:ed)?|look(?:ed)?\s+at|compare[d]?)\b"
        + @"|\b(?:I|we)(?:['’]ve|\s+have)?\s+(?:left\s+out|excluded|omitted|skipped)\b"
        + @"|\b(?:is|are|was|were)\s*(?:n['’]?t|\s+not)\s+(?:covered|included|reviewed|listed|considered|tested|ranked)\s+(?:here|in\s+this)\b"
        + @"|\bnot\s+(?:covered|included|reviewed|listed)\s+here\b|\b(?:left\s+out|excluded|omitted)\s+(?:here|from\s+this)\b"
        + @"|\b(?:is|are|was|were)\s*(?:n['’]?t|\s+not)\s+part\s+of\s+(?:this|the|my)\s+(?:comparison|overview|list|guide|answer|roundup|review|shortlist|ranking)\b"
        + @"|^\s*(?:excluded|not\s+covered|not\s+reviewed|not\s+included)\s*:"
        + @"|\b(?:this|these|my|the)\s+(?:comparison|overview|list|guide|answer|roundup|article|table|review|summary|shortlist|ranking)s?\s+(?:focuses\s+on|is\s+limited\s+to|only\s+covers|covers\s+only)\b"
        + @"|\b(?:not|n['’]t)\s+affiliated\b|\bno\s+affiliation\b|\bnot\s+(?:sponsored|endorsed|paid)\s+by\b|\bnot\s+an\s+endorsement\b"
        + @"|\bno\s+(?:ties|connection|relationship|commercial\s+relationship)\s+(?:to|with)\b|\btrademarks?\s+of\b|\brespective\s+owners\b"
        + @"|\b(?:my|this)\s+(?:information|knowledge|data)\s+(?:may|might|could)\s+be\s+(?:out\s+of\s+date|outdated|stale|incomplete)\b"
        + @"|\bas\s+of\s+my\s+(?:last|latest)\s+(?:update|training)\b|\bknowledge\s+cut-?off\b"
        + @"|\b(?:outside|beyond)\s+(?:the\s+)?scope\b|\bout\s+of\s+scope\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ScopeOrTie();

    [GeneratedRegex(
        @"\b(?:update|change)s?\s+(?:their|its)\s+(?:plans|pricing|prices|features)\b"
        + @"|\b(?:prices|pricing|plans|features)\b[^.;]{0,40}?\b(?:change|changes|vary|varies)\b|\bas\s+of\s+(?:early\s+|late\s+|mid-?)?(?:[A-Za-z]+\s+)?\d{4}\b"
        + @"|\bverify\s+(?:the\s+)?(?:current\s+)?(?:features|pricing|plans|prices)\b|\bcheck\s+(?:the\s+)?current\s+(?:plans|pricing|prices)\b"
        + @"|\bprices?\s+(?:may|can|might|could)\s+(?:change|vary)\b|\b(?:pricing|prices)\s+(?:is|are|was|were)\s+(?:accurate|correct)\s+as\s+of\b"
        + @"|\bsubject\s+to\s+change\b|\bcheck\s+(?:with\s+)?(?:each|the)\s+vendor|\bconfirm\s+(?:the\s+)?(?:current\s+)?(?:pricing|prices|plans|features)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PlansChange();
}
