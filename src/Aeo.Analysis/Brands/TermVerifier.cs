namespace Aeo.Analysis.Brands;

/// <summary>
/// Checks one raw match of a term against the (markup-blanked) text, before overlaps and evidence:
/// <list type="bullet">
/// <item>a word term has no letter or digit touching it, except a plural possessive "s'" ("Salesforces'") and a
/// letter where either side is written without spaces (<see cref="ScriptsWithoutSpaces"/>: "トヨタ" in
/// "私はトヨタが好き"), and does not end before a combining mark of its last letter ("ก" in "กิ"),
/// and is not one label of a dotted token ("hubspot.community", "app.hubspot") unless the token is the name and a
/// known top-level domain ("Close.io");</item>
/// <item>a domain has no letter, digit, '-' or '_' before it (a '.' is fine: "app.hubspot.com") and does not
/// run on into a longer host ("hubspot.com.evil.net", "hubspot.community");</item>
/// <item>a term of three letters or fewer matches only in the case it was defined in, and a respaced
/// variant ("Hub Spot") only with its words capitalised as in the name;</item>
/// <item>inside a URL only a domain in the URL's host counts (a domain with a path, "zoho.com/books", from the URL's
/// host on): a name in a path is not a mention, and a URL after a citation marker at the start of its line
/// ("[4] https://…") is a citation, not a mention;</item>
/// <item>a match never spans a line break ("- Zoho\n- CRM" is not "Zoho CRM").</item>
/// </list>
/// </summary>
internal static class TermVerifier
{
    private const int MaxUrlLength = 2048;

    public static bool Accepts(ReadOnlySpan<char> text, int start, int length, BrandTerm term)
    {
        var end = start + length;
        if (text[start..end].ContainsAny('\n', '\r'))
        {
            // The matcher lets a run of whitespace stand for a space; a name never wraps onto the next line.
            return false;
        }

        var domainLike = term.Has(TermRules.DomainLike);
        if (domainLike ? !HasDomainBoundaries(text, start, end) : !HasWordBoundaries(text, start, end))
        {
            return false;
        }

        if (term.Has(TermRules.CaseSensitive) && !CaseAgrees(text[start..end], term.Text, everyLetter: true))
        {
            return false;
        }

        if (term.Has(TermRules.CapitalisedWords) && !CaseAgrees(text[start..end], term.Text, everyLetter: false))
        {
            return false;
        }

        if (!InsideUrl(text, start, end, out var hostStart, out var hostEnd))
        {
            return true;
        }

        return domainLike && start >= hostStart && InHost(start, end, hostEnd, term) && !IsCitationLine(text, start);
    }

    // A domain lies in the URL's host; a domain with a path ("zoho.com/books") has its host end where the URL's does.
    private static bool InHost(int start, int end, int hostEnd, BrandTerm term)
    {
        var hostLength = DomainNormalizer.HostLength(term.Text);
        return hostLength == term.Text.Length ? end <= hostEnd : start + hostLength == hostEnd;
    }

    /// <summary>
    /// The checks a one-token name found spaced out (<see cref="SpacedNames"/>) must pass: word boundaries, and not
    /// inside a URL. Its case and line were checked when its run of capitalised words was found.
    /// </summary>
    public static bool AcceptsRespaced(ReadOnlySpan<char> text, int start, int end) =>
        HasWordBoundaries(text, start, end) && !InsideUrl(text, start, end, out _, out _);

    // A line that lists a source: "[4] https://…", "[4]: https://…" or "^2 https://…". Its URL is a citation.
    private static bool IsCitationLine(ReadOnlySpan<char> text, int index)
    {
        var lineStart = text[..index].LastIndexOf('\n') + 1;
        var line = text[lineStart..index].TrimStart();
        if (line.Length < 2 || line[0] is not ('[' or '^'))
        {
            return false;
        }

        var digits = line[1..].IndexOfAnyExcept("0123456789");
        if (digits <= 0)
        {
            return false;
        }

        var rest = line[(1 + digits)..].TrimStart("]:.) ");

        // Only the URL's own token may stand between the marker and the domain.
        return !rest.ContainsAny(" \t");
    }

    private static bool HasWordBoundaries(ReadOnlySpan<char> text, int start, int end)
    {
        if (start > 0 && ((IsWordChar(text, start - 1) && !ScriptsWithoutSpaces.EitherSide(text[start - 1], text[start]))
            || IsDottedLabel(text, start - 1, -1)))
        {
            return false;
        }

        if (end >= text.Length)
        {
            return true;
        }

        if (IsCombiningMark(text[end]))
        {
            // The letter before it goes on: the match would split a character ("ก" in "กิ").
            return false;
        }

        if (IsWordChar(text, end))
        {
            return ScriptsWithoutSpaces.EitherSide(text[end - 1], text[end]) || IsPluralPossessive(text, end);
        }

        return !IsDottedLabel(text, end, +1) || IsNameAsHost(text, start, end);
    }

