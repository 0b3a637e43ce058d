namespace Aeo.Analysis.Questions;

/// <summary>
/// Picks at most <c>limit</c> questions so that even a small cap spans categories: one question per
/// category per round, each category's best first, categories ordered by their best priority
/// (ties in the plan's category order). Input must already be sorted by priority.
/// </summary>
internal static class CategoryBalancer
{
    public static List<GeneratedQuestion> Take(IReadOnlyList<GeneratedQuestion> byPriority, int limit, IReadOnlyList<string> categoryOrder)
    {
        var queues = byPriority
            .GroupBy(q => q.Category)
            .Select(g => new Queue<GeneratedQuestion>(g))
            .OrderByDescending(q => q.Peek().Priority)
            .ThenBy(q => OrderOf(categoryOrder, q.Peek().Category))
            .ToList();

        var picked = new List<GeneratedQuestion>(Math.Min(limit, byPriority.Count));
        while (picked.Count < limit && queues.Count > 0)
        {
            foreach (var queue in queues)
            {
                if (picked.Count == limit)
                {
                    break;
                }

                picked.Add(queue.Dequeue());
            }

            queues.RemoveAll(q => q.Count == 0);
        }

        return picked;
    }

    private static int OrderOf(IReadOnlyList<string> categoryOrder, string category)
    {
        for (var i = 0; i < categoryOrder.Count; i++)
        {
            if (categoryOrder[i] == category)
            {
                return i;
            }
        }

        return int.MaxValue;
    }
}
