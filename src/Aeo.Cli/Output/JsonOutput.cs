namespace Aeo.Cli.Output;

/// <summary>Reading fields of the API's JSON for display, tolerant of nulls and missing fields.</summary>
public static class JsonOutput
{
    public static readonly JsonSerializerOptions Indented = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static string Text(this JsonNode? node, string name) => node?[name] switch
    {
        null => "",
        JsonValue value when value.TryGetValue<string>(out var s) => s,
        var other => other.ToJsonString(),
    };

    public static double? Number(this JsonNode? node, string name) =>
        node?[name] is JsonValue value && value.TryGetValue<double>(out var d) ? d : null;

    public static JsonArray Items(this JsonNode? node, string name = "items") => node?[name] as JsonArray ?? [];

    public static string Percent(double? fraction) =>
        fraction is { } f ? (f * 100).ToString("0", CultureInfo.InvariantCulture) + "%" : "–";

    public static string When(this JsonNode? node, string name) =>
        DateTimeOffset.TryParse(node.Text(name), CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)
            ? at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture)
            : "–";
}
