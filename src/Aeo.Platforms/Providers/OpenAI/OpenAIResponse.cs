using static Aeo.Platforms.Providers.ResponseFields;

namespace Aeo.Platforms.Providers.OpenAI;

/// <summary>
/// Reads a Responses API response: <c>output_text</c> parts of <c>message</c> items make the answer and their
/// <c>url_citation</c> annotations are cited sources; <c>web_search_call</c> items list the sources the search
/// consulted (<c>action.sources</c>), which are retrieved. Reasoning items are skipped.
/// </summary>
internal static class OpenAIResponse
{
    public static EngineAnswer Read(ProviderResponse response, string requestedModel, ProviderHttp http)
    {
        var body = response.Body;
        if (body.ValueKind != JsonValueKind.Object)
        {
            throw http.Malformed("the body is not an object");
        }
        if (String(body, "status") == "failed")
        {
            throw Failed(http, Object(body, "error"));
        }
        if (!body.TryGetProperty("output", out var output) || output.ValueKind != JsonValueKind.Array)
        {
            throw http.Malformed("no output array");
        }
        var usage = Object(body, "usage");
        if (Count(usage, "input_tokens") is not { } inputTokens || Count(usage, "output_tokens") is not { } outputTokens)
        {
            throw http.Malformed("no usage input_tokens/output_tokens");
        }

        var text = new StringBuilder();
        var sources = new SourceList();
        foreach (var item in output.EnumerateArray())
        {
            switch (String(item, "type"))
            {
                case "message":
                    foreach (var part in Array(item, "content"))
                    {
                        if (String(part, "type") != "output_text")
                        {
                            continue;
                        }
                        text.Append(String(part, "text"));
                        foreach (var annotation in Array(part, "annotations"))
                        {
                            if (String(annotation, "type") == "url_citation" && String(annotation, "url") is { } url)
                            {
                                sources.Add(url, String(annotation, "title"), cited: true);
                            }
                        }
                    }
                    break;
                case "web_search_call":
                    foreach (var source in Array(Object(item, "action"), "sources"))
                    {
                        if (String(source, "url") is { } url)
                        {
                            sources.Add(url, String(source, "title"), cited: false);
                        }
                    }
                    break;
            }
        }

        // An "incomplete" response (e.g. max_output_tokens reached) that has text is still an answer.
        if (string.IsNullOrWhiteSpace(text.ToString()))
        {
            var reason = String(Object(body, "incomplete_details"), "reason");
            throw http.Malformed(reason is null ? "no output_text in the answer" : $"no output_text in the answer (incomplete: {reason})");
        }

        var model = String(body, "model") is { Length: > 0 } answered ? answered : requestedModel;
        return new EngineAnswer(text.ToString(), model, inputTokens, outputTokens, response.Latency, response.Raw, IsSimulated: false)
        {
            Citations = sources.ToCitations(),
            RateLimits = response.RateLimits,
        };
    }

    /// <summary>A response that ended <c>failed</c>, classified from its <c>error.code</c>.</summary>
    private static AnswerEngineException Failed(ProviderHttp http, JsonElement? error)
    {
        var code = String(error, "code");
        var message = String(error, "message");
        var errorClass = code switch
        {
            null or "server_error" => EngineErrorClass.Unavailable,
            "rate_limit_exceeded" => EngineErrorClass.RateLimit,
            "vector_store_timeout" => EngineErrorClass.Timeout,
            // The rest (invalid_prompt, image errors…) reject this request; a spent quota is recognised as in an error body.
            _ => ProviderError.Classify(400, code, message),
        };
        return http.Failed(errorClass, $"the response failed ({code ?? "no code"}): {message ?? "no message"}");
    }
}
