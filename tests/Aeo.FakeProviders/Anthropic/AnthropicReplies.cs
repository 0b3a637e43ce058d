namespace Aeo.FakeProviders.Anthropic;

/// <summary>Replies in the shape of Anthropic's Messages API (<c>POST /v1/messages</c>), block by block.</summary>
public static class AnthropicReplies
{
    public static FakeReply Message(string model, int inputTokens, int outputTokens, params object[] content) =>
        FakeReply.Json(new
        {
            id = "msg_01XFDUDYJgAACzvnptvVoYEL",
            type = "message",
            role = "assistant",
            model,
            content,
            stop_reason = "end_turn",
            stop_sequence = (string?)null,
            usage = new { input_tokens = inputTokens, output_tokens = outputTokens, server_tool_use = new { web_search_requests = 1 } },
        });

    public static object Text(string text, params object[] citations) =>
        citations.Length == 0 ? new { type = "text", text } : new { type = "text", text, citations };

    public static object Citation(string url, string title, string citedText) =>
        new { type = "web_search_result_location", url, title, encrypted_index = "Eo8BCioIAhgBIiQ", cited_text = citedText };

    public static object SearchQuery(string query) =>
        new { type = "server_tool_use", id = "srvtoolu_01WYG3ziw53XMcoyKL4XcZmE", name = "web_search", input = new { query } };

    public static object SearchResults(params (string Url, string Title)[] results) =>
        new
        {
            type = "web_search_tool_result",
            tool_use_id = "srvtoolu_01WYG3ziw53XMcoyKL4XcZmE",
            content = results.Select(r => new { type = "web_search_result", url = r.Url, title = r.Title, encrypted_content = "EqgfCioIARgBIiQ", page_age = "April 30, 2025" }),
        };

    /// <summary>An error as Anthropic sends it: <c>{"type":"error","error":{"type","message"}}</c>.</summary>
    public static FakeReply Error(int status, string type, string message) =>
        FakeReply.Json(new { type = "error", error = new { type, message } }, status);
}
