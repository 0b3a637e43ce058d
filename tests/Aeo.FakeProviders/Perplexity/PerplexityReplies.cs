namespace Aeo.FakeProviders.Perplexity;

/// <summary>Replies in the shape of Perplexity's Chat Completions (<c>POST /chat/completions</c>) with its citations, search results and cost.</summary>
public static class PerplexityReplies
{
    public static FakeReply Answer(
        string model, int promptTokens, int completionTokens, decimal? totalCost, string content, string[] citations, params (string Url, string Title)[] searchResults) =>
        FakeReply.Json(new
        {
            id = "3c90c3cc-0d44-4b50-8888-8dd25736052a",
            model,
            created = 1724369245,
            usage = new
            {
                prompt_tokens = promptTokens,
                completion_tokens = completionTokens,
                total_tokens = promptTokens + completionTokens,
                search_context_size = "low",
                cost = totalCost is { } total
                    ? new { input_tokens_cost = 0.00001m, output_tokens_cost = 0.0001m, request_cost = 0.005m, total_cost = total }
                    : null,
            },
            citations,
            search_results = searchResults.Select(r => new { title = r.Title, url = r.Url, date = "2025-03-20", last_updated = "2025-09-01" }),
            @object = "chat.completion",
            choices = new[] { new { index = 0, finish_reason = "stop", message = new { role = "assistant", content } } },
        });
}
