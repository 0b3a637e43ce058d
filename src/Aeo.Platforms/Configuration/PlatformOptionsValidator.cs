using System.Text.RegularExpressions;
using Aeo.Platforms.Simulated;

namespace Aeo.Platforms;

/// <summary>Checks platform settings at startup so a bad value fails loudly, naming its configuration key.</summary>
internal static partial class PlatformOptionsValidator
{
    public static void ThrowIfInvalid(IReadOnlyList<ConfiguredPlatform> platforms)
    {
        var errors = platforms.SelectMany(Validate).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("Invalid platform configuration:" + Environment.NewLine + string.Join(Environment.NewLine, errors.Select(e => " - " + e)));
        }
    }

    public static IEnumerable<string> Validate(ConfiguredPlatform platform)
    {
        var key = platform.ConfigurationKey;
        var options = platform.Options;

        if (!PlatformName().IsMatch(platform.Name))
        {
            yield return $"{key}: the platform name '{platform.Name}' must match ^[a-z0-9][a-z0-9-]{{0,31}}$ (lower case letters, digits and dashes).";
        }

        if (!PlatformKinds.All.Contains(platform.Kind))
        {
            yield return $"{key}:Kind is '{platform.Kind}', which is not a known kind; use one of {string.Join(", ", PlatformKinds.All)} (Kind defaults to the entry's name).";
        }

        if (options.RequestsPerMinute < 1)
        {
            yield return $"{key}:RequestsPerMinute must be at least 1 (was {options.RequestsPerMinute}).";
        }

        if (options.TokensPerMinute is < 1)
        {
            yield return $"{key}:TokensPerMinute must be at least 1 when set (was {options.TokensPerMinute}).";
        }

        if (options.MaxConcurrency < 1)
        {
            yield return $"{key}:MaxConcurrency must be at least 1 (was {options.MaxConcurrency}).";
        }

        if (options.TimeoutSeconds < 1)
        {
            yield return $"{key}:TimeoutSeconds must be at least 1 (was {options.TimeoutSeconds}).";
        }

        if (options.BaseUrl is { Length: > 0 } baseUrl && !Uri.TryCreate(baseUrl, UriKind.Absolute, out _))
        {
            yield return $"{key}:BaseUrl must be an absolute URL.";
        }

        if (options.MaxOutputTokens < 1)
        {
            yield return $"{key}:MaxOutputTokens must be at least 1 (was {options.MaxOutputTokens}).";
        }

        foreach (var (model, price) in options.Pricing)
        {
            if (price.InputPerMillionTokens < 0 || price.OutputPerMillionTokens < 0)
            {
                yield return $"{key}:Pricing:{model} must not have negative prices (was {price.InputPerMillionTokens} input, {price.OutputPerMillionTokens} output per million tokens).";
            }
        }

        if (platform.Kind is PlatformKinds.Anthropic or PlatformKinds.Gemini or PlatformKinds.OpenAI or PlatformKinds.Perplexity
            && string.IsNullOrWhiteSpace(options.ApiKey))
        {
            yield return $"{key}:ApiKey is required for Kind '{platform.Kind}'.";
        }

        if (platform.Kind == PlatformKinds.OpenAI && options.Api is not null
            && options.Api.Trim().ToLowerInvariant() is not (Providers.OpenAI.OpenAIAnswerEngine.ResponsesApi or Providers.OpenAI.OpenAIAnswerEngine.ChatApi))
        {
            yield return $"{key}:Api is '{options.Api}'; use '{Providers.OpenAI.OpenAIAnswerEngine.ResponsesApi}' (the default) or '{Providers.OpenAI.OpenAIAnswerEngine.ChatApi}'.";
        }

        if (platform.Kind == PlatformKinds.OpenAICompatible && string.IsNullOrWhiteSpace(options.BaseUrl))
        {
            yield return $"{key}:BaseUrl is required for Kind '{platform.Kind}' (the server's API root, e.g. http://localhost:11434/v1/).";
        }

        if (platform.Kind == PlatformKinds.OpenAICompatible && string.IsNullOrWhiteSpace(options.Model))
        {
            yield return $"{key}:Model is required for Kind '{platform.Kind}' (the model name the server knows).";
        }

        if (platform.Kind == PlatformKinds.Anthropic && options.ApiVersion is not null && string.IsNullOrWhiteSpace(options.ApiVersion))
        {
            yield return $"{key}:ApiVersion must not be empty when set (it is sent as the anthropic-version header; leave it unset for {Providers.Anthropic.AnthropicAnswerEngine.DefaultApiVersion}).";
        }

        if (platform.Kind == PlatformKinds.Simulated)
        {
            foreach (var error in ValidateSimulated($"{key}:Simulated", options.Simulated))
            {
                yield return error;
            }
        }
    }

    private static IEnumerable<string> ValidateSimulated(string key, SimulatedPlatformOptions simulated)
    {
        if (simulated.LatencyMinMs < 0)
        {
            yield return $"{key}:LatencyMinMs must not be negative (was {simulated.LatencyMinMs}).";
        }

        if (simulated.LatencyMedianMs < simulated.LatencyMinMs)
        {
            yield return $"{key}:LatencyMedianMs ({simulated.LatencyMedianMs}) must not be below {key}:LatencyMinMs ({simulated.LatencyMinMs}).";
        }

        if (simulated.LatencyMaxMs < simulated.LatencyMedianMs)
        {
            yield return $"{key}:LatencyMaxMs ({simulated.LatencyMaxMs}) must not be below {key}:LatencyMedianMs ({simulated.LatencyMedianMs}).";
        }

        if (simulated.FailureRate is < 0 or > 1 || double.IsNaN(simulated.FailureRate))
        {
            yield return $"{key}:FailureRate must be between 0 and 1 (was {simulated.FailureRate}).";
        }

        if (!AnswerStyles.IsValid(simulated.Style))
        {
            yield return $"{key}:Style is '{simulated.Style}'; use one of {string.Join(", ", AnswerStyles.ConfigurationValues)}.";
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,31}$")]
    private static partial Regex PlatformName();
}
