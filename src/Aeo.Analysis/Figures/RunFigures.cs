namespace Aeo.Analysis.Figures;

/// <summary>
/// A run's figures, per tracked brand, in every segment.
/// <para>
/// Branded questions name a tracked brand, usually the client, so the client is mentioned in nearly all of
/// their answers; pooling them with non-branded questions inflates its visibility and share of voice. So:
/// <list type="bullet">
/// <item><see cref="Headline"/> is the non-branded segment: the figure to quote for how engines treat the
/// brand when buyers do not name it. With no non-branded answers its values are null, never a pooled stand-in.</item>
/// <item><see cref="Overall"/> pools all answers, branded and non-branded, and is labelled as such; read it
/// beside <see cref="ByQuestionType"/>, which always has both "branded" and "non_branded".</item>
/// <item><see cref="ByPlatformAndQuestionType"/> keeps the split within each platform.</item>
/// </list>
/// </para>
/// <see cref="AnsweredCount"/> is the number of answers the figures use; <see cref="PlannedCount"/>, when
/// known, the number of work items planned, so a reader sees how complete the run is.
/// </summary>
public sealed record RunFigures(
    int AnsweredCount,
    int? PlannedCount,
    string? ClientBrand,
    SegmentFigures Headline,
    SegmentFigures Overall,
    IReadOnlyDictionary<string, SegmentFigures> ByQuestionType,
    IReadOnlyDictionary<string, SegmentFigures> ByPlatform,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, SegmentFigures>> ByPlatformAndQuestionType,
    IReadOnlyDictionary<string, SegmentFigures> ByCategory)
{
    /// <summary>Every distinct segment once (the headline is the non-branded segment, so it is not repeated).</summary>
    public IEnumerable<SegmentFigures> Segments() =>
        new[] { Overall }
            .Concat(ByQuestionType.Values)
            .Concat(ByPlatform.Values)
            .Concat(ByPlatformAndQuestionType.Values.SelectMany(byType => byType.Values))
            .Concat(ByCategory.Values);
}
