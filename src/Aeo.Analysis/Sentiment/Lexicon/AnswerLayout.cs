namespace Aeo.Analysis.Sentiment.Lexicon;

/// <summary>
/// The layout of an answer's markdown, line by line, as far as stance goes: which <see cref="AnswerZone"/> each line
/// lies in, and which lines are headings. Rules:
/// <list type="bullet">
/// <item>A heading is a "#" line or a line that is bold as a whole ("**Best for variety: Gousto**"); a bold line is a
/// heading below every "#" level. A heading's section runs to the next heading of the same or a higher level.</item>
/// <item>A line lies in the zone of the nearest enclosing heading that carries a cue (<see cref="StanceCues"/>): verdict
/// first, then avoid, then recommend; a heading's own line is in its own zone.</item>
/// <item>A paragraph or list item opened by a bold or colon lead-in ("**Bottom line:** …", "Verdict: …",
/// "- **If growth is the goal:** …") with a verdict or avoid cue is in that zone up to the next blank line.</item>
/// <item>A line in italics as a whole is a <see cref="AnswerZone.Disclaimer"/>, wherever it stands; otherwise a table
/// row outside a cued section is <see cref="AnswerZone.Table"/>.</item>
/// </list>
/// </summary>
internal sealed class AnswerLayout
{
    private const int BoldHeadingLevel = 7;
    private const int MaxLeadWords = 6;

    private readonly List<(int Start, int End)> lines = [];
    private readonly List<AnswerZone> zones = [];
    private readonly List<int> headingLevels = [];
    private readonly List<bool> leads = [];
    private readonly List<string?> sections = [];
    private readonly string[] texts;

    public AnswerLayout(string markdown)
    {
        for (var start = 0; start <= markdown.Length;)
        {
            var newline = markdown.IndexOf('\n', start);
            var end = newline < 0 ? markdown.Length : newline;
            lines.Add((start, end));
            start = end + 1;
        }

        texts = lines.Select(line => markdown[line.Start..line.End]).ToArray();
        var open = new List<(int Level, AnswerZone? Zone)>();
        var openTexts = new List<string>();
        AnswerZone? leadZone = null;
        foreach (var text in texts)
        {
            var trimmed = text.Trim();
            if (trimmed.Length == 0 || HeadingLevel(trimmed) == 0)
            {
                sections.Add(openTexts.Count > 0 ? openTexts[^1] : null);
            }

            if (trimmed.Length == 0)
            {
                leadZone = null;
                headingLevels.Add(0);
                leads.Add(false);
                zones.Add(SectionZone(open) ?? AnswerZone.Body);
                continue;
            }

            var level = HeadingLevel(trimmed);
            headingLevels.Add(level);
            if (level > 0)
            {
                var kept = open.FindIndex(heading => heading.Level >= level);
                if (kept >= 0)
                {
                    open.RemoveRange(kept, open.Count - kept);
                    openTexts.RemoveRange(kept, openTexts.Count - kept);
                }

                var headingText = Lower(HeadingText(trimmed));
                open.Add((level, CueZone(headingText)));
                openTexts.Add(headingText);
                sections.Add(headingText);
                leadZone = null;
                leads.Add(false);
                zones.Add(SectionZone(open) ?? AnswerZone.Body);
                continue;
            }

            if (IsDisclaimer(trimmed))
            {
                leads.Add(false);
                zones.Add(AnswerZone.Disclaimer);
                continue;
            }

            if (ListMarker.Measure(trimmed, 0, out _) > 0)
            {
                leadZone = null;
            }

            if (Lead(trimmed) is { } lead && CueZone(Lower(lead)) is { } cue and (AnswerZone.Verdict or AnswerZone.Avoid))
            {
                leadZone = cue;
            }

            leads.Add(leadZone is not null);
            zones.Add(leadZone ?? SectionZone(open) ?? (MarkdownLines.IsTableRow(trimmed) ? AnswerZone.Table : AnswerZone.Body));
        }
    }

    /// <summary>The zone of the line holding <paramref name="offset"/>.</summary>
    public AnswerZone ZoneAt(int offset) => zones[LineAt(offset)];

    /// <summary>Whether the line holding <paramref name="offset"/> lies in a paragraph opened by a verdict or avoid lead-in.</summary>
    public bool IsLeadAt(int offset) => leads[LineAt(offset)];

    /// <summary>The lower-cased text of the innermost heading whose section holds <paramref name="offset"/> (its own, on a heading line).</summary>
    public string? SectionAt(int offset) => sections[LineAt(offset)];

