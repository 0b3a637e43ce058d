using System.Text.Json.Serialization;

namespace Aeo.Api.Http;

/// <summary>
/// Reads a request body strictly (unknown fields are errors) and turns any failure into a 400 naming the field
/// at fault, instead of the framework's bare 400. Its options are the API's request contract, stricter than the
/// framework's response options and unrelated to the stored format's, so they stay its own.
/// </summary>
public static class JsonBody
{
    private static readonly JsonSerializerOptions Strict = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        AllowTrailingCommas = false,
    };

    public static async Task<(T? Body, ValidationProblem? Error)> ReadAsync<T>(HttpRequest request) where T : class
    {
        if (!request.HasJsonContentType())
        {
            return (null, Problems.Invalid("body", "The body must be JSON (Content-Type: application/json)."));
        }
        try
        {
            var body = await JsonSerializer.DeserializeAsync<T>(request.Body, Strict, request.HttpContext.RequestAborted);
            return body is null ? (null, Problems.Invalid("body", "The body must be a JSON object.")) : (body, null);
        }
        catch (JsonException ex)
        {
            return (null, Problems.Invalid(FieldOf(ex.Path), Describe(ex)));
        }
    }

    /// <summary>No body at all means <paramref name="defaults"/>; a body must be a strict JSON object.</summary>
    public static async Task<(T? Body, ValidationProblem? Error)> ReadOptionalAsync<T>(HttpRequest request, T defaults) where T : class =>
        request.ContentLength is 0 || (request.ContentLength is null && request.ContentType is null)
            ? (defaults, null)
            : await ReadAsync<T>(request);

    private static string FieldOf(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "body" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;

    private static string Describe(JsonException ex) =>
        ex.Message.Contains("could not be mapped", StringComparison.Ordinal) ? "This field is not part of the request."
        : ex.Path is null or "$" ? "The body is not valid JSON."
        : "The value has the wrong type or is not valid JSON.";
}
