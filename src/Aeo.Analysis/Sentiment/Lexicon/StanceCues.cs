namespace Aeo.Analysis.Sentiment.Lexicon;

/// <summary>
/// The words that give a heading, a lead-in or a sentence its role in the answer's stance. Matched on lower-cased
/// text, as whole phrases.
/// </summary>
internal static class StanceCues
{
    /// <summary>Headings and lead-ins ("**Bottom line:**") that introduce the answer's verdict.</summary>
    public static readonly string[] Verdict =
    [
        "verdict", "bottom line", "conclusion", "in conclusion", "my take", "my advice", "my pick", "my recommendation",
        "recommendation", "short answer", "quick take", "the short version", "summary", "in short", "tl;dr", "final thoughts",
        "which to choose", "which one to choose", "what to choose", "overall", "the answer", "which should you choose",
        "which should you pick", "which one should you", "the winner", "our pick", "top pick", "takeaway", "to sum up",
        "in summary", "wrapping up", "final word", "my vote", "if i had to pick", "if i had to choose", "recommendations",
        "final recommendation", "the short answer",
    ];

    /// <summary>Headings and lead-ins that introduce what to avoid.</summary>
    public static readonly string[] Avoid =
    [
        "avoid", "not recommended", "skip", "probably not", "not for you", "falls short", "fall short", "not ideal",
        "watch out", "steer clear", "think twice", "don't", "do not", "less suitable", "not a good fit", "poor fit",
        "not a fit", "not worth", "weak", "wouldn't", "not the best", "look elsewhere", "red flag", "red flags",
        "less suited", "not suited", "not great", "when not to", "who should not", "shouldn't", "not for",
        "be cautious", "be careful", "caution", "cautious", "use with care", "complaints", "over budget", "hard to recommend",
        "i'd pass", "pass on", "not worth it", "where it falls short", "proceed with care",
    ];

    /// <summary>Headings and lead-ins that introduce recommendations.</summary>
    public static readonly string[] Recommend =
    [
        "recommended", "good options", "other good options", "good fits", "good fit", "strong choices", "strong options",
        "top picks", "our picks", "my picks", "tools that fit", "top contenders", "winners", "best options", "where it shines",
        "why it works", "works for", "shines", "top choices", "best picks", "shortlist", "worth considering", "strong contenders",
        "safe choices", "safer choices", "safe picks", "safe bets", "good choices", "generally safe", "worth it", "worth buying",
        "best bets", "what to buy", "safer bets", "solid choices", "good picks",
    ];

    /// <summary>A sentence saying the engine knows nothing about the brand named in it.</summary>
    public static readonly string[] KnowsNothing =
    [
        "couldn't find", "could not find", "can't find", "cannot find", "not familiar with", "don't have reliable",
        "don't have any reliable", "do not have reliable", "no reliable information", "don't have information",
        "don't have dependable", "couldn't verify", "could not verify", "can't verify", "can't assess", "can't vouch",
        "can't rate", "can't judge", "can't say whether", "can't tell you whether", "i'm not aware of", "no information about",
        "don't have enough information", "don't know enough", "don't know anything about", "have reliable information",
        "no reliable", "not something i have",
    ];

    /// <summary>Sentences naming a brand only to treat it as unknown ("Treat X as unverified", "X as an unknown").</summary>
    public static readonly string[] Unverified = ["as unverified", "as an unknown", "until you can confirm", "until you've seen independent"];

    /// <summary>Openings of a sentence that restates the asker's own situation ("Since you're moving off X").</summary>
    public static readonly string[] EchoOpenings =
    [
        "since you", "you mentioned", "you're already", "you are already", "as you", "given that you", "because you",
        "if you're currently", "since your", "you said", "since",
    ];

    /// <summary>
    /// The words after which a brand named in the verdict is being picked ("Start with X", "choose X", "X or Y"); a
    /// brand opening its clause is picked too. After other words ("stay in X", "skip X") it is not.
    /// </summary>
    public static readonly IReadOnlySet<string> PickWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "with", "pick", "choose", "use", "try", "consider", "recommend", "get", "prefer", "and", "or", "is", "then", "otherwise",
    };

    public static bool Contains(string lowerText, IReadOnlyList<string> cues)
    {
        for (var i = 0; i < cues.Count; i++)
        {
            if (ContainsPhrase(lowerText, cues[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="phrase"/> occurs in <paramref name="lowerText"/> with no letter touching it.</summary>
    public static bool ContainsPhrase(string lowerText, string phrase)
    {
        for (var at = lowerText.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = lowerText.IndexOf(phrase, at + 1, StringComparison.Ordinal))
        {
            var before = at == 0 || !char.IsLetter(lowerText[at - 1]);
            var after = at + phrase.Length >= lowerText.Length || !char.IsLetter(lowerText[at + phrase.Length]);
            if (before && after)
            {
                return true;
            }
        }

        return false;
    }
}
