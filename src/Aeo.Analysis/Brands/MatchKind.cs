namespace Aeo.Analysis.Brands;

/// <summary>Which part of a brand definition a term comes from; decides the match confidence.</summary>
internal enum MatchKind
{
    Domain = 0,
    Alias = 1,
    Name = 2,
}

internal static class MatchKindConfidence
{
    public static double Confidence(this MatchKind kind) => kind switch
    {
        MatchKind.Name => 1.0,
        MatchKind.Alias => 0.9,
        MatchKind.Domain => 0.8,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
