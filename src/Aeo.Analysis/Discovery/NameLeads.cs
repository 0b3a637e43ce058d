namespace Aeo.Analysis.Discovery;

/// <summary>A name as it stands in an answer: its range in the markup-blanked text.</summary>
internal readonly record struct NameLead(int Start, int End);

/// <summary>
/// Finds the names that stand where an answer puts the things it lists: the start of a list item (the lists of
/// <see cref="ListParser"/>, nested items too), the first cell of a table row (never the header row), a heading
/// ("## Pipedrive", "### 1. Pipedrive – best for small teams") and a bold lead ("**Pipedrive**: …", "**Pipedrive** – …",
/// a line bold as a whole). A bold span at the start of a list item or heading is its lead whatever follows it.
/// <para>
/// From that place the name is the text up to the first separator (a colon, a spaced dash, a parenthesis, a comma, a
/// sentence end), less a leading number ("1."), articles and ordinary words (<see cref="NameWords"/>), and the run of
/// words that look like a name from there (capitalised, with a capital, a digit first, or a host name), less trailing
/// ordinary words other than generic terms, so "Zoho CRM" keeps its "CRM" and "Why Pipedrive Stands Out" is
/// "Pipedrive". A run of more than <see cref="MaxNameWords"/> such words is a title, not a name.
/// </para>
/// </summary>
internal static class NameLeads
{
    public const int MaxNameWords = 4;

    private static readonly SearchValues<char> Separators = SearchValues.Create(":;|,()[]?!\"“”–—");

    public static void Find(string text, string plain, List<NameLead> leads)
    {
        var items = ListParser.Parse(text);
        var item = 0;
        for (var lineStart = 0; lineStart < text.Length;)
        {
            var newline = text.IndexOf('\n', lineStart);
            var lineEnd = newline < 0 ? text.Length : newline;
            while (item < items.Count && items[item].End <= lineStart)
            {
                item++;
            }

            ListKind? kind = item < items.Count && items[item].Contains(lineStart) ? items[item].Kind : null;
            ReadLine(text, plain, lineStart, lineEnd, kind, leads);
            lineStart = lineEnd + 1;
        }
    }

    private static void ReadLine(string text, string plain, int lineStart, int lineEnd, ListKind? kind, List<NameLead> leads)
    {
        var line = text.AsSpan(lineStart, lineEnd - lineStart);
        var indent = MarkdownLines.Indent(line);
        if (indent >= line.Length)
        {
            return;
        }

        if (kind == ListKind.Table)
        {
            if (line[indent] == '|' && !MarkdownLines.IsTableDelimiter(line))
            {
                var cellEnd = line[(indent + 1)..].IndexOf('|');
                var end = cellEnd < 0 ? lineEnd : lineStart + indent + 1 + cellEnd;
                ReadLead(text, plain, lineStart + indent + 1, end, structural: true, leads);
            }

            return;
        }

        var marker = kind is null ? 0 : ListMarker.Measure(line, indent, out _);
        if (marker > 0)
        {
            ReadLead(text, plain, lineStart + indent + marker, lineEnd, structural: true, leads);
            return;
        }

        var hashes = 0;
        while (indent + hashes < line.Length && line[indent + hashes] == '#' && hashes < 6)
        {
            hashes++;
        }

        if (hashes > 0 && indent + hashes < line.Length && line[indent + hashes] is ' ' or '\t')
        {
            ReadLead(text, plain, lineStart + indent + hashes, lineEnd, structural: true, leads);
        }
        else if (line[indent..].StartsWith("**") || line[indent..].StartsWith("__"))
        {
            ReadLead(text, plain, lineStart + indent, lineEnd, structural: false, leads);
        }
    }

