using static Aeo.Platforms.Providers.ResponseFields;

namespace Aeo.Platforms.Providers.Gemini;

/// <summary>
/// Reads a <c>generateContent</c> response: the first candidate's text parts make the answer (thought summaries are
/// skipped); its <c>groundingMetadata.groundingChunks</c> are the sources, cited when a <c>groundingSupports</c> entry
/// points at them and retrieved otherwise. A blocked prompt or answer is a <see cref="EngineErrorClass.BadRequest"/>:
/// the provider refused this content, and asking again would be refused again.
/// </summary>
internal static class GeminiContent
{
    /// <summary>Finish reasons that mean the answer was withheld for its content, not cut short or broken.</summary>
    private static readonly HashSet<string> ContentRefusals = ["SAFETY", "RECITATION", "BLOCKLIST", "PROHIBITED_CONTENT", "SPII"];

    public static EngineAnswer Read(ProviderResponse response, string requestedModel, ProviderHttp http)
    {
        var body = response.Body;
        if (body.ValueKind != JsonValueKind.Object)
        {
            throw http.Malformed("the body is not an object");
        }
        if (Object(body, "promptFeedback") is { } feedback && String(feedback, "blockReason") is { } blockReason)
        {
            throw Refused(http, $"the prompt was blocked ({blockReason})");
        }
        if (!body.TryGetProperty("candidates", out var candidates) || candidates.ValueKind != JsonValueKind.Array || candidates.GetArrayLength() == 0
            || candidates[0].ValueKind != JsonValueKind.Object)
        {
            throw http.Malformed("no candidates");
        }
        var usage = Object(body, "usageMetadata");
        if (Count(usage, "promptTokenCount") is not { } inputTokens)
        {
            throw http.Malformed("no usageMetadata.promptTokenCount");
        }

        var candidate = candidates[0];
        var text = new StringBuilder();
        foreach (var part in Array(Object(candidate, "content"), "parts"))
        {
            if (!IsTrue(part, "thought"))
            {
                text.Append(String(part, "text"));
            }
        }
        if (string.IsNullOrWhiteSpace(text.ToString()))
        {
            throw String(candidate, "finishReason") is { } reason && ContentRefusals.Contains(reason)
                ? Refused(http, $"the answer was withheld (finishReason {reason})")
                : http.Malformed("no text in the first candidate");
        }

        var outputTokens = (Count(usage, "candidatesTokenCount") ?? 0) + (Count(usage, "thoughtsTokenCount") ?? 0);
        var model = String(body, "modelVersion") is { Length: > 0 } version ? version : requestedModel;
        return new EngineAnswer(text.ToString(), model, inputTokens, outputTokens, response.Latency, response.Raw, IsSimulated: false)
        {
            Citations = Sources(Object(candidate, "groundingMetadata")),
            RateLimits = response.RateLimits,
        };
    }

    private static IReadOnlyList<EngineCitation> Sources(JsonElement? grounding)
    {
        var citedChunks = new HashSet<int>();
        foreach (var support in Array(grounding, "groundingSupports"))
        {
            foreach (var index in Array(support, "groundingChunkIndices"))
            {
                if (index.ValueKind == JsonValueKind.Number && index.TryGetInt32(out var chunk))
                {
                    citedChunks.Add(chunk);
                }
            }
        }

        var sources = new SourceList();
        var position = 0;
        foreach (var chunk in Array(grounding, "groundingChunks"))
        {
            if (Object(chunk, "web") is { } web && String(web, "uri") is { } uri)
            {
                sources.Add(uri, String(web, "title"), citedChunks.Contains(position));
            }
            position++;
        }
        return sources.ToCitations();
    }

    private static AnswerEngineException Refused(ProviderHttp http, string why) =>
        http.Failed(EngineErrorClass.BadRequest, $"{why}; the content was refused, so asking again cannot help");
}
