using System.Text.Json.Serialization;

namespace Aeo.Platforms.Http;

/// <summary>
/// How request bodies are written: the providers' snake_case or camelCase names are spelled out in the anonymous objects.
/// The providers' wire format, so apart from the stored format's options (Aeo.Storage) on purpose.
/// </summary>
public static class ProviderJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = null,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
