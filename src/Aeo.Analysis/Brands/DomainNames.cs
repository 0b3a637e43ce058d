namespace Aeo.Analysis.Brands;

/// <summary>Recognises names that are written as a host name ("Monday.com", "Booking.com").</summary>
internal static class DomainNames
{
    private static readonly HashSet<string> TopLevelDomains = new(
        ["com", "io", "ai", "co", "net", "org", "app", "so", "dev", "me", "us", "uk", "de", "fr", "tv", "xyz", "cloud", "info", "biz", "eu"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>No spaces, and a dot before a known top-level domain: "monday.com", "notion.so".</summary>
    public static bool IsHostName(string text)
    {
        var dot = text.LastIndexOf('.');
        return dot > 0 && !text.Contains(' ') && TopLevelDomains.Contains(text[(dot + 1)..]);
    }

    /// <summary>Whether a known top-level domain (".com", ".io") starts at <paramref name="dot"/> and ends at a non-letter.</summary>
    public static bool TopLevelDomainAt(ReadOnlySpan<char> text, int dot)
    {
        if (dot >= text.Length || text[dot] != '.')
        {
            return false;
        }

        var end = dot + 1;
        while (end < text.Length && char.IsAsciiLetter(text[end]))
        {
            end++;
        }

        var lookup = TopLevelDomains.GetAlternateLookup<ReadOnlySpan<char>>();
        return end > dot + 1 && (end == text.Length || !char.IsLetterOrDigit(text[end])) && lookup.Contains(text[(dot + 1)..end]);
    }
}
