namespace Aeo.Api.Analysis;

/// <summary>What the pasted-answer analysis may spend, bound from <c>Aeo:Analysis</c> beside the analysis settings.</summary>
public sealed class MentionAnalysisOptions
{
    public const string Section = "Aeo:Analysis";

    /// <summary>
    /// Calls to the sentiment judge one key may cause through <c>POST /api/v1/analysis/mentions</c> per UTC day,
    /// cluster-wide (counted in PostgreSQL); 0 turns the judge off for pasted answers. Audits are not counted here.
    /// </summary>
    [Range(0, 1_000_000)]
    public int JudgeCallsPerKeyPerDay { get; set; } = 100;
}
