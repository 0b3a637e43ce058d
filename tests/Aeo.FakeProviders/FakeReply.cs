using System.Text.Json;

namespace Aeo.FakeProviders;

/// <summary>What the fake server answers: a status, a body, headers, after an optional delay.</summary>
public sealed record FakeReply(int Status, string Body, IReadOnlyDictionary<string, string> Headers, TimeSpan Delay)
{
    public string ContentType { get; init; } = "application/json";

    public static FakeReply Json(object body, int status = 200, IReadOnlyDictionary<string, string>? headers = null) =>
        new(status, JsonSerializer.Serialize(body), headers ?? new Dictionary<string, string>(), TimeSpan.Zero);

    public static FakeReply Raw(int status, string body, string contentType = "application/json", IReadOnlyDictionary<string, string>? headers = null) =>
        new(status, body, headers ?? new Dictionary<string, string>(), TimeSpan.Zero) { ContentType = contentType };

    public FakeReply After(TimeSpan delay) => this with { Delay = delay };

    public FakeReply WithHeader(string name, string value) =>
        this with { Headers = new Dictionary<string, string>(Headers) { [name] = value } };
}
