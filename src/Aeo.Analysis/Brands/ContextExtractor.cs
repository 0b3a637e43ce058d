using System.Text;
using Aeo.Analysis.Text;

namespace Aeo.Analysis.Brands;

/// <summary>
/// The sentence around a mention as a reader would see it: taken from the markup-blanked text, at most
/// <c>radius</c> chars either side of the mention (cut back to a whole word), table cells kept apart by
/// " | ", whitespace collapsed, trimmed.
/// </summary>
internal static class ContextExtractor
{
    public static string Extract(string original, string plain, int start, int end, int radius)
    {
        var (from, to) = SentenceBounds.Around(plain, start, end, radius);
        while (from < start && from > 0 && char.IsLetterOrDigit(plain[from - 1]) && char.IsLetterOrDigit(plain[from]))
        {
            from++;
        }

        while (to > end && to < plain.Length && char.IsLetterOrDigit(plain[to - 1]) && char.IsLetterOrDigit(plain[to]))
        {
            to--;
        }

        var context = new StringBuilder(to - from);
        var pendingSpace = false;
        for (var i = from; i < to; i++)
        {
            var c = original[i] == '|' ? '|' : plain[i];
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = context.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                context.Append(' ');
                pendingSpace = false;
            }

            context.Append(c);
        }

        return context.ToString().Trim(' ', '|');
    }
}
