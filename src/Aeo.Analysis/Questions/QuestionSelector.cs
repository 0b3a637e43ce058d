namespace Aeo.Analysis.Questions;

/// <summary>
/// Chooses which candidates fit in a budget while honouring the per-category bounds:
/// <list type="number">
/// <item>When the budget covers every category's minimum (Σ min(MinPerCategory, candidates in the category)),
/// each category first gets its best min(MinPerCategory, candidates) questions; the rest of the budget then goes
/// to the best remaining candidates by priority, skipping any category that has reached MaxPerCategory.</item>
/// <item>When it does not (budget &lt; categories × minimum), the budget is shared round-robin, one question per
/// category per round, categories in order of their best priority (<see cref="CategoryBalancer"/>), so even a
/// small cap spans as many categories as it can. No category then exceeds the minimum, hence nor the maximum.</item>
/// </list>
/// Candidates must be sorted by priority, best first; the result keeps that order.
/// </summary>
internal static class QuestionSelector
{
    public static List<GeneratedQuestion> Select(
        IReadOnlyList<GeneratedQuestion> byPriority,
        int budget,
        int minPerCategory,
        int maxPerCategory,
        IReadOnlyList<string> categoryOrder)
    {
        var counts = byPriority.GroupBy(q => q.Category).ToDictionary(g => g.Key, g => g.Count());
        var minimums = counts.Values.Sum(count => Math.Min(minPerCategory, count));
        if (budget < minimums)
        {
            var balanced = CategoryBalancer.Take(byPriority, budget, categoryOrder).ToHashSet(ReferenceEqualityComparer.Instance);
            return [.. byPriority.Where(balanced.Contains)];
        }

        var taken = new Dictionary<string, int>();
        var chosen = new bool[byPriority.Count];
        for (var i = 0; i < byPriority.Count; i++)
        {
            var category = byPriority[i].Category;
            if (taken.GetValueOrDefault(category) < Math.Min(minPerCategory, maxPerCategory))
            {
                chosen[i] = true;
                taken[category] = taken.GetValueOrDefault(category) + 1;
            }
        }

        var remaining = budget - chosen.Count(c => c);
        for (var i = 0; i < byPriority.Count && remaining > 0; i++)
        {
            var category = byPriority[i].Category;
            if (!chosen[i] && taken.GetValueOrDefault(category) < maxPerCategory)
            {
                chosen[i] = true;
                taken[category] = taken.GetValueOrDefault(category) + 1;
                remaining--;
            }
        }

        return [.. byPriority.Where((_, i) => chosen[i])];
    }
}
