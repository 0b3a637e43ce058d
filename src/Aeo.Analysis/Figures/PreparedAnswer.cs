namespace Aeo.Analysis.Figures;

/// <summary>
/// One answer reduced to what the segment formulas read, with per-brand arrays indexed like the tracked brands.
/// <see cref="Mentions"/> holds the visible mentions only, ranked again among themselves (a brand named first only to
/// say nothing is known of it does not push the first real pick to rank 2); the flagged ones are in
/// <see cref="UnknownToEngine"/> and <see cref="EchoOrDisclaimerOnly"/>.
/// </summary>
internal sealed class PreparedAnswer
{
    public PreparedAnswer(
        AnswerObservation answer, int clusterNumber, string questionType, BrandObservation?[] observed, int[] citedByBrand, int[] retrievedByBrand)
    {
        Source = answer;
        ClusterNumber = clusterNumber;
        QuestionType = questionType;
        CitedByBrand = citedByBrand;
        RetrievedByBrand = retrievedByBrand;
        UnknownToEngine = [.. observed.Select(o => o?.UnknownToEngine == true)];
        EchoOrDisclaimerOnly = [.. observed.Select(o => o?.EchoOrDisclaimerOnly == true)];

        var visibleRanks = observed.Where(o => o?.IsVisible == true).Select(o => o!.Rank).Order().ToList();
        Mentions = [.. observed.Select(o => o?.IsVisible == true ? o with { Rank = visibleRanks.IndexOf(o.Rank) + 1 } : null)];
        MentionedBrands = Mentions.Count(m => m is not null);
        MentionCount = Mentions.Sum(m => m?.Count ?? 0);
        CitedSources = answer.Citations.Count(c => c.Kind == CitationKind.Cited);

        // Prominence is known for every brand once it is known for every observation (0 where a brand is not visible).
        var measured = observed.All(o => o is null || o.Prominence is not null);
        Prominence = [.. Mentions.Select(m => measured ? m?.Prominence ?? 0 : (double?)null)];
    }

    public AnswerObservation Source { get; }

    public string Cluster => Source.QuestionId;

    /// <summary>The question's number among the run's questions (<see cref="ClusterNumbering"/>).</summary>
    public int ClusterNumber { get; }

    public string QuestionType { get; }

    public BrandObservation?[] Mentions { get; }

    public bool[] UnknownToEngine { get; }

    public bool[] EchoOrDisclaimerOnly { get; }

    /// <summary>Each brand's prominence in the answer: its visible mention's, 0 when it has none; null when not measured.</summary>
    public double?[] Prominence { get; }

    public int[] CitedByBrand { get; }

    public int[] RetrievedByBrand { get; }

    public int MentionedBrands { get; }

    public int MentionCount { get; }

    public int CitedSources { get; }
}
