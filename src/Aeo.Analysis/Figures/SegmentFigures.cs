namespace Aeo.Analysis.Figures;

/// <summary>
/// The figures for one slice of a run's answers. <see cref="Key"/> names the slice ("overall",
/// "platform:openai", "category:pricing", "question_type:branded", "platform:openai|question_type:branded")
/// and is what <see cref="RunComparison"/> matches on; the slice's dimensions are also given one by one.
/// <see cref="Brands"/> has every tracked brand, in the order given, mentioned or not.
/// </summary>
/// <param name="Answers">Answers in the segment (the denominator of the per-answer rates).</param>
/// <param name="Questions">Distinct questions among them (the clusters of the intervals).</param>
/// <param name="AnswersMentioningAnyBrand">Answers naming at least one tracked brand (the denominator of share of voice per answer).</param>
/// <param name="BrandMentions">Σ over answers of the number of tracked brands mentioned (the denominator of pooled share of voice).</param>
/// <param name="CitedSources">Cited sources over the segment's answers (the denominator of citation share).</param>
public sealed record SegmentFigures(
    string Key,
    string? Platform,
    string? Category,
    string? QuestionType,
    int Answers,
    int Questions,
    int AnswersMentioningAnyBrand,
    int BrandMentions,
    int CitedSources,
    IReadOnlyDictionary<string, BrandFigures> Brands);
