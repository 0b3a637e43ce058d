namespace Aeo.Analysis.Text;

/// <summary>Line-level facts about markdown shared by the markup blanker and the list parser.</summary>
internal static class MarkdownLines
{
    public static int Indent(ReadOnlySpan<char> line)
    {
        var indent = 0;
        while (indent < line.Length && line[indent] is ' ' or '\t')
        {
            indent++;
        }

        return indent;
    }

    public static bool IsBlank(ReadOnlySpan<char> line) => line.Trim().IsEmpty;

    /// <summary>A table row: its content starts with a pipe.</summary>
    public static bool IsTableRow(ReadOnlySpan<char> line) => line.TrimStart().StartsWith('|');

    /// <summary>The row under a table header: only pipes, dashes, colons and spaces, with a dash.</summary>
    public static bool IsTableDelimiter(ReadOnlySpan<char> line)
    {
        var trimmed = line.Trim();
        return trimmed.Contains('-') && trimmed.Contains('|') && !trimmed.ContainsAnyExcept("|-: \t");
    }

    /// <summary>"---", "***", "___" (three or more of one char, spaces allowed) or a code fence.</summary>
    public static bool IsRuleOrFence(ReadOnlySpan<char> line)
    {
        var trimmed = line.Trim();
        if (trimmed.StartsWith("```") || trimmed.StartsWith("~~~"))
        {
            return true;
        }

        if (trimmed.Length < 3 || trimmed[0] is not ('-' or '*' or '_'))
        {
            return false;
        }

        var marks = 0;
        foreach (var c in trimmed)
        {
            if (c == trimmed[0])
            {
                marks++;
            }
            else if (c is not (' ' or '\t'))
            {
                return false;
            }
        }

        return marks >= 3;
    }
}