    // A lead outside a list item or heading must be bold and followed by a separator (or be the whole line).
    private static void ReadLead(string text, string plain, int start, int end, bool structural, List<NameLead> leads)
    {
        while (start < end && text[start] is ' ' or '\t')
        {
            start++;
        }

        var content = text.AsSpan(start, end - start);
        if (content.StartsWith("**") || content.StartsWith("__"))
        {
            var close = content[2..].IndexOf(content[..2]);
            if (close >= 0)
            {
                var inner = content.Slice(2, close).TrimEnd();
                var rest = content[(close + 4)..].TrimStart();
                if (!structural && !(rest.IsEmpty || rest[0] is ':' or '–' or '—' or '-' || inner.EndsWith(':')))
                {
                    return;
                }

                TakeName(text, plain, start + 2, start + 2 + close, leads);
                return;
            }
        }

        if (structural)
        {
            TakeName(text, plain, start, end, leads);
        }
    }

    private static void TakeName(string text, string plain, int start, int end, List<NameLead> leads)
    {
        start += LeadingNumber(plain.AsSpan(start, end - start));
        var span = plain.AsSpan(start, end - start);
        var cut = CutAt(span);
        span = span[..cut];
        end = start + cut;

        Span<(int Start, int End)> words = stackalloc (int, int)[MaxNameWords + 2];
        var count = 0;
        var position = 0;
        while (position < span.Length)
        {
            while (position < span.Length && char.IsWhiteSpace(span[position]))
            {
                position++;
            }

            var wordStart = position;
            while (position < span.Length && !char.IsWhiteSpace(span[position]))
            {
                position++;
            }

            var word = Trim(span, wordStart, position);
            if (word.End <= word.Start)
            {
                continue;
            }

            var written = span[word.Start..word.End];
            if (!NameWords.LooksLikeName(written) && !(count > 0 && written is "&" or "+"))
            {
                break;
            }

            if (count == words.Length)
            {
                return;
            }

            words[count++] = word;
        }

        // Leading ordinary words go ("Why", "The", "Best"); trailing ones go unless generic ("CRM" stays, "Out" goes).
        var from = 0;
        while (from < count && NameWords.IsOrdinary(span[words[from].Start..words[from].End], text))
        {
            from++;
        }

        var to = count;
        while (to > from && IsDroppedTail(span[words[to - 1].Start..words[to - 1].End], text))
        {
            to--;
        }

        if (to > from && to - from <= MaxNameWords && count <= MaxNameWords)
        {
            leads.Add(new NameLead(start + words[from].Start, start + words[to - 1].End));
        }
    }

    private static bool IsDroppedTail(ReadOnlySpan<char> word, string text) =>
        word is "&" or "+" || (NameWords.IsOrdinary(word, text) && !GenericTerms.Contains(word));

    private static int CutAt(ReadOnlySpan<char> span)
    {
        for (var i = 0; i < span.Length; i++)
        {
            var c = span[i];
            if (Separators.Contains(c))
            {
                return i;
            }

            var spaced = i > 0 && span[i - 1] == ' ' && (i + 1 == span.Length || span[i + 1] == ' ');
            if ((c == '-' && spaced) || (c == '.' && (i + 1 == span.Length || char.IsWhiteSpace(span[i + 1]))))
            {
                return i;
            }
        }

        return span.Length;
    }

    // "1. Pipedrive" in a heading, "2) Zoho" in a cell: the number and its spaces.
    private static int LeadingNumber(ReadOnlySpan<char> span)
    {
        var at = 0;
        while (at < span.Length && char.IsWhiteSpace(span[at]))
        {
            at++;
        }

        var digits = at;
        while (digits < span.Length && char.IsAsciiDigit(span[digits]))
        {
            digits++;
        }

        if (digits == at || digits + 1 >= span.Length || span[digits] is not ('.' or ')') || !char.IsWhiteSpace(span[digits + 1]))
        {
            return 0;
        }

        return digits + 1;
    }

    // Quotes and trailing punctuation are not part of a word; neither is a possessive "'s".
    private static (int Start, int End) Trim(ReadOnlySpan<char> span, int start, int end)
    {
        while (start < end && span[start] is '\'' or '‘' or '’' or '*' or '_' or '.')
        {
            start++;
        }

        while (end > start && span[end - 1] is '\'' or '’' or '*' or '_' or '.')
        {
            end--;
        }

        if (end - start > 2 && span[end - 1] is 's' && span[end - 2] is '\'' or '’')
        {
            end -= 2;
        }

        return (start, end);
    }
}
