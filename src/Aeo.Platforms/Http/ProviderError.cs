namespace Aeo.Platforms.Http;

/// <summary>
/// Reads a provider's error body (OpenAI, Perplexity and compatible servers: <c>{"error":{"message","type","code"}}</c>;
/// Anthropic: <c>{"type":"error","error":{"type","message"}}</c>; Gemini: <c>{"error":{"code","message","status"}}</c>)
/// and classifies the failure.
/// </summary>
public static class ProviderError
{
    public static (string? Type, string? Message) Read(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("error", out var error))
            {
                return (null, null);
            }
            if (error.ValueKind == JsonValueKind.String)
            {
                return (null, error.GetString());
            }
            if (error.ValueKind != JsonValueKind.Object)
            {
                return (null, null);
            }
            var type = Reason(error) ?? Text(error, "code") ?? Text(error, "type") ?? Text(error, "status");
            return (type, Text(error, "message"));
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }

    public static EngineErrorClass Classify(int status, string? providerType, string? providerMessage)
    {
        var type = providerType ?? string.Empty;
        if (type.Equals(InvalidGoogleKey, StringComparison.Ordinal))
        {
            return EngineErrorClass.Authentication;
        }
        if (type.Contains("insufficient_quota", StringComparison.OrdinalIgnoreCase)
            || type.Contains("billing", StringComparison.OrdinalIgnoreCase)
            || (providerMessage ?? string.Empty).Contains("credit balance", StringComparison.OrdinalIgnoreCase))
        {
            return EngineErrorClass.SpendCapReached;
        }
        return status switch
        {
            429 => EngineErrorClass.RateLimit,
            401 or 403 => EngineErrorClass.Authentication,
            402 => EngineErrorClass.SpendCapReached,
            408 or 504 => EngineErrorClass.Timeout,
            400 or 404 or 405 or 409 or 413 or 415 or 422 => EngineErrorClass.BadRequest,
            >= 500 => EngineErrorClass.Unavailable,
            _ => EngineErrorClass.Unknown,
        };
    }

    /// <summary>Google answers a wrong key with 400 INVALID_ARGUMENT; only this reason in its details says what it is.</summary>
    private const string InvalidGoogleKey = "API_KEY_INVALID";

    /// <summary>Google's <c>details[].reason</c> (<c>google.rpc.ErrorInfo</c>) when it names a wrong key.</summary>
    private static string? Reason(JsonElement error)
    {
        if (!error.TryGetProperty("details", out var details) || details.ValueKind != JsonValueKind.Array)
        {
            return null;
        }
        return details.EnumerateArray().Any(d => d.ValueKind == JsonValueKind.Object && Text(d, "reason") == InvalidGoogleKey)
            ? InvalidGoogleKey
            : null;
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;
}
