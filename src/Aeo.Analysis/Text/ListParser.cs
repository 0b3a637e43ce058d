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
        private readonly List<ListItem> _items = [];
        private int _lists;
        private ListKind? _open;
        private int _indent;
        private int _position;
        private int _itemStart = -1;
        private int _itemEnd;
        private bool _blankSeen;
        private (int Start, int End)? _pendingHeader;

        public IReadOnlyList<ListItem> Items => _items;

        public void Read(ReadOnlySpan<char> line, int offset)
        {
            if (MarkdownLines.IsBlank(line))
            {
                if (_open == ListKind.Table)
                {
                    Close();
                }

                _blankSeen = true;
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
            if (marker > 0 && !isRule && (_open is null || _open == ListKind.Table || indent <= _indent + 1))
            {
                if (_open != kind || indent + 1 < _indent)
                {
                    Close();
                    Open(kind, indent);
                }

                StartItem(offset, offset + line.Length);
                return;
            }

            if (_open is ListKind.Numbered or ListKind.Bulleted && (indent > _indent || !_blankSeen) && !isRule)
            {
                _itemEnd = offset + line.Length;
                _blankSeen = false;
                return;
            }

            Close();
        }

        public void Close()
        {
            FinishItem();
            if (_pendingHeader is { } header)
            {
                // Rows without a delimiter under the first one: no header, every row is an item.
                _position++;
                _items.Add(new ListItem(header.Start, header.End, _lists - 1, _position, ListKind.Table));
            }

            _pendingHeader = null;
            _open = null;
            _blankSeen = false;
        }

        private void ReadTableRow(ReadOnlySpan<char> line, int offset)
        {
            if (_open != ListKind.Table)
            {
                Close();
                Open(ListKind.Table, 0);
                _pendingHeader = (offset, offset + line.Length);
                return;
            }

            if (MarkdownLines.IsTableDelimiter(line))
            {
                _pendingHeader = null;
                return;
            }

            if (_pendingHeader is { } header)
            {
                _pendingHeader = null;
                StartItem(header.Start, header.End);
            }

            StartItem(offset, offset + line.Length);
        }

        private void Open(ListKind kind, int indent)
        {
            _open = kind;
            _indent = indent;
            _position = 0;
            _lists++;
        }

        private void StartItem(int start, int end)
        {
            FinishItem();
            _position++;
            _itemStart = start;
            _itemEnd = end;
            _blankSeen = false;
        }

        private void FinishItem()
        {
            if (_itemStart >= 0 && _open is { } kind)
            {
                _items.Add(new ListItem(_itemStart, _itemEnd, _lists - 1, _position, kind));
            }

            _itemStart = -1;
        }
    }
}
