namespace Aeo.Analysis.Brands;

/// <summary>
/// What the layout and the next words say about a capitalised common word at the start of a sentence, for
/// <see cref="UsageEvidence"/>. <c>text</c> is the markup-blanked answer and <c>original</c> the answer itself (same
/// offsets). The cues, each a sign that the word names something rather than saying something:
/// <list type="bullet">
/// <item>a model name after it: capitalised or numbered tokens at least one of which is not a common word or has a
/// digit ("On Cloudmonster 2", "Puma Fast-R Nitro Elite 3", "Apple MacBook Air M3"), unlike "Close More Deals";</item>
/// <item>an emphasised lead: the word opens a bold or italic run holding nothing else but a model name ("**Notion**
/// is free", "**3. Workday** —", "**Puma Fast-R Nitro Elite 3**");</item>
/// <item>a heading that it opens, alone or with a model name, after an optional number ("### 3. Factor"), or that it
/// ends after a colon or dash ("## Best budget pick: Freshdesk");</item>
/// <item>a continuation a name takes and a common word rarely does: a verb of the kind that follows a product
/// ("Notion is", "Wave doesn't"), a conjunction ("Close and Pipedrive"), "if" or "for" as in a recommendation
/// ("Rippling if you want one system"), a product noun, punctuation ("Wave, popular in North America,"), a model
/// name, or the end of the line;
/// unlike "Bear in mind", "On balance" or "Close the loop".</item>
/// </list>
/// </summary>
internal static class BrandUseCues
{
    private static readonly HashSet<string> NameVerbs = new(
        [
            "is", "isn't", "was", "wasn't", "has", "hasn't", "had", "does", "doesn't", "did", "didn't", "can", "can't",
            "cannot", "could", "will", "won't", "would", "should", "may", "might", "must", "offers", "offered", "remains",
            "works", "lets", "gives", "costs", "starts", "supports", "includes", "integrates", "handles", "feels", "looks",
            "makes", "stands", "comes", "runs", "suits", "excels", "focuses", "provides", "keeps", "adds", "charges",
            "bundles", "shines", "wins", "beats", "edges", "leads", "tops", "lacks", "needs", "requires", "uses", "sits",
            "targets", "aims", "specialises", "specializes", "covers", "connects", "syncs", "pairs", "delivers", "brings",
            "combines", "positions", "markets", "sells", "ships", "lives", "takes", "tends", "charges", "also", "still",
            "now", "already", "only", "mainly", "mostly", "really", "clearly", "simply", "and", "or", "nor", "vs", "versus",
            "if", "for",
        ],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether the word ending at <paramref name="end"/> goes on as a name does (see the class summary). Once the
    /// brand is <paramref name="established"/> elsewhere in the answer, any capitalised word ("Apple Business Manager",
    /// "Rippling Global") and any verb in -s ("Kit allows", "Front treats") go on as a name too.
    /// </summary>
    public static bool ContinuesLikeAName(ReadOnlySpan<char> text, ReadOnlySpan<char> original, int end, HashSet<string> productNouns, bool established)
    {
        var at = SkipSpaces(text, end);
        if (at >= text.Length || text[at] is '\n' or '\r' || original[end..at].Contains('|'))
        {
            return true;
        }

        var c = text[at];
        if (c is ',' or ';' or ':' or '(' or ')' or '/' or '.' or '?' or '!' or '–' or '—' or '|' or '&' or '+' or '→')
        {
            return true;
        }

        if (c == '-' && at + 1 < text.Length && text[at + 1] is ' ' or '-')
        {
            return true;
        }

        var word = WordAt(text, at);
        if (word.IsEmpty)
        {
            return false;
        }

        if (NameVerbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) || productNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
        {
            return true;
        }

        if (established && (char.IsUpper(word[0]) || IsVerbInS(word)))
        {
            return true;
        }

        return IsForAName(text, at, word) || IsModelToken(word);
    }

    // "allows", "treats", "pushes": a lower-case common word in -s or -es.
    private static bool IsVerbInS(ReadOnlySpan<char> word) =>
        word.Length > 3 && char.IsLower(word[0]) && word[^1] == 's' && word[^2] != 's'
        && (CommonWordBrandNames.IsEnglishWord(word[..^1]) || (word[^2] == 'e' && CommonWordBrandNames.IsEnglishWord(word[..^2])));

    /// <summary>Whether "for" and a capitalised word follow <paramref name="end"/>: "Zoom for Healthcare", "Slack for Enterprise".</summary>
    public static bool FollowedByForAName(ReadOnlySpan<char> text, int end)
    {
        var at = SkipSpaces(text, end);
        return at > end && IsForAName(text, at, WordAt(text, at));
    }

    private static bool IsForAName(ReadOnlySpan<char> text, int at, ReadOnlySpan<char> word)
    {
        if (!word.Equals("for", StringComparison.Ordinal))
        {
            return false;
        }

        var next = SkipSpaces(text, at + word.Length);
        return next > at + word.Length && next < text.Length && char.IsUpper(text[next]);
    }

    private static readonly HashSet<string> FiniteVerbs = new(
        [
            "is", "isn't", "has", "hasn't", "does", "doesn't", "offers", "lets", "gives", "costs", "supports", "includes",
            "integrates", "remains", "works", "provides", "can", "can't", "cannot", "will", "won't", "also", "still", "wins",
            "beats", "shines", "excels", "stands", "charges", "bundles", "lacks",
        ],
        StringComparer.Ordinal);

    /// <summary>Whether a finite verb of the kind said of a product follows at once: "Linear is", "Notion offers".</summary>
    public static bool FollowedByFiniteVerb(ReadOnlySpan<char> text, int end)
    {
        var at = SkipSpaces(text, end);
        return at == end + 1 && FiniteVerbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(WordAt(text, at));
    }

    /// <summary>
    /// Whether <paramref name="offset"/> lies in a heading written in title case: besides its first word and the word
    /// at <paramref name="offset"/>, two or more words of four letters or more, at least two thirds of them
    /// capitalised ("## How to Close More Deals", not "## Why Close works for outbound" or "## Already paying for Zoom?").
    /// </summary>
    public static bool InTitleCaseHeading(ReadOnlySpan<char> original, int offset)
    {
        var lineStart = LineStart(original, offset);
        var line = original[lineStart..LineEnd(original, offset)];
        if (!line.TrimStart().StartsWith('#'))
        {
            return false;
        }

        int words = 0, capitalised = 0;
        var first = true;
        for (var at = 0; at < line.Length;)
        {
            if (!char.IsLetter(line[at]))
            {
                at++;
                continue;
            }

            var word = WordAt(line, at);
            var isOwnWord = lineStart + at <= offset && offset < lineStart + at + word.Length;
            if (word.Length >= 4 && !first && !isOwnWord)
            {
                words++;
                capitalised += char.IsUpper(word[0]) ? 1 : 0;
            }

            first = false;
            at += Math.Max(1, word.Length);
        }

        return words >= 2 && capitalised * 3 >= words * 2;
    }

    /// <summary>
    /// Whether only a model name (or nothing) follows <paramref name="end"/> before <paramref name="limit"/> or a
    /// separator; <paramref name="after"/> is where it stops.
    /// </summary>
    public static bool FollowedByModelOrNothing(ReadOnlySpan<char> text, int end, int limit, out int after)
    {
        after = end;
        var tokens = 0;
        var modelLike = false;
        var at = end;
        while (true)
        {
            // Tokens are separated by spaces; whatever touches the last one (punctuation, a closing marker) ends them.
            var start = SkipSpaces(text, at);
            if (start >= limit || (start == at && tokens > 0))
            {
                break;
            }

            var word = WordAt(text, start);
            if (word.IsEmpty || start + word.Length > limit || !(char.IsUpper(word[0]) || char.IsDigit(word[0])))
            {
                break;
            }

            modelLike |= IsModelToken(word);
            tokens++;
            at = start + word.Length;
        }

        if (tokens > 0 && !modelLike)
        {
            return false;
        }

        after = at;
        return true;
    }

    /// <summary>Whether [start, end) opens a bold or italic run that holds nothing but it and a model name.</summary>
    public static bool IsEmphasisLead(ReadOnlySpan<char> original, int start, int end)
    {
        var open = start;
        var number = NumberBefore(original, open);
        open -= number;
        var markerLength = 0;
        while (open - markerLength - 1 >= 0 && original[open - markerLength - 1] is '*' or '_' && markerLength < 3)
        {
            markerLength++;
        }

        if (markerLength == 0)
        {
            return false;
        }

        var marker = original.Slice(open - markerLength, markerLength);
        var lineEnd = LineEnd(original, end);
        var close = original[end..lineEnd].IndexOf(marker);
        if (close < 0)
        {
            return false;
        }

        close += end;
        if (!FollowedByModelOrNothing(original, end, close, out var after))
        {
            return false;
        }

        // A separator may sit inside the emphasis: "**Notion:**", "**Factor –**".
        var rest = original[after..close].Trim();
        return rest.IsEmpty || rest is ":" or "." or "–" or "—" or "-";
    }

    /// <summary>Whether the heading holding [start, end) is opened by it (after a number) or ends with it after a colon or dash.</summary>
    public static bool IsHeadingLead(ReadOnlySpan<char> text, ReadOnlySpan<char> original, int start, int end)
    {
        var lineStart = LineStart(original, start);
        var lineEnd = LineEnd(original, end);
        var line = original[lineStart..lineEnd].TrimStart();
        if (line.IsEmpty || line[0] != '#')
        {
            return false;
        }

        if (!FollowedByModelOrNothing(text, end, lineEnd, out var after))
        {
            return false;
        }

        var tail = text[after..lineEnd].TrimStart();
        var endsHeading = tail.IsEmpty || tail[0] is ':' or '–' or '—' or '(' or '|' or ',' or '-';
        var before = text[lineStart..start].TrimEnd();
        var number = NumberBefore(text, start);
        var opensHeading = text[lineStart..(start - number)].IsWhiteSpace();
        var afterColon = !before.IsEmpty && before[^1] is ':' or '–' or '—' or '-';
        return endsHeading && (opensHeading || (afterColon && tail.IsEmpty));
    }

    /// <summary>The length of a list number right before <paramref name="at"/> ("3. ", "12) "), or 0.</summary>
    private static int NumberBefore(ReadOnlySpan<char> text, int at)
    {
        var i = at;
        while (i > 0 && text[i - 1] == ' ')
        {
            i--;
        }

        if (i == at || i == 0 || text[i - 1] is not ('.' or ')'))
        {
            return 0;
        }

        var digits = i - 1;
        while (digits > 0 && char.IsAsciiDigit(text[digits - 1]))
        {
            digits--;
        }

        return digits < i - 1 ? at - digits : 0;
    }

    // A token of a model name: has a digit, or is a capitalised word that is no common English word ("Cloudmonster").
    private static bool IsModelToken(ReadOnlySpan<char> word)
    {
        if (word.ContainsAnyInRange('0', '9'))
        {
            return true;
        }

        if (!char.IsUpper(word[0]))
        {
            return false;
        }

        var name = word.ToString();
        var core = name.TrimEnd('\'', '’', 's');
        return !CommonWordBrandNames.IsEnglishWord(word) && !CommonWordBrandNames.IsProperNoun(name)
            && (core.Length == 0 || !CommonWordBrandNames.IsEnglishWord(core));
    }

    // Letters, digits and inner hyphens or apostrophes: "Fast-R", "M3", "doesn't".
    private static ReadOnlySpan<char> WordAt(ReadOnlySpan<char> text, int at)
    {
        var end = at;
        while (end < text.Length && (char.IsLetterOrDigit(text[end])
            || (text[end] is '-' or '\'' or '’' && end + 1 < text.Length && char.IsLetterOrDigit(text[end + 1]) && end > at)))
        {
            end++;
        }

        return text[at..end];
    }

    private static int SkipSpaces(ReadOnlySpan<char> text, int at)
    {
        while (at < text.Length && text[at] is ' ' or '\t')
        {
            at++;
        }

        return at;
    }

    private static int LineStart(ReadOnlySpan<char> text, int at) => text[..at].LastIndexOf('\n') + 1;

    private static int LineEnd(ReadOnlySpan<char> text, int at)
    {
        var newline = text[at..].IndexOf('\n');
        return newline < 0 ? text.Length : at + newline;
    }
}
