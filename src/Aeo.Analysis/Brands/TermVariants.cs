namespace Aeo.Analysis.Brands;

/// <summary>
/// The spellings searched for one defined name or alias: as defined; without its legal suffix
/// ("Acme Inc" → "Acme"); for a host-like name its label ("Monday.com" → "Monday"); for a name of several
/// words (spaces, hyphens or camel case) the words joined, spaced and hyphenated ("HubSpot" → "Hub Spot",
/// "Hub-Spot"; "Zoho CRM" → "ZohoCRM", "Zoho-CRM"); "&amp;" written as "and" and the reverse ("Crate and Ladle"); and for
/// a name, the name as a ".com" domain ("hubspot.com").
/// </summary>
internal static class TermVariants
{
    private const int MinCamelWordLength = 2;

    public static IEnumerable<(string Text, BrandTermKind Kind, TermRules Rules)> Of(string defined, BrandTermKind kind)
    {
        yield return (defined, kind, TermRules.None);
        var core = LegalSuffixes.Strip(defined);
        if (!string.Equals(core, defined, StringComparison.Ordinal))
        {
            yield return (core, kind, TermRules.None);
        }

        var variantKind = kind == BrandTermKind.Name ? BrandTermKind.NameVariant : kind;
        if (DomainNames.IsHostName(core))
        {
            var label = core[..core.LastIndexOf('.')];
            if (label.Length >= 2 && !label.Contains('.'))
            {
                yield return (label, variantKind, TermRules.None);
            }

            yield break;
        }

        // "Crate & Ladle" is also written "Crate and Ladle", and the reverse.
        var ampersand = core.Contains(" & ", StringComparison.Ordinal) ? core.Replace(" & ", " and ", StringComparison.Ordinal)
            : core.Contains(" and ", StringComparison.Ordinal) ? core.Replace(" and ", " & ", StringComparison.Ordinal)
            : null;
        if (ampersand is not null)
        {
            yield return (ampersand, variantKind, TermRules.CapitalisedWords);
        }

        var words = Words(core);
        if (words.Count >= 2)
        {
            yield return (string.Concat(words), variantKind, TermRules.None);
            yield return (string.Join(' ', words), variantKind, TermRules.CapitalisedWords);
            yield return (string.Join('-', words), variantKind, TermRules.CapitalisedWords);
        }

        var compact = string.Concat(core.Where(char.IsLetterOrDigit)).ToLowerInvariant();
        if (kind == BrandTermKind.Name && compact.Length >= 3 && compact.Any(char.IsLetter))
        {
            yield return (compact + ".com", BrandTermKind.Domain, TermRules.None);
        }
    }

    // Words split at spaces, hyphens, underscores and lower-to-upper case changes between words of two letters or more.
    private static List<string> Words(string name)
    {
        var words = new List<string>();
        foreach (var part in name.Split([' ', '-', '_', '\u2010', '\u2011', '\u2013'], StringSplitOptions.RemoveEmptyEntries))
        {
            var start = 0;
            for (var i = 1; i < part.Length; i++)
            {
                if (char.IsLower(part[i - 1]) && char.IsUpper(part[i])
                    && i - start >= MinCamelWordLength && LettersFrom(part, i) >= MinCamelWordLength)
                {
                    words.Add(part[start..i]);
                    start = i;
                }
            }

            words.Add(part[start..]);
        }

        return words;
    }

    private static int LettersFrom(string part, int start)
    {
        var count = 0;
        while (start + count < part.Length && char.IsLetter(part[start + count]))
        {
            count++;
        }

        return count;
    }
}
