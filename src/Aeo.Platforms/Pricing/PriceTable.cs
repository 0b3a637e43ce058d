namespace Aeo.Platforms;

/// <summary>
/// A platform's configured prices by model. A provider answers with the exact model version it used
/// ("gpt-4o-2024-08-06"), so the longest configured name that the answered model starts with wins.
/// </summary>
public sealed class PriceTable(IReadOnlyDictionary<string, ModelPrice> prices)
{
    private readonly KeyValuePair<string, ModelPrice>[] byLongestName = [.. prices.OrderByDescending(p => p.Key.Length)];

    public static PriceTable Empty { get; } = new(new Dictionary<string, ModelPrice>());

    /// <summary>The cost of one call, or null when no configured model matches.</summary>
    public decimal? CostOf(string model, int inputTokens, int outputTokens)
    {
        foreach (var (name, price) in byLongestName)
        {
            if (model.StartsWith(name, StringComparison.OrdinalIgnoreCase))
            {
                return (inputTokens * price.InputPerMillionTokens + outputTokens * price.OutputPerMillionTokens) / 1_000_000m;
            }
        }
        return null;
    }

    /// <summary>The provider's own figure when it reported one, else the table's.</summary>
    public EngineAnswer Priced(EngineAnswer answer, decimal? providerReportedUsd = null)
    {
        if (providerReportedUsd is { } reported)
        {
            return answer with { CostUsd = reported, CostSource = CostSource.Provider };
        }
        return CostOf(answer.Model, answer.InputTokens, answer.OutputTokens) is { } cost
            ? answer with { CostUsd = cost, CostSource = CostSource.PriceTable }
            : answer;
    }
}
