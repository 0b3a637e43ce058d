namespace Aeo.Api.Reports;

/// <summary>
/// An answer's text as escaped HTML with every tracked brand mention wrapped in a <c>mark</c> that names the brand and
/// the answer's sentiment towards it. Spans that overlap an earlier one or fall outside the text (a stored answer
/// from another analysis version) are left unmarked rather than cutting the text.
/// </summary>
internal static class MentionHighlighter
{
    public static string Highlight(string text, IReadOnlyList<ReportMention> mentions, IReadOnlyDictionary<string, int> brandIndex)
    {
        var spans = mentions
            .SelectMany(m => m.Positions.Select(p => (p.Start, p.Length, Mention: m)))
            .Where(s => s.Start >= 0 && s.Length > 0 && s.Start + s.Length <= text.Length)
            .OrderBy(s => s.Start)
            .ThenByDescending(s => s.Length);
        var html = new StringBuilder(text.Length + 64);
        var cursor = 0;
        foreach (var (start, length, mention) in spans)
        {
            if (start < cursor)
            {
                continue;
            }
            html.Append(HtmlText.Escape(text[cursor..start]));
            var label = $"{mention.Brand}: {mention.Sentiment}";
            html.Append($"<mark class=\"b{brandIndex.GetValueOrDefault(mention.Brand) % BrandColours} s-{HtmlText.Escape(mention.Sentiment)}\" title=\"{HtmlText.Escape(label)}\">");
            html.Append(HtmlText.Escape(text.Substring(start, length)));
            html.Append("</mark>");
            cursor = start + length;
        }
        html.Append(HtmlText.Escape(text[cursor..]));
        return html.ToString();
    }

    /// <summary>How many brand colours the stylesheet defines (<c>mark.b0</c> to <c>mark.b5</c>); later brands reuse them.</summary>
    public const int BrandColours = 6;
}
