namespace Aeo.Analysis.Sentiment.Lexicon;

/// <summary>
/// Splits a text into words and the punctuation that matters for scope, in one pass. Apostrophes, hyphens and dots
/// between letters or digits stay inside a word ("it's", "go-to", "asana.com", "4.5"); "n't" becomes its own "not"
/// token ("isn't" → "is", "not"; "can't" → "can", "not"); markdown emphasis and other symbols are skipped.
/// </summary>
internal static class SentimentTokenizer
{
    private static readonly HashSet<string> Abbreviations = ["e.g", "i.e", "etc", "vs", "approx", "incl", "inc", "ltd", "corp", "co", "dr", "mr", "ms"];

    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 5 + 4);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                i = ReadWord(text, i, tokens);
                continue;
            }

            var kind = c switch
            {
                '\n' => TokenKind.LineBreak,
                ',' or '/' => TokenKind.Comma,
                ';' => TokenKind.Semicolon,
                ':' => TokenKind.Colon,
                '—' or '–' or '-' => TokenKind.Dash,
                '!' or '?' => TokenKind.SentenceEnd,
                '.' => EndsSentence(tokens) ? TokenKind.SentenceEnd : null,
                '|' => TokenKind.TableCell,
                '(' or ')' or '[' or ']' => TokenKind.Bracket,
                _ => (TokenKind?)null,
            };
            if (kind is { } punctuation)
            {
                tokens.Add(new Token(c.ToString(), i, 1, punctuation));
            }

            i++;
        }

        return tokens;
    }

    private static bool EndsSentence(List<Token> tokens) =>
        tokens.Count == 0 || !tokens[^1].IsWord || !Abbreviations.Contains(tokens[^1].Text);

    private static int ReadWord(string text, int start, List<Token> tokens)
    {
        var end = start + 1;
        while (end < text.Length)
        {
            if (char.IsLetterOrDigit(text[end]))
            {
                end++;
            }
            else if (IsJoiner(text[end]) && end + 1 < text.Length && char.IsLetterOrDigit(text[end + 1]))
            {
                end += 2;
            }
            else
            {
                break;
            }
        }

        var word = Normalise(text.AsSpan(start, end - start));
        AddWord(word, start, end - start, tokens);
        return end;
    }

    private static bool IsJoiner(char c) => c is '\'' or '’' or '-' or '.' or '_';

    private static string Normalise(ReadOnlySpan<char> word)
    {
        var buffer = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        for (var i = 0; i < word.Length; i++)
        {
            buffer[i] = word[i] == '’' ? '\'' : char.ToLowerInvariant(word[i]);
        }

        return new string(buffer);
    }

    private static void AddWord(string word, int start, int length, List<Token> tokens)
    {
        if (word == "cannot")
        {
            tokens.Add(new Token("can", start, 3, TokenKind.Word));
            tokens.Add(new Token("not", start + 3, 3, TokenKind.Word));
            return;
        }

        if (word.Length > 3 && word.EndsWith("n't", StringComparison.Ordinal))
        {
            var stem = word[..^3] switch
            {
                "ca" => "can",
                "wo" => "will",
                "sha" => "shall",
                var other => other,
            };
            tokens.Add(new Token(stem, start, length - 3, TokenKind.Word));
            tokens.Add(new Token("not", start + length - 3, 3, TokenKind.Word));
            return;
        }

        tokens.Add(new Token(word, start, length, TokenKind.Word));
    }
}
