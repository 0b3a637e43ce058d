using System.Collections.Frozen;

namespace Aeo.Analysis.Sentiment.Lexicon;

/// <summary>
/// Verdict language: the phrases with which an answer settles its stance on a brand ("my pick", "I'd go with",
/// "I'd pass", "hard to justify", "only makes sense if", "a poor fit", "over budget"), as opposed to praise or
/// criticism of one trait. <see cref="For"/> and <see cref="Against"/> are polarity entries of the lexicon like any
/// other (weights as in <see cref="RecommendationLexicon"/>); <see cref="IsVerdict"/> also knows the verdict phrases
/// that lexicon already lists, so the stance model can weigh a verdict apart from a trait.
/// </summary>
internal static class VerdictLexicon
{
    public static readonly (string Phrase, double Weight)[] For =
    [
        ("my pick", 0.8), ("my top pick", 0.9), ("the one to get", 0.9), ("the one i'd", 0.6), ("lean towards", 0.5),
        ("lean toward", 0.5), ("i'd go with", 0.7), ("i'd choose", 0.6), ("i'd pick", 0.6), ("i'd recommend", 0.7),
        ("i'd start with", 0.6), ("i'd use", 0.5), ("go straight to", 0.6), ("the right move", 0.6), ("smarter buy", 0.7),
        ("brand to beat", 0.8), ("one to beat", 0.8), ("perfectly adequate", 0.4), ("adequate", 0.2), ("a treat", 0.6),
        ("punches above its weight", 0.7), ("worth keeping", 0.5), ("safer choice", 0.5), ("safer choices", 0.5),
        ("safe choices", 0.5), ("safer bet", 0.5), ("lowest-risk", 0.5), ("low-risk", 0.4), ("no-drama", 0.4),
        ("compelling", 0.5), ("sensible", 0.4), ("sensible default", 0.6), ("a steal", 0.6), ("value play", 0.6),
        ("class-leading", 0.7), ("class leading", 0.7), ("no catch", 0.4), ("does this well", 0.5), ("does it well", 0.5),
        ("earns its place", 0.6), ("cleanest", 0.4), ("default answer", 0.5), ("friendliest", 0.5), ("astonishing", 0.8),
        ("nailed", 0.6), ("bargain", 0.6), ("worth it for", 0.6), ("hard to argue with", 0.7), ("worth buying", 0.6),
        ("worth paying for", 0.6), ("the one i'd pick", 0.8), ("the better pick", 0.6), ("better pick", 0.6),
    ];

    public static readonly (string Phrase, double Weight)[] Against =
    [
        ("i'd pass", -0.8), ("i would pass", -0.8), ("not bother", -0.7), ("not what i'd", -0.6), ("i'd wait", -0.5),
        ("only makes sense if", -0.5), ("only make sense if", -0.5), ("makes sense only if", -0.5), ("hard to trust", -0.7),
        ("be cautious", -0.5), ("more cautious", -0.5), ("use with care", -0.4), ("poor fit", -0.7),
        ("bad fit", -0.7), ("not a fit", -0.6), ("not a good fit", -0.7), ("not the right fit", -0.6), ("wrong fit", -0.6),
        ("over budget", -0.6), ("out of budget", -0.6), ("over your budget", -0.6), ("above budget", -0.5),
        ("not an answer", -0.6), ("not really an answer", -0.6), ("not really answer", -0.5), ("not answer", -0.5),
        ("a letdown", -0.7), ("letdown", -0.7), ("let down", -0.5), ("horror stories", -0.8), ("hard to swallow", -0.6),
        ("a grind", -0.5), ("stay clear", -0.8), ("give it a miss", -0.7), ("wrong pick", -0.7), ("a stretch", -0.4),
        ("too specialised", -0.5), ("too specialized", -0.5), ("falls well short", -0.7), ("fall well short", -0.7),
        ("a step behind", -0.5), ("step behind", -0.5), ("frustrates", -0.6), ("fatiguing", -0.5), ("useless", -0.8),
        ("exhausting", -0.6), ("riddled with", -0.6), ("a joke", -0.7), ("pushy", -0.5), ("nags", -0.5),
        ("aggressive renewal", -0.5), ("taken a beating", -0.6), ("far from perfect", -0.4), ("not my pick", -0.7),
        ("not on the shortlist", -0.6), ("i'd look elsewhere", -0.7),
        ("can not recommend", -0.8), ("i wouldn't", -0.5), ("wouldn't recommend", -0.7), ("would not recommend", -0.7),
        ("not for this", -0.5), ("doesn't fit", -0.5), ("does not fit", -0.5), ("not worth the money", -0.7),
    ];

    /// <summary>Verdict phrases <see cref="RecommendationLexicon"/> already lists.</summary>
    private static readonly string[] Listed =
    [
        "highly recommend", "highly recommended", "strongly recommend", "strongly recommended", "recommend", "recommended",
        "best overall", "best choice", "best option", "top choice", "top pick", "go-to", "no-brainer", "clear winner",
        "best bet", "go with", "start with", "stick with", "my recommendation", "top recommendation", "first choice",
        "first pick", "obvious choice", "clear choice", "safe bet", "safe choice", "sweet spot", "way to go", "winner",
        "worth it", "default choice", "safe default", "natural choice", "best fit", "right pick", "right fit",
        "avoid", "stay away", "steer clear", "not recommend", "not recommended", "skip", "look elsewhere", "pass on",
        "hard pass", "hard to recommend", "hard to justify", "difficult to justify", "not my first choice", "wrong tool",
        "wrong choice", "overkill", "more than you need", "more than they need", "not worth", "not worth it",
        "not choose", "not pick", "not go with", "not start here", "not start there", "no longer recommend",
        "not built for", "not designed for", "ill-suited", "not ideal", "second best", "only if",
    ];

    private static readonly FrozenSet<string> Phrases = For.Select(entry => entry.Phrase)
        .Concat(Against.Select(entry => entry.Phrase))
        .Concat(Listed)
        .SelectMany(phrase => new[] { Key(phrase), Key(phrase.Replace(' ', '-')) })
        .ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Phrases.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the words of a matched term, joined by single spaces, are a verdict phrase.</summary>
    public static bool IsVerdict(ReadOnlySpan<char> words) => Lookup.Contains(words);

    private static string Key(string phrase) =>
        string.Join(' ', SentimentTokenizer.Tokenize(phrase).Where(token => token.IsWord).Select(token => token.Text));
}
