using Aeo.Abstractions.Webhooks;
using Aeo.Storage.Webhooks;

namespace Aeo.Api.Webhooks;

/// <summary>Checks a subscription request: the URL against <see cref="WebhookUrlPolicy"/>, the events and the format.</summary>
public static class WebhookRequestValidator
{
    private const int MaxUrlLength = 2000;

    /// <returns>The settings, or null with <paramref name="errors"/> saying why.</returns>
    public static async Task<WebhookSettings?> ValidateAsync(
        WebhookRequest request, WebhookUrlPolicy policy, ValidationErrors errors, CancellationToken ct)
    {
        errors.Required("url", request.Url, MaxUrlLength);
        if (!string.IsNullOrWhiteSpace(request.Url) && request.Url.Length <= MaxUrlLength
            && await policy.RefusalAsync(request.Url.Trim(), ct) is { } refusal)
        {
            errors.Add("url", refusal);
        }

        var events = new List<string>();
        if (request.Events is not { Count: > 0 } requested)
        {
            errors.Add("events", $"Required: one or more of {string.Join(", ", WebhookEventTypes.Subscribable)}.");
        }
        else
        {
            for (var i = 0; i < requested.Count; i++)
            {
                var type = requested[i]?.Trim();
                if (type is null || !WebhookEventTypes.Subscribable.Contains(type, StringComparer.Ordinal))
                {
                    errors.Add($"events[{i}]", $"Not an event type: one of {string.Join(", ", WebhookEventTypes.Subscribable)}.");
                }
                else if (!events.Contains(type, StringComparer.Ordinal))
                {
                    events.Add(type);
                }
            }
        }

        var format = request.Format?.Trim() ?? WebhookFormats.Standard;
        if (format is not (WebhookFormats.Standard or WebhookFormats.Slack))
        {
            errors.Add("format", $"One of {WebhookFormats.Standard}, {WebhookFormats.Slack}.");
        }
        return errors.Any ? null : new WebhookSettings(request.Url!.Trim(), events, format);
    }
}