    // "Close.io", "Notion.so": the name written as its host, a known top-level domain ending the token.
    private static bool IsNameAsHost(ReadOnlySpan<char> text, int start, int dot)
    {
        if ((start > 0 && text[start - 1] is '-' or '_') || !DomainNames.TopLevelDomainAt(text, dot))
        {
            return false;
        }

        var end = dot + 1;
        while (end < text.Length && char.IsAsciiLetter(text[end]))
        {
            end++;
        }

        return end == text.Length || !IsDottedLabel(text, end, +1);
    }

    private static bool HasDomainBoundaries(ReadOnlySpan<char> text, int start, int end)
    {
        if (start > 0 && (IsWordChar(text, start - 1) || text[start - 1] is '-' or '_'))
        {
            return false;
        }

        if (end >= text.Length)
        {
            return true;
        }

        return !(IsWordChar(text, end) || text[end] is '-' or '_' || IsDottedLabel(text, end, +1));
    }

    // A '.' at `dot` with a letter or digit on its far side: the match is one label of a dotted name.
    private static bool IsDottedLabel(ReadOnlySpan<char> text, int dot, int direction)
    {
        var beyond = dot + direction;
        return text[dot] == '.' && beyond >= 0 && beyond < text.Length && char.IsLetterOrDigit(text[beyond]);
    }

    private static bool IsPluralPossessive(ReadOnlySpan<char> text, int end) =>
        text[end] == 's' && end + 1 < text.Length && text[end + 1] is '\'' or '’'
        && (end + 2 == text.Length || !IsWordChar(text, end + 2));

    private static bool IsWordChar(ReadOnlySpan<char> text, int index) => char.IsLetterOrDigit(text[index]);

    private static bool IsCombiningMark(char c) =>
        !TextFolding.IsIgnorable(c) && char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.EnclosingMark;

    /// <summary>
    /// Whether the found text has the term's case: every letter (<paramref name="everyLetter"/>), or the
    /// upper-case initial of each word. A run of whitespace in the text stands for one space in the term.
    /// </summary>
    private static bool CaseAgrees(ReadOnlySpan<char> found, string term, bool everyLetter)
    {
        var f = 0;
        for (var t = 0; t < term.Length; t++)
        {
            while (f < found.Length && TextFolding.IsIgnorable(found[f]))
            {
                f++;
            }

            if (f >= found.Length)
            {
                return false;
            }

            if (term[t] == ' ' && char.IsWhiteSpace(found[f]))
            {
                while (f + 1 < found.Length && char.IsWhiteSpace(found[f + 1]))
                {
                    f++;
                }
            }
            else if (char.IsLetter(term[t]))
            {
                var wordInitial = t == 0 || !char.IsLetterOrDigit(term[t - 1]);
                if (everyLetter ? found[f] != term[t] : wordInitial && char.IsUpper(term[t]) && !char.IsUpper(found[f]))
                {
                    return false;
                }
            }

            f++;
        }

        return true;
    }

    /// <summary>
    /// Whether [start, end) lies in a URL: a whitespace-delimited token with a scheme ("https://"), starting
    /// with "www.", or a dotted host followed by a path ("hubspot.com/pricing"). Gives the host's range.
    /// </summary>
    private static bool InsideUrl(ReadOnlySpan<char> text, int start, int end, out int hostStart, out int hostEnd)
    {
        hostStart = hostEnd = 0;
        if (text[start..end].ContainsAny(" \t\r\n"))
        {
            return false;
        }

        var tokenStart = start;
        while (tokenStart > 0 && start - tokenStart < MaxUrlLength && !IsTokenSeparator(text[tokenStart - 1]))
        {
            tokenStart--;
        }

        var tokenEnd = end;
        while (tokenEnd < text.Length && tokenEnd - end < MaxUrlLength && !IsTokenSeparator(text[tokenEnd]))
        {
            tokenEnd++;
        }

        var token = text[tokenStart..tokenEnd];
        var scheme = token.IndexOf("://", StringComparison.Ordinal);
        int host;
        if (scheme >= 0)
        {
            // Text glued in front of the scheme ("Acme'shttps://…") is not part of the URL.
            var schemeStart = scheme;
            while (schemeStart > 0 && char.IsAsciiLetter(token[schemeStart - 1]))
            {
                schemeStart--;
            }

            if (start < tokenStart + schemeStart)
            {
                return false;
            }

            host = scheme + 3;
        }
        else
        {
            host = token.IndexOfAnyExcept("([{\"'“‘");
            if (host < 0)
            {
                return false;
            }

            var path = token[host..].IndexOf('/');
            var isUrl = token[host..].StartsWith("www.", StringComparison.OrdinalIgnoreCase)
                || (path > 0 && token.Slice(host, path).Contains('.'));
            if (!isUrl)
            {
                return false;
            }
        }

        var hostLength = token[host..].IndexOfAny("/?#:");
        hostStart = tokenStart + host;
        hostEnd = hostLength < 0 ? tokenEnd : hostStart + hostLength;
        return true;
    }

    private static bool IsTokenSeparator(char c) => char.IsWhiteSpace(c) || c is '<' or '>' or '"' or '“' or '”';
}
