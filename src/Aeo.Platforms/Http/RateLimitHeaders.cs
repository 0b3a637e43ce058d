using System.Globalization;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace Aeo.Platforms.Http;

/// <summary>
/// Reads the providers' rate-limit headers: OpenAI style <c>x-ratelimit-{limit,remaining,reset}-{requests,tokens}</c>
/// (resets as durations such as <c>6m0s</c> or <c>20ms</c>) and Anthropic style
/// <c>anthropic-ratelimit-{requests,tokens,input-tokens}-{limit,remaining,reset}</c> (resets as RFC 3339 instants);
/// and <c>retry-after</c> (seconds or an HTTP date) with OpenAI's <c>retry-after-ms</c>.
/// </summary>
public static partial class RateLimitHeaders
{
    public static RateLimitSnapshot? Parse(HttpResponseHeaders headers, DateTimeOffset now)
    {
        var snapshot = new RateLimitSnapshot(
            Int(headers, "x-ratelimit-limit-requests") ?? Int(headers, "anthropic-ratelimit-requests-limit"),
            Int(headers, "x-ratelimit-remaining-requests") ?? Int(headers, "anthropic-ratelimit-requests-remaining"),
            Reset(headers, "x-ratelimit-reset-requests", "anthropic-ratelimit-requests-reset", now),
            Int(headers, "x-ratelimit-limit-tokens") ?? Int(headers, "anthropic-ratelimit-tokens-limit") ?? Int(headers, "anthropic-ratelimit-input-tokens-limit"),
            Int(headers, "x-ratelimit-remaining-tokens") ?? Int(headers, "anthropic-ratelimit-tokens-remaining") ?? Int(headers, "anthropic-ratelimit-input-tokens-remaining"),
            Reset(headers, "x-ratelimit-reset-tokens", "anthropic-ratelimit-tokens-reset", now)
                ?? Reset(headers, "x-ratelimit-reset-tokens", "anthropic-ratelimit-input-tokens-reset", now));
        return snapshot.IsEmpty ? null : snapshot;
    }

    /// <summary>How long the provider asked us to wait, or null when it did not say (or said nonsense).</summary>
    public static TimeSpan? RetryAfter(HttpResponseHeaders headers, DateTimeOffset now)
    {
        if (Value(headers, "retry-after-ms") is { } ms && double.TryParse(ms, NumberStyles.Float, CultureInfo.InvariantCulture, out var millis) && millis >= 0)
        {
            return TimeSpan.FromMilliseconds(millis);
        }
        if (Value(headers, "retry-after") is not { } value)
        {
            return null;
        }
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
        {
            return TimeSpan.FromSeconds(seconds);
        }
        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? (at > now ? at - now : TimeSpan.Zero)
            : null;
    }

    /// <summary>Parses OpenAI's duration format: <c>1s</c>, <c>6m0s</c>, <c>20ms</c>, <c>1h2m3.5s</c>.</summary>
    public static TimeSpan? ParseDuration(string value)
    {
        var match = Duration().Match(value.Trim());
        if (!match.Success || match.Length == 0)
        {
            return null;
        }
        double Part(string name) => match.Groups[name].Success ? double.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture) : 0;
        return TimeSpan.FromHours(Part("h")) + TimeSpan.FromMinutes(Part("m")) + TimeSpan.FromSeconds(Part("s")) + TimeSpan.FromMilliseconds(Part("ms"));
    }

    private static TimeSpan? Reset(HttpResponseHeaders headers, string durationHeader, string instantHeader, DateTimeOffset now)
    {
        if (Value(headers, durationHeader) is { } duration)
        {
            return ParseDuration(duration);
        }
        return Value(headers, instantHeader) is { } instant
               && DateTimeOffset.TryParse(instant, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? (at > now ? at - now : TimeSpan.Zero)
            : null;
    }

    private static int? Int(HttpResponseHeaders headers, string name) =>
        Value(headers, name) is { } value && long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) && number >= 0
            ? (int)Math.Min(number, int.MaxValue)
            : null;

    private static string? Value(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    [GeneratedRegex(@"^(?:(?<h>\d+(?:\.\d+)?)h)?(?:(?<m>\d+(?:\.\d+)?)m(?!s))?(?:(?<s>\d+(?:\.\d+)?)s)?(?:(?<ms>\d+(?:\.\d+)?)ms)?$")]
    private static partial Regex Duration();
}
