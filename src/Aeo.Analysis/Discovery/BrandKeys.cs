namespace Aeo.Analysis.Discovery;

/// <summary>
/// The normalised name that merges a brand's variants and domains: the letters and digits of its words that are not
/// ordinary (<see cref="NameWords"/>), folded and joined, a host name counted by its first label. "Pipedrive",
/// "Pipedrive CRM" and pipedrive.com are all "pipedrive"; "Monday.com" is "monday"; "Zoho CRM" is "zoho".
/// </summary>
internal static class BrandKeys
{
    /// <summary>The key of a written name, or null when every word of it is ordinary in <paramref name="answerText"/>.</summary>
    public static string? Of(string name, string answerText, StringBuilder scratch)
    {
        scratch.Clear();
        foreach (var range in name.AsSpan().Split(' '))
        {
            var word = name.AsSpan()[range];
            if (word.Length > 0 && !NameWords.IsOrdinary(word, answerText))
            {
                NameWords.AppendKey(word, scratch);
            }
        }

        return scratch.Length >= 2 ? scratch.ToString() : null;
    }

    /// <summary>Each word's share of a key, ordinary words included: what a tracked name is matched by.</summary>
    public static string[] WordKeys(string name, StringBuilder scratch)
    {
        var words = new List<string>();
        foreach (var word in name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            scratch.Clear();
            NameWords.AppendKey(word, scratch);
            if (scratch.Length > 0)
            {
                words.Add(scratch.ToString());
            }
        }

        return [.. words];
    }

    /// <summary>The key of a registrable domain: its first label ("pipedrive.com" → "pipedrive", "bbc.co.uk" → "bbc").</summary>
    public static string? OfDomain(string registrableDomain, StringBuilder scratch)
    {
        scratch.Clear();
        var dot = registrableDomain.IndexOf('.');
        NameWords.AppendKey(dot < 0 ? registrableDomain : registrableDomain.AsSpan(0, dot), scratch);
        return scratch.Length >= 2 ? scratch.ToString() : null;
    }
}
