namespace Aeo.Analysis.Brands;

/// <summary>
/// Company-form suffixes: stripped from defined names ("Acme Inc" is also searched as "Acme") and
/// tolerated after a mention ("HubSpot, Inc." is one HubSpot mention whose span includes ", Inc.").
/// After a mention only these exact spellings count, so "HubSpot as a CRM" does not swallow "as".
/// </summary>
internal static class LegalSuffixes
{
    private static readonly string[] Spellings = SortedLongestFirst(
    [
        "Inc", "Inc.", "INC", "INC.", "Incorporated", "LLC", "L.L.C.", "LLP", "LP", "L.P.", "Ltd", "Ltd.", "LTD", "LTD.",
        "Limited", "GmbH", "GmbH & Co. KG", "KG", "AG", "SE", "Corp", "Corp.", "CORP", "Corporation", "Co.", "Co", "plc",
        "PLC", "Plc", "S.A.", "SA", "SAS", "S.A.S.", "SARL", "S.à r.l.", "SRL", "S.r.l.", "S.p.A.", "SpA", "BV", "B.V.",
        "NV", "N.V.", "Pty Ltd", "Pty. Ltd.", "Pty Limited", "Pty", "Oy", "AB", "A/S", "AS", "ApS", "K.K.", "Co., Ltd.",
    ]);

    // Most words after a mention start with none of these, and need no comparison with every spelling.
    private static readonly SearchValues<char> Initials = SearchValues.Create([.. Spellings.Select(spelling => spelling[0]).Distinct()]);

    private static string[] SortedLongestFirst(string[] spellings) =>
        [.. spellings.OrderByDescending(spelling => spelling.Length).ThenBy(spelling => spelling, StringComparer.Ordinal)];

    /// <summary>The name without trailing legal suffixes (any case), or the name itself if nothing is left.</summary>
    public static string Strip(string name)
    {
        var core = name.Trim();
        var stripped = true;
        while (stripped)
        {
            stripped = false;
            foreach (var spelling in Spellings)
            {
                if (core.Length > spelling.Length + 1
                    && core.EndsWith(spelling, StringComparison.OrdinalIgnoreCase)
                    && core[^(spelling.Length + 1)] is ' ' or ',')
                {
                    var rest = core[..^spelling.Length].TrimEnd(' ', ',');
                    if (rest.Length >= 2)
                    {
                        core = rest;
                        stripped = true;
                        break;
                    }
                }
            }
        }

        return core;
    }

    /// <summary>
    /// The length of a legal suffix (with its comma and spaces) right after <paramref name="end"/>, or 0.
    /// </summary>
    public static int MeasureAfter(ReadOnlySpan<char> text, int end)
    {
        var at = end;
        if (at < text.Length && text[at] == ',')
        {
            at++;
        }

        var gapStart = at;
        while (at < text.Length && text[at] is ' ' or '\t')
        {
            at++;
        }

        if (at == gapStart || at == text.Length || !Initials.Contains(text[at]))
        {
            return 0;
        }

        foreach (var spelling in Spellings)
        {
            var after = at + spelling.Length;
            if (text[at..].StartsWith(spelling, StringComparison.Ordinal) && (after == text.Length || !char.IsLetterOrDigit(text[after])))
            {
                return after - end;
            }
        }

        return 0;
    }
}
