namespace Aeo.Analysis.Text;

/// <summary>
/// Finds the lists and tables of a markdown text. Numbered ("1." "1)" "①") and bulleted ("-" "*" "+" "•")
/// items are counted at the list's own indentation; deeper lines (nested lists, wrapped text) belong to the
/// item above them. A blank line between items keeps the list going; a blank line followed by unindented
/// prose ends it, and so does a switch between numbered and bulleted items. Table rows are items, except a
/// header row (the row above a "|---|" delimiter).
/// </summary>
public static class ListParser
{
    /// <summary>The items of every list and table in <paramref name="text"/>, in text order.</summary>
    public static IReadOnlyList<ListItem> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var state = new ParseState();
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var newline = text.AsSpan(lineStart).IndexOf('\n');
            var lineEnd = newline < 0 ? text.Length : lineStart + newline;
            state.Read(text.AsSpan(lineStart, lineEnd - lineStart), lineStart);
            lineStart = lineEnd + 1;
        }

        state.Close();
        return state.Items;
    }

    private sealed class ParseState
    {
        private readonly List<ListItem> items = [];
        private int lists;
        private ListKind? open;
        private int indent;
        private int position;
        private int itemStart = -1;
        private int itemEnd;
        private bool blankSeen;
        private (int Start, int End)? pendingHeader;

        public IReadOnlyList<ListItem> Items => items;

        public void Read(ReadOnlySpan<char> line, int offset)
        {
            if (MarkdownLines.IsBlank(line))
            {
                if (open == ListKind.Table)
                {
                    Close();
                }

                blankSeen = true;
                return;
            }

            if (MarkdownLines.IsTableRow(line))
            {
                ReadTableRow(line, offset);
                return;
            }

            var indent = MarkdownLines.Indent(line);
            var marker = ListMarker.Measure(line, indent, out var kind);
            var isRule = MarkdownLines.IsRuleOrFence(line);
            if (marker > 0 && !isRule && (open is null || open == ListKind.Table || indent <= this.indent + 1))
            {
                if (open != kind || indent + 1 < this.indent)
                {
                    Close();
                    Open(kind, indent);
                }

                StartItem(offset, offset + line.Length);
                return;
            }

            if (open is ListKind.Numbered or ListKind.Bulleted && (indent > this.indent || !blankSeen) && !isRule)
            {
                itemEnd = offset + line.Length;
                blankSeen = false;
                return;
            }

            Close();
        }

        public void Close()
        {
            FinishItem();
            if (pendingHeader is { } header)
            {
                // Rows without a delimiter under the first one: no header, every row is an item.
                position++;
                items.Add(new ListItem(header.Start, header.End, lists - 1, position, ListKind.Table));
            }

            pendingHeader = null;
            open = null;
            blankSeen = false;
        }

        private void ReadTableRow(ReadOnlySpan<char> line, int offset)
        {
            if (open != ListKind.Table)
            {
                Close();
                Open(ListKind.Table, 0);
                pendingHeader = (offset, offset + line.Length);
                return;
            }

            if (MarkdownLines.IsTableDelimiter(line))
            {
                pendingHeader = null;
                return;
            }

            if (pendingHeader is { } header)
            {
                pendingHeader = null;
                StartItem(header.Start, header.End);
            }

            StartItem(offset, offset + line.Length);
        }

        private void Open(ListKind kind, int indent)
        {
            open = kind;
            this.indent = indent;
            position = 0;
            lists++;
        }

        private void StartItem(int start, int end)
        {
            FinishItem();
            position++;
            itemStart = start;
            itemEnd = end;
            blankSeen = false;
        }

        private void FinishItem()
        {
            if (itemStart >= 0 && open is { } kind)
            {
                items.Add(new ListItem(itemStart, itemEnd, lists - 1, position, kind));
            }

            itemStart = -1;
        }
    }
}
