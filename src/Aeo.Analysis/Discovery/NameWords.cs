using Aeo.Analysis.Brands;

namespace Aeo.Analysis.Discovery;

/// <summary>
/// What one word of a candidate name is. A word is <b>ordinary</b> (not part of a name) when it is a number, a generic
/// term (<see cref="GenericTerms"/>), a common English word written in ordinary case ("Pricing", "Open-source"), or a
/// capitalised word that the same answer also writes in lower case in its prose ("Onboarding" beside "onboarding
/// takes a week"), or a compound whose part after the hyphen is a lower-case English word ("Spreadsheet-based"). A host name ("monday.com"), a word with an inner capital ("HubSpot", "iPhone") and an all-capitals
/// acronym that is no generic term ("SAP") are never ordinary.
/// </summary>
internal static class NameWords
{
    /// <summary>"monday.com", "notion.so": a dot before a known top-level domain that ends the word.</summary>
    public static bool IsHostName(ReadOnlySpan<char> word)
    {
        var dot = word.LastIndexOf('.');
        return dot > 0 && DomainNames.TopLevelDomainAt(word, dot);
    }

    /// <summary>Whether the word may stand in a name at all: it starts with a capital or a digit, has a capital, or is a host name.</summary>
    public static bool LooksLikeName(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || !char.IsLetterOrDigit(word[0]))
        {
            return false;
        }

        foreach (var c in word)
        {
            if (char.IsUpper(c))
            {
                return true;
            }
        }

        return char.IsDigit(word[0]) || (word.Contains('.') && IsHostName(word));
    }

    public static bool IsOrdinary(ReadOnlySpan<char> word, string answerText)
    {
        if (word.Contains('.') && IsHostName(word))
        {
            return false;
        }

        if (!word.ContainsAnyExcept(NonLetters))
        {
            return true;
        }

        if (GenericTerms.Contains(word))
        {
            return true;
        }

        if (HasInnerCapital(word) || IsAcronym(word))
        {
            return false;
        }

        if (IsDescriptiveCompound(word))
        {
            return true;
        }

        var allParts = true;
        foreach (var range in word.SplitAny("-'’"))
        {
            var part = word[range];
            if (part.Length > 0 && !IsDigits(part) && !GenericTerms.Contains(part) && !CommonWordBrandNames.IsEnglishWord(part))
            {
                allParts = false;
                break;
            }
        }

        return allParts || WrittenInLowerCase(word, answerText);
    }

    /// <summary>The word's share of a brand key: its letters and digits folded, a host name's first label only.</summary>
    public static void AppendKey(ReadOnlySpan<char> word, StringBuilder key)
    {
        if (word.Contains('.') && IsHostName(word))
        {
            word = word[..word.IndexOf('.')];
        }

        foreach (var c in word)
        {
            var folded = TextFolding.FoldChar(c);
            if (char.IsLetterOrDigit(folded))
            {
                key.Append(folded);
            }
        }
    }

    private static readonly SearchValues<char> NonLetters = SearchValues.Create("0123456789-'’.&+");

    // "Spreadsheet-based", "AI-powered": a lower-case English word after a hyphen describes; brands capitalise it ("Rolls-Royce").
    private static bool IsDescriptiveCompound(ReadOnlySpan<char> word)
    {
        var hyphen = word.LastIndexOf('-');
        if (hyphen <= 0 || hyphen + 1 >= word.Length)
        {
            return false;
        }

        var tail = word[(hyphen + 1)..];
        return !tail.ContainsAnyExceptInRange('a', 'z') && (CommonWordBrandNames.IsEnglishWord(tail) || GenericTerms.Contains(tail));
    }

    private static bool IsDigits(ReadOnlySpan<char> part) => !part.ContainsAnyExceptInRange('0', '9');

    private static bool HasInnerCapital(ReadOnlySpan<char> word)
    {
        var lower = false;
        for (var i = 0; i < word.Length; i++)
        {
            if (char.IsLower(word[i]))
            {
                lower = true;
            }
            else if (i > 0 && char.IsUpper(word[i]) && word[i - 1] is not ('-' or '\'' or '’'))
            {
                return lower || i > 1;
            }
        }

        return false;
    }

    private static bool IsAcronym(ReadOnlySpan<char> word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return letters >= 2;
    }

    // "Onboarding" is ordinary where the answer also says "onboarding" in prose; "pipedrive.com" or "/pipedrive/" is no prose.
    private static bool WrittenInLowerCase(ReadOnlySpan<char> word, string text)
    {
        if (!char.IsUpper(word[0]))
        {
            return false;
        }

        Span<char> lower = stackalloc char[Math.Min(word.Length, 64)];
        if (word.Length > lower.Length)
        {
            return false;
        }

        word.ToLowerInvariant(lower);
        var span = text.AsSpan();
        for (var from = 0; from < span.Length;)
        {
            var at = span[from..].IndexOf(lower, StringComparison.Ordinal);
            if (at < 0)
            {
                return false;
            }

            at += from;
            var end = at + lower.Length;
            var before = at > 0 ? span[at - 1] : ' ';
            var after = end < span.Length ? span[end] : ' ';
            var afterNext = end + 1 < span.Length ? span[end + 1] : ' ';
            if (!char.IsLetterOrDigit(before) && before is not ('.' or '/' or '@' or '-' or '_')
                && !char.IsLetterOrDigit(after) && after is not ('/' or '@' or '_') && !(after == '.' && char.IsLetter(afterNext)))
            {
                return true;
            }

            from = at + 1;
        }

        return false;
    }
}
