namespace Aeo.Analysis.Sampling;

/// <summary>
/// One question on one platform as adaptive sampling sees it: whether it names a tracked brand (branded questions are
/// not in the headline), how many samples were asked (answered or failed for good), and for each answered sample the
/// tracked brands it mentions.
/// </summary>
public sealed record SampledQuestion(int Ordinal, bool Branded, int Asked, IReadOnlyList<IReadOnlySet<string>> Answers)
{
    /// <summary>Answers that mention <paramref name="brand"/>.</summary>
    public int Mentioning(string brand) => Answers.Count(a => a.Contains(brand));

    /// <summary>Tracked brands mentioned in some of the answers and not in others.</summary>
    public int DisagreeingBrands() =>
        Answers.SelectMany(a => a).Distinct(StringComparer.Ordinal).Count(brand => Answers.Any(a => !a.Contains(brand)));
}
