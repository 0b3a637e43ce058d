namespace Aeo.Analysis.Sentiment.Lexicon;

/// <summary>The role a lexicon entry plays in a clause: an evaluation, or a word that changes the evaluations around it.</summary>
internal enum LexiconTermKind
{
    /// <summary>Evaluative language; the value is its weight in [-1, 1].</summary>
    Polarity,

    /// <summary>Scales the polarity term right after it ("very", "slightly"); the value is the factor.</summary>
    Intensifier,

    /// <summary>Flips and dampens a polarity term shortly after it ("not", "no", "without"); the value is the (negative) factor.</summary>
    Negator,

    /// <summary>Starts a clause that outweighs the one before it ("but", "however").</summary>
    Adversative,

    /// <summary>Starts a subordinate clause that weighs less ("although", "while"); the value is that clause's weight.</summary>
    Concessive,

    /// <summary>Softens the evaluations after it in its clause ("might", "can be"); the value is the factor.</summary>
    Hedge,

    /// <summary>"than", "compared to": the brand right after it is compared with the clause's subject.</summary>
    Comparison,

    /// <summary>"over", "instead of": preference (the value) for the subject over the brand that follows at once.</summary>
    Preference,

    /// <summary>"outperforms", "falls behind": polarity (the value) for the subject; the opposite for a brand object.</summary>
    ComparisonVerb,
}
