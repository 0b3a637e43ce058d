using System.Security.Cryptography;
using System.Text;

namespace Aeo.Storage.Webhooks;

/// <summary>
/// One event for a client's webhooks: <see cref="Id"/> is stable (the same fact always makes the same id, so writing it
/// twice delivers it once and the receiver can deduplicate by it), <see cref="Summary"/> a readable sentence (a Slack
/// body), <see cref="Data"/> the event's fields, serialised as JSON in web casing.
/// </summary>
public sealed record WebhookEvent(Guid Id, Guid ClientId, string Type, string Summary, object Data, DateTimeOffset OccurredAt)
{
    /// <summary>A stable id from the parts that name the fact (its type, its subject, when it happened).</summary>
    public static Guid IdFor(params string[] parts)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', parts)));
        var bytes = hash.AsSpan(0, 16).ToArray();
        // RFC 9562 version 8 (custom), variant 10.
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
