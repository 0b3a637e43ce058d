using static Aeo.Platforms.Providers.ResponseFields;

namespace Aeo.Platforms.Providers.Anthropic;

/// <summary>
/// Reads a Messages API response: <c>text</c> blocks make the answer and their <c>citations</c> are cited sources;
/// <c>web_search_tool_result</c> blocks list what the search retrieved; <c>server_tool_use</c> blocks (the queries) are skipped.
/// </summary>
internal static class AnthropicMessage
{
    public static EngineAnswer Read(ProviderResponse response, string requestedModel, ProviderHttp http)
    {
        var body = response.Body;
        if (body.ValueKind != JsonValueKind.Object
            || !body.TryGetProperty("content", out var content) || content.ValueKind != JsonValueKind.Array)
        {
            throw http.Malformed("no content array");
        }
        var usage = Object(body, "usage");
        if (Count(usage, "input_tokens") is not { } inputTokens || Count(usage, "output_tokens") is not { } outputTokens)
        {
            throw http.Malformed("no usage input_tokens/output_tokens");
        }

        var text = new StringBuilder();
        var sources = new SourceList();
        foreach (var block in content.EnumerateArray())
        {
            switch (String(block, "type"))
            {
                case "text":
                    text.Append(String(block, "text"));
                    foreach (var citation in Array(block, "citations"))
                    {
                        if (String(citation, "type") == "web_search_result_location" && String(citation, "url") is { } url)
                        {
                            sources.Add(url, String(citation, "title"), cited: true);
                        }
                    }
                    break;
                case "web_search_tool_result":
                    // On a failed search "content" is an error object, not a list: the answer stands without those sources.
                    foreach (var result in Array(block, "content"))
                    {
                        if (String(result, "type") == "web_search_result" && String(result, "url") is { } url)
                        {
                            sources.Add(url, String(result, "title"), cited: false);
                        }
                    }
                    break;
            }
        }

        if (String(body, "stop_reason") == "refusal" && text.Length == 0)
        {
            throw http.Failed(EngineErrorClass.BadRequest, "the model refused to answer (stop_reason refusal)");
        }
        if (string.IsNullOrWhiteSpace(text.ToString()))
        {
            throw http.Malformed("no text in the answer");
        }

        var model = String(body, "model") is { Length: > 0 } answered ? answered : requestedModel;
        return new EngineAnswer(text.ToString(), model, inputTokens, outputTokens, response.Latency, response.Raw, IsSimulated: false)
        {
            Citations = sources.ToCitations(),
            RateLimits = response.RateLimits,
        };
    }
}