    /// <summary>
    /// For a table row: the char spans of its cells and the lower-cased texts of its table's header cells (the
    /// table's first row), by column; null when the line holding <paramref name="offset"/> is no table body row.
    /// </summary>
    public (List<(int Start, int End)> Cells, List<string> Header)? TableRowAt(int offset)
    {
        var line = LineAt(offset);
        if (!MarkdownLines.IsTableRow(texts[line]) || MarkdownLines.IsTableDelimiter(texts[line]))
        {
            return null;
        }

        var first = line;
        while (first > 0 && MarkdownLines.IsTableRow(texts[first - 1]))
        {
            first--;
        }

        if (first == line || first + 1 >= texts.Length || !MarkdownLines.IsTableDelimiter(texts[first + 1]))
        {
            return null;
        }

        var header = Cells(first).Select(cell => Lower(texts[first][(cell.Start - lines[first].Start)..(cell.End - lines[first].Start)]).Trim(' ', '*')).ToList();
        return (Cells(line), header);
    }

    private List<(int Start, int End)> Cells(int line)
    {
        var text = texts[line];
        var cells = new List<(int Start, int End)>();
        var open = text.IndexOf('|', StringComparison.Ordinal);
        while (open >= 0)
        {
            var close = text.IndexOf('|', open + 1);
            if (close < 0)
            {
                if (text[(open + 1)..].Trim().Length > 0)
                {
                    cells.Add((lines[line].Start + open + 1, lines[line].End));
                }

                break;
            }

            cells.Add((lines[line].Start + open + 1, lines[line].Start + close));
            open = close;
        }

        return cells;
    }

    /// <summary>Whether the line holding <paramref name="offset"/> is a heading.</summary>
    public bool IsHeadingAt(int offset) => headingLevels[LineAt(offset)] > 0;

    private int LineAt(int offset)
    {
        var low = 0;
        var high = lines.Count - 1;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (lines[middle].Start <= offset)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return low;
    }

    private static AnswerZone? SectionZone(List<(int Level, AnswerZone? Zone)> open)
    {
        for (var i = open.Count - 1; i >= 0; i--)
        {
            if (open[i].Zone is { } zone)
            {
                return zone;
            }
        }

        return null;
    }

    private static bool IsDisclaimer(string trimmed) =>
        trimmed.Length > 2 && trimmed[0] is '*' or '_' && trimmed[^1] == trimmed[0] && trimmed[1] != trimmed[0] && trimmed[^2] != trimmed[0];

    private static AnswerZone? CueZone(string lower) =>
        StanceCues.Contains(lower, StanceCues.Verdict) ? AnswerZone.Verdict
        : StanceCues.Contains(lower, StanceCues.Avoid) ? AnswerZone.Avoid
        : StanceCues.Contains(lower, StanceCues.Recommend) ? AnswerZone.Recommend
        : null;

    private static int HeadingLevel(string trimmed)
    {
        var hashes = 0;
        while (hashes < trimmed.Length && trimmed[hashes] == '#')
        {
            hashes++;
        }

        if (hashes is > 0 and <= 6 && hashes < trimmed.Length && trimmed[hashes] == ' ')
        {
            return hashes;
        }

        var bold = trimmed.Length > 4 && trimmed.StartsWith("**", StringComparison.Ordinal)
            && trimmed.EndsWith("**", StringComparison.Ordinal) && trimmed.IndexOf("**", 2, StringComparison.Ordinal) == trimmed.Length - 2;
        return bold ? BoldHeadingLevel : 0;
    }

    private static string HeadingText(string trimmed) => trimmed.Trim('#', '*', ' ');

    /// <summary>
    /// The lead-in of a paragraph or item: its bold opening ("**Bottom line:**", "**If growth is the goal:**") or a short
    /// opening before a colon ("Verdict: …"), after any list marker.
    /// </summary>
    private static string? Lead(string trimmed)
    {
        var body = trimmed;
        var marker = ListMarker.Measure(body, 0, out _);
        if (marker > 0)
        {
            body = body[marker..].TrimStart();
        }

        if (body.StartsWith("**", StringComparison.Ordinal) && body.IndexOf("**", 2, StringComparison.Ordinal) is var close and > 2)
        {
            var lead = body[2..close];
            var after = body[(close + 2)..].TrimStart();
            return lead.TrimEnd().EndsWith(':') || after.StartsWith(':') ? lead.TrimEnd(':', ' ') : null;
        }

        var colon = body.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && body[..colon].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxLeadWords ? body[..colon] : null;
    }

    private static string Lower(string text) => text.ToLowerInvariant().Replace('’', '\'');
}
