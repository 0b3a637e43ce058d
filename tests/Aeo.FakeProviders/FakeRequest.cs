using System.Text.Json;

namespace Aeo.FakeProviders;

/// <summary>One request the fake server received, as it arrived.</summary>
public sealed record FakeRequest(
    string Method,
    string Path,
    string Query,
    IReadOnlyDictionary<string, string> Headers,
    string Body,
    DateTimeOffset ReceivedAt)
{
    /// <summary>The body parsed as JSON (throws when it is not).</summary>
    public JsonElement Json => JsonDocument.Parse(Body).RootElement.Clone();

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
