namespace Aeo.Analysis.Citations;

/// <summary>
/// Finds the URLs an answer cites inline, for providers that report no citations of their own:
/// markdown links <c>[title](url)</c>, autolinks <c>&lt;url&gt;</c> and bare http(s) URLs. A bare URL loses
/// trailing sentence punctuation and any closing bracket that has no opening partner inside it, so
/// "(see https://x.com/a_(b))." gives "https://x.com/a_(b)". Every URL found is a
/// <see cref="CitationKind.Cited"/> citation, in order of first appearance, once per normalised URL
/// (URLs that do not normalise are left out); the title is a markdown link's text when it has one.
/// Markdown images <c>![alt](url)</c> are illustrations, not citations, and are skipped.
/// </summary>
public static partial class CitationExtractor
{
    private const string TrailingPunctuation = ".,;:!?'\"*_~";

    /// <summary>The inline citations of <paramref name="answer"/>, positions 1, 2, … in order of appearance.</summary>
    public static IReadOnlyList<Citation> FromText(string answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var found = new List<(int Offset, string Url, string? Title)>();
        var claimed = new List<(int Start, int End)>();

        foreach (Match match in MarkdownLink().Matches(answer))
        {
            claimed.Add((match.Index, match.Index + match.Length));
            var isImage = match.Index > 0 && answer[match.Index - 1] == '!';
            if (!isImage)
            {
                var text = match.Groups["text"].Value.Trim();
                var url = match.Groups["url"].Value;
                found.Add((match.Index, url, text.Length == 0 || text == url ? null : text));
            }
        }

        foreach (Match match in Autolink().Matches(answer))
        {
            if (!Overlaps(claimed, match.Index, match.Length))
            {
                found.Add((match.Index, match.Groups["url"].Value, null));
                claimed.Add((match.Index, match.Index + match.Length));
            }
        }

        foreach (Match match in BareUrl().Matches(answer))
        {
            if (!Overlaps(claimed, match.Index, match.Length))
            {
                found.Add((match.Index, TrimTrailing(match.Value), null));
            }
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var citations = new List<Citation>();
        foreach (var (_, url, title) in found.OrderBy(f => f.Offset))
        {
            if (CitationNormalizer.TryNormalize(url, out var normalized) && seen.Add(normalized.Url))
            {
                citations.Add(new Citation(url, title, CitationKind.Cited, citations.Count + 1));
            }
        }

        return citations;
    }

    private static bool Overlaps(List<(int Start, int End)> claimed, int index, int length) =>
        claimed.Exists(span => index < span.End && index + length > span.Start);

    private static string TrimTrailing(string url)
    {
        var end = url.Length;
        while (end > 0)
        {
            var last = url[end - 1];
            var unbalancedClose = last == ')' && Count(url, end, '(') < Count(url, end, ')')
                || last == ']' && Count(url, end, '[') < Count(url, end, ']');
            if (!unbalancedClose && !TrailingPunctuation.Contains(last))
            {
                break;
            }

            end--;
        }

        return url[..end];
    }

    private static int Count(string text, int length, char character) => text.AsSpan(0, length).Count(character);

    // The URL may contain balanced parentheses (Wikipedia's "Foo_(bar)"); an optional "title" may follow it.
    [GeneratedRegex("""\[(?<text>[^\]\n]*)\]\(\s*<?(?<url>https?://[^\s()<>]*(?:\([^\s()<>]*\)[^\s()<>]*)*)>?(?:\s+"[^"\n]*")?\s*\)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MarkdownLink();

    [GeneratedRegex("""<(?<url>https?://[^\s<>]+)>""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Autolink();

    [GeneratedRegex("""https?://[^\s<>"'`{}|\\^]+""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BareUrl();
}
