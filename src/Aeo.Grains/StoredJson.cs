using System.Text.Json;

namespace Aeo.Grains;

/// <summary>How grains write JSON into jsonb columns: web casing, so SQL reads <c>m->>'brand'</c>.</summary>
internal static class StoredJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
