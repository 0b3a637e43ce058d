namespace Aeo.Analysis.Questions;

/// <summary>
/// The locales questions can be phrased for. A locale sets spelling ("organization" or "organisation",
/// "license" or "licence"), the currency buyers name in pricing questions, and the market phrase
/// ("in the UK") used by market-scoped templates when the request asks for them.
/// </summary>
public static class QuestionLocales
{
    /// <summary>The locale used when a request names none.</summary>
    public const string Default = "en-US";

    private static readonly (string American, string British)[] BritishSpellings =
    [
        ("organizations", "organisations"),
        ("organization", "organisation"),
        ("customization", "customisation"),
        ("customize", "customise"),
        ("optimize", "optimise"),
        ("analyze", "analyse"),
        ("favorite", "favourite"),
        ("license", "licence"),
        ("value for the money", "value for money"),
    ];

    private static readonly LocaleProfile[] Profiles =
    [
        new("en-US", "in the US", "US dollars", []),
        new("en-GB", "in the UK", "pounds", BritishSpellings),
        new("en-IE", "in Ireland", "euros", BritishSpellings),
        new("en-AU", "in Australia", "Australian dollars", BritishSpellings),
    ];

    /// <summary>Every supported locale tag.</summary>
    public static IReadOnlyList<string> Supported { get; } = [.. Profiles.Select(p => p.Tag)];

    /// <summary>The profile for a tag (case-insensitive, '_' accepted for '-'); null or blank means <see cref="Default"/>.</summary>
    internal static LocaleProfile Resolve(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return Profiles[0];
        }

        var wanted = tag.Trim().Replace('_', '-');
        return Profiles.FirstOrDefault(p => string.Equals(p.Tag, wanted, StringComparison.OrdinalIgnoreCase))
            ?? throw new ArgumentException(
                $"Unsupported locale '{tag}'. Supported: {string.Join(", ", Supported)}.", nameof(QuestionRequest.Locale));
    }
}

/// <summary>How one locale phrases questions; <see cref="Spell"/> rewrites a template's own words, never the filled-in names.</summary>
internal sealed record LocaleProfile(
    string Tag,
    string MarketPhrase,
    string Currency,
    IReadOnlyList<(string American, string Local)> Spellings)
{
    public string Spell(string pattern)
    {
        foreach (var (american, local) in Spellings)
        {
            pattern = ReplaceWholeWords(pattern, american, local);
        }

        return pattern;
    }

    private static string ReplaceWholeWords(string text, string from, string to)
    {
        for (var at = PhraseMatcher.IndexOf(text, from); at >= 0; at = PhraseMatcher.IndexOf(text, from))
        {
            var replacement = char.IsUpper(text[at]) ? char.ToUpperInvariant(to[0]) + to[1..] : to;
            text = string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + from.Length));
        }

        return text;
    }
}
