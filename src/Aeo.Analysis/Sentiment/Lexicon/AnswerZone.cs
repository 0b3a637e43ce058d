namespace Aeo.Analysis.Sentiment.Lexicon;

/// <summary>What part of an answer a line belongs to, as far as the stance towards the brands named there goes.</summary>
internal enum AnswerZone
{
    /// <summary>Ordinary prose, list items and their sub-bullets.</summary>
    Body,

    /// <summary>The answer's verdict: a "Verdict", "Bottom line", "Conclusion", "My take"… section or lead-in paragraph.</summary>
    Verdict,

    /// <summary>A section presenting what to avoid ("Avoid if…", "Not recommended for this use case", "Probably not for you").</summary>
    Avoid,

    /// <summary>A section presenting recommendations ("Good options", "Strong choices", "Top picks").</summary>
    Recommend,

    /// <summary>A table row: mostly facts (prices, limits, yes/no), which carry little stance.</summary>
    Table,

    /// <summary>A scope note or disclaimer in italics ("*Prices change often; check each vendor's site.*").</summary>
    Disclaimer,
}
