using System.Globalization;

namespace Aeo.Platforms.Providers.Gemini;

/// <summary>
/// Gemini says how long to wait after a 429 in the error body rather than (only) in a header:
/// <c>{"error":{"details":[{"@type":"type.googleapis.com/google.rpc.RetryInfo","retryDelay":"17s"}]}}</c>.
/// </summary>
internal static class GeminiRetryInfo
{
    private const string RetryInfoType = "type.googleapis.com/google.rpc.RetryInfo";

    /// <summary>The retry delay the error body carries, or null when it has none (or it is not JSON).</summary>
    public static TimeSpan? RetryDelay(string errorBody)
    {
        try
        {
            using var document = JsonDocument.Parse(errorBody);
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("error", out var error) || error.ValueKind != JsonValueKind.Object
                || !error.TryGetProperty("details", out var details) || details.ValueKind != JsonValueKind.Array)
            {
                return null;
            }
            foreach (var detail in details.EnumerateArray())
            {
                if (detail.ValueKind == JsonValueKind.Object
                    && detail.TryGetProperty("@type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == RetryInfoType
                    && detail.TryGetProperty("retryDelay", out var delay) && delay.ValueKind == JsonValueKind.String)
                {
                    return ParseDuration(delay.GetString()!);
                }
            }
            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>A protobuf Duration in JSON: decimal seconds with an <c>s</c> suffix ("17s", "0.5s", "1.000340s").</summary>
    private static TimeSpan? ParseDuration(string value) =>
        value.EndsWith('s')
        && double.TryParse(value.AsSpan(0, value.Length - 1), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds)
        && seconds < TimeSpan.MaxValue.TotalSeconds
            ? TimeSpan.FromSeconds(seconds)
            : null;
}
