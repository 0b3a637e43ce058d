namespace Aeo.Analysis.Figures;

/// <summary>
/// Numbers clusters (questions) 0, 1, 2… in the order they are first seen, so the estimators can sum by cluster in
/// arrays instead of grouping by the question's id string for every figure.
/// </summary>
internal sealed class ClusterNumbering
{
    private readonly Dictionary<string, int> numbers = new(StringComparer.Ordinal);

    public int Count => numbers.Count;

    public int Of(string cluster)
    {
        if (!numbers.TryGetValue(cluster, out var number))
        {
            numbers[cluster] = number = numbers.Count;
        }
        return number;
    }
}
