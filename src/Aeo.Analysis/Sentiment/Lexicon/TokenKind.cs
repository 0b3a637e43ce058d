namespace Aeo.Analysis.Sentiment.Lexicon;

internal enum TokenKind
{
    Word,
    Comma,
    Semicolon,
    Colon,
    Dash,
    SentenceEnd,
    LineBreak,
    TableCell,
    Bracket,
}
