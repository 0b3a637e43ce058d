namespace Aeo.Analysis.Sentiment.Lexicon;

/// <summary>
/// What the lexicon reads about one brand across a whole answer, zone by zone (<see cref="AnswerLayout"/>): the
/// positive and negative evidence of its mentions in the verdict, in the body (list items, sections, prose,
/// avoid and recommend sections included) and in table rows; how many of its verdict mentions name it as the subject
/// of a clause that is not against it (a pick: "Start with X", "X if engineers own analytics"); how many of its
/// mentions open an item of an avoid or a recommend section; and whether the engine says it knows nothing about it,
/// or names it only in an echo of the question or a disclaimer.
/// </summary>
internal sealed record StanceFeatures(
    double VerdictPositive,
    double VerdictNegative,
    int VerdictPicks,
    double BodyPositive,
    double BodyNegative,
    double TablePositive,
    double TableNegative,
    int AvoidItems,
    int RecommendItems,
    bool KnowsNothing,
    bool OnlyAside);
