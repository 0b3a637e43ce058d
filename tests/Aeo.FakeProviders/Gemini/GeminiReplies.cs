namespace Aeo.FakeProviders.Gemini;

/// <summary>Replies in the shape of the Gemini API's <c>models/{model}:generateContent</c>.</summary>
public static class GeminiReplies
{
    public static FakeReply Answer(string modelVersion, int promptTokens, int candidateTokens, int? thoughtTokens, object? groundingMetadata, params string[] textParts) =>
        FakeReply.Json(new
        {
            candidates = new[]
            {
                new
                {
                    content = new { parts = textParts.Select(text => new { text }), role = "model" },
                    finishReason = "STOP",
                    groundingMetadata,
                    index = 0,
                },
            },
            usageMetadata = thoughtTokens is { } thoughts
                ? (object)new { promptTokenCount = promptTokens, candidatesTokenCount = candidateTokens, thoughtsTokenCount = thoughts, totalTokenCount = promptTokens + candidateTokens + thoughts }
                : new { promptTokenCount = promptTokens, candidatesTokenCount = candidateTokens, totalTokenCount = promptTokens + candidateTokens },
            modelVersion,
            responseId = "mR5YaPKqH4Dx7M8P-bOp4Q0",
        });

    /// <summary>Google Search grounding: the chunks found, and for each supported segment the chunk indices backing it.</summary>
    public static object Grounding((string Uri, string Title)[] chunks, params int[][] supports) =>
        new
        {
            webSearchQueries = new[] { "best crm for small agency" },
            searchEntryPoint = new { renderedContent = "<style></style><div class=\"container\"></div>" },
            groundingChunks = chunks.Select(c => new { web = new { uri = c.Uri, title = c.Title } }),
            groundingSupports = supports.Select((indices, i) => new
            {
                segment = new { startIndex = i * 10, endIndex = i * 10 + 9, text = $"segment {i}" },
                groundingChunkIndices = indices,
                confidenceScores = indices.Select(_ => 0.9),
            }),
        };

    /// <summary>A candidate with no text, stopped for <paramref name="finishReason"/> (SAFETY, RECITATION…).</summary>
    public static FakeReply Withheld(string finishReason) =>
        FakeReply.Json(new
        {
            candidates = new[] { new { finishReason, index = 0 } },
            usageMetadata = new { promptTokenCount = 9, totalTokenCount = 9 },
            modelVersion = "gemini-2.5-flash",
        });

    /// <summary>A prompt refused before any candidate: <c>promptFeedback.blockReason</c>.</summary>
    public static FakeReply PromptBlocked(string blockReason) =>
        FakeReply.Json(new
        {
            promptFeedback = new { blockReason },
            usageMetadata = new { promptTokenCount = 9, totalTokenCount = 9 },
            modelVersion = "gemini-2.5-flash",
        });

    /// <summary>An error as Google APIs send it: <c>{"error":{"code","message","status","details"}}</c>, with RetryInfo when given a delay.</summary>
    public static FakeReply Error(int code, string status, string message, string? retryDelay = null) =>
        FakeReply.Json(new
        {
            error = new
            {
                code,
                message,
                status,
                details = retryDelay is null
                    ? []
                    : new object[]
                    {
                        new Dictionary<string, object> { ["@type"] = "type.googleapis.com/google.rpc.QuotaFailure", ["violations"] = new[] { new { quotaMetric = "generativelanguage.googleapis.com/generate_content_free_tier_requests", quotaId = "GenerateRequestsPerMinutePerProjectPerModel-FreeTier" } } },
                        new Dictionary<string, object> { ["@type"] = "type.googleapis.com/google.rpc.RetryInfo", ["retryDelay"] = retryDelay },
                    },
            },
        }, code);
}
