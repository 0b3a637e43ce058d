using System.Text.Json;
using Aeo.Abstractions.Webhooks;
using Aeo.Storage.Webhooks;

namespace Aeo.Grains.Webhooks;

/// <summary>
/// A delivery's body: the Standard Webhooks shape <c>{"type", "timestamp", "data"}</c> (data as the outbox stored it),
/// or for a Slack subscription <c>{"text"}</c> with the event's sentence.
/// </summary>
public static class WebhookBody
{
    public static byte[] For(DueDelivery delivery)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            if (delivery.Format == WebhookFormats.Slack)
            {
                json.WriteString("text", delivery.Summary);
            }
            else
            {
                json.WriteString("type", delivery.Type);
                json.WriteString("timestamp", delivery.OccurredAt.UtcDateTime);
                json.WritePropertyName("data");
                json.WriteRawValue(delivery.Data, skipInputValidation: false);
            }
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }
}
