namespace Aeo.Analysis.Sentiment.Lexicon;

/// <summary>A word (lower-cased, curly apostrophes straightened) or a punctuation mark, with its span in the original text.</summary>
internal readonly record struct Token(string Text, int Start, int Length, TokenKind Kind)
{
    public int End => Start + Length;

    public bool IsWord => Kind == TokenKind.Word;
}
