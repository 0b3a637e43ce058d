namespace Aeo.FakeProviders.OpenAI;

/// <summary>
/// Replies in the shapes of OpenAI's Chat Completions (<c>POST /v1/chat/completions</c>, also spoken by compatible
/// servers) and Responses (<c>POST /v1/responses</c>) APIs, and OpenAI's error body.
/// </summary>
public static class OpenAIReplies
{
    /// <summary>A chat completion; <paramref name="usage"/> false leaves the usage out, as some compatible servers do.</summary>
    public static FakeReply ChatCompletion(string model, int promptTokens, int completionTokens, string content, bool usage = true, params object[] annotations) =>
        FakeReply.Json(new
        {
            id = "chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT",
            @object = "chat.completion",
            created = 1741569952,
            model,
            choices = new[]
            {
                new
                {
                    index = 0,
                    message = annotations.Length == 0
                        ? (object)new { role = "assistant", content, refusal = (string?)null }
                        : new { role = "assistant", content, refusal = (string?)null, annotations },
                    finish_reason = "stop",
                },
            },
            usage = usage
                ? new { prompt_tokens = promptTokens, completion_tokens = completionTokens, total_tokens = promptTokens + completionTokens }
                : null,
        });

    /// <summary>A Chat Completions <c>url_citation</c> annotation: the details sit under a nested <c>url_citation</c> object.</summary>
    public static object ChatCitation(string url, string title) =>
        new { type = "url_citation", url_citation = new { start_index = 0, end_index = 10, url, title } };

    /// <summary>A Responses API response with its output items, in order.</summary>
    public static FakeReply Response(string model, int inputTokens, int outputTokens, params object[] output) =>
        Response("completed", model, inputTokens, outputTokens, output);

    public static FakeReply Response(string status, string model, int inputTokens, int outputTokens, object[] output, object? error = null, object? incompleteDetails = null) =>
        FakeReply.Json(new
        {
            id = "resp_67ccd2bed1ec8190b14f964abc0542670bb6a6b452d3795b",
            @object = "response",
            created_at = 1741476542,
            status,
            error,
            incomplete_details = incompleteDetails,
            model,
            output,
            usage = new
            {
                input_tokens = inputTokens,
                input_tokens_details = new { cached_tokens = 0 },
                output_tokens = outputTokens,
                output_tokens_details = new { reasoning_tokens = 0 },
                total_tokens = inputTokens + outputTokens,
            },
        });

    /// <summary>A <c>web_search_call</c> output item whose action lists the sources it consulted.</summary>
    public static object WebSearchCall(string query, params string[] sourceUrls) =>
        new
        {
            type = "web_search_call",
            id = "ws_67ccf18f64008190a39b619f4c8455ef087f80d3a7d5ea5a",
            status = "completed",
            action = new { type = "search", query, sources = sourceUrls.Select(url => new { type = "url", url }) },
        };

    /// <summary>An assistant <c>message</c> output item with one <c>output_text</c> part per text.</summary>
    public static object Message(params object[] parts) =>
        new { type = "message", id = "msg_67ccd2bf17f0819081ff3bb2cf6508e6", status = "completed", role = "assistant", content = parts };

    public static object OutputText(string text, params object[] annotations) =>
        new { type = "output_text", text, annotations };

    /// <summary>A Responses API <c>url_citation</c> annotation: url and title sit on the annotation itself.</summary>
    public static object Citation(string url, string title) =>
        new { type = "url_citation", start_index = 0, end_index = 10, url, title };

    /// <summary>An error as OpenAI sends it: <c>{"error":{"message","type","param","code"}}</c>.</summary>
    public static FakeReply Error(int status, string type, string? code, string message) =>
        FakeReply.Json(new { error = new { message, type, param = (string?)null, code } }, status);
}
