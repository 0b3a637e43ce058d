using System.Text.Json;

namespace Aeo.Storage.Repositories;

/// <summary>
/// The one way the stored format is written to and read from jsonb columns: web casing, so the SQL that reads inside
/// a document (<c>m->>'brand'</c>, <c>payload->>'question'</c>) and rows written by earlier versions keep working.
/// Renaming a property of a stored record changes the stored format: old rows would no longer read.
/// </summary>
internal static class StorageJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException($"A stored {typeof(T).Name} is null.");
}
