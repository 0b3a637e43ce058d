namespace Aeo.Analysis.Tests.Corpus;

/// <summary>One disagreement between the corpus labels and a detector, for failure messages.</summary>
public sealed record Discrepancy(string CaseId, string Brand, string Expected, string Detected)
{
    public override string ToString() => $"{CaseId} {Brand}: expected {Expected}; detected {Detected}";
}
