namespace Aeo.Analysis.Questions;

/// <summary>
/// Finds phrases (brand names, use cases, personas) in a question as whole words, ignoring case:
/// "HubSpot" is found in "hubspot's pricing" but "Zoho" is not found in "Zohoflow".
/// Questions are short and the phrases few, so a scan per phrase is enough here.
/// </summary>
internal static class PhraseMatcher
{
    /// <summary>Offset of the first whole-word occurrence of <paramref name="phrase"/>, or -1.</summary>
    public static int IndexOf(string text, string phrase)
    {
        if (phrase.Length == 0)
        {
            return -1;
        }

        for (var start = text.IndexOf(phrase, StringComparison.OrdinalIgnoreCase);
             start >= 0;
             start = text.IndexOf(phrase, start + 1, StringComparison.OrdinalIgnoreCase))
        {
            if (IsWholeWord(text, start, phrase.Length))
            {
                return start;
            }
        }

        return -1;
    }

    /// <summary>The first of <paramref name="phrases"/> that the text names, in list order, or null.</summary>
    public static string? FirstNamed(string text, IEnumerable<string> phrases) =>
        phrases.FirstOrDefault(phrase => IndexOf(text, phrase) >= 0);

    private static bool IsWholeWord(string text, int start, int length)
    {
        var end = start + length;
        var touchesBefore = start > 0 && char.IsLetterOrDigit(text[start - 1]) && char.IsLetterOrDigit(text[start]);
        var touchesAfter = end < text.Length && char.IsLetterOrDigit(text[end]) && char.IsLetterOrDigit(text[end - 1]);
        return !touchesBefore && !touchesAfter;
    }
}
