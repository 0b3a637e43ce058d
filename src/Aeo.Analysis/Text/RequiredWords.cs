namespace Aeo.Analysis.Text;

/// <summary>
/// Words of which every match of one case-insensitive pattern holds at least one (each of the pattern's alternatives
/// needs one of them, or a digit), so a text holding none of them cannot match and the pattern need not run on it.
/// Sound, not heuristic: the words are looked for ignoring case, and since .NET's case-insensitive matching also
/// equates the Kelvin sign with "k" and the long s with "s", a text holding either is always let through.
/// </summary>
/// <param name="words">The words, looked for ignoring case.</param>
/// <param name="orDigit">Whether one of the pattern's alternatives needs only a digit (<c>\d</c>, any Unicode decimal digit).</param>
public sealed class RequiredWords(string[] words, bool orDigit = false)
{
    private static readonly SearchValues<char> AsciiLetterLookalikes = SearchValues.Create("\u212A\u017F");

    private readonly SearchValues<string> words = SearchValues.Create(words, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the pattern may match somewhere in <paramref name="text"/>; false only when it cannot.</summary>
    public bool MayMatch(ReadOnlySpan<char> text) =>
        text.ContainsAny(words) || text.ContainsAny(AsciiLetterLookalikes) || (orDigit && HasDigit(text));

    private static bool HasDigit(ReadOnlySpan<char> text)
    {
        if (text.ContainsAnyInRange('0', '9'))
        {
            return true;
        }

        foreach (var c in text)
        {
            if (c > '\u007F' && char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }
}
