namespace Aeo.Analysis.Questions;

/// <summary>
/// Picks at most <c>limit</c> questions so that even a small cap spans categories: one question per
/// category per round, each category's best first, categories ordered by their best priority
/// (ties in <see cref="QuestionCategories.All"/> order). Input must already be sorted by priority.
/// </summary>
internal static class CategoryBalancer
{
    public static List<GeneratedQuestion> Take(IReadOnlyList<GeneratedQuestion> byPriority, int limit)
    {
        var queues = byPriority
            .GroupBy(q => q.Category)
            .Select(g => new Queue<GeneratedQuestion>(g))
            .OrderByDescending(q => q.Peek().Priority)
            .ThenBy(q => CategoryOrder(q.Peek().Category))
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

    private static readonly List<string> CategoriesInOrder = [.. QuestionCategories.All];

    private static int CategoryOrder(string category)
    {
        var index = CategoriesInOrder.IndexOf(category);
        return index < 0 ? int.MaxValue : index;
    }
}
