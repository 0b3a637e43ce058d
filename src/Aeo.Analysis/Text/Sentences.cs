namespace Aeo.Analysis.Text;

/// <summary>
/// The sentences of a markup-blanked text in reading order, by the rules of <see cref="SentenceBounds"/>: a sentence
/// ends at a line break or where <see cref="SentenceBounds.EndsSentence"/> says, so a heading, a list item's line and
/// a table row are sentences of their own. Each has its range and its number of words (runs of letters or digits,
/// "e-mail" and "don't" one word each); stretches with no word (blank lines, blanked rules) are no sentences.
/// </summary>
public static class Sentences
{
    public readonly record struct Sentence(int Start, int End, int Words)
    {
        public bool Contains(int offset) => offset >= Start && offset < End;
    }

    public static IReadOnlyList<Sentence> Of(ReadOnlySpan<char> plain)
    {
        var sentences = new List<Sentence>(plain.Length / 48 + 4);
        var start = 0;
        var words = 0;
        var inWord = false;
        for (var i = 0; i < plain.Length; i++)
        {
            var c = plain[i];
            var wordChar = char.IsAsciiLetterOrDigit(c) || (c > '\u007F' && char.IsLetterOrDigit(c))
                || (inWord && c is '-' or '\'' or '’' && i + 1 < plain.Length && char.IsLetterOrDigit(plain[i + 1]));
            if (wordChar && !inWord)
            {
                words++;
            }

            inWord = wordChar;
            if (c == '\n' || (c is '.' or '!' or '?' or '…' && SentenceBounds.EndsSentence(plain, i)))
            {
                Close(sentences, start, c == '\n' ? i : i + 1, words);
                start = i + 1;
                words = 0;
                inWord = false;
            }
        }

        Close(sentences, start, plain.Length, words);
        return sentences;
    }

    private static void Close(List<Sentence> sentences, int start, int end, int words)
    {
        if (words > 0)
        {
            sentences.Add(new Sentence(start, end, words));
        }
    }
}
