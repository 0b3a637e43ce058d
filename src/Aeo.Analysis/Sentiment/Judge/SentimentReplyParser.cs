using System.Text.Json;

namespace Aeo.Analysis.Sentiment.Judge;

/// <summary>
/// Reads the model's reply to <see cref="SentimentPrompt"/>: a JSON object {"results": [...]}, optionally inside a
/// ```json fence, with exactly one well-formed result per target: one of the three labels, the mixed flag, a score in
/// [-1, 1] on the label's side of 0 and a confidence in [0, 1]. Anything else (a refusal in prose, a fourth label, a
/// missing field) is rejected with the reason.
/// </summary>
internal static class SentimentReplyParser
{
    public static SentimentResult[] Parse(string reply, IReadOnlyList<SentimentTarget> targets, string source)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(Unfence(reply));
        }
        catch (JsonException exception)
        {
            throw new SentimentProviderException(source, "the reply is not valid JSON.", exception);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("results", out var items)
                || items.ValueKind != JsonValueKind.Array)
            {
                throw new SentimentProviderException(source, "the reply has no \"results\" array.");
            }

            var results = new SentimentResult?[targets.Count];
            foreach (var item in items.EnumerateArray())
            {
                var id = ReadId(item, targets.Count, source);
                if (results[id - 1] is not null)
                {
                    throw new SentimentProviderException(source, $"target {id} is judged twice.");
                }

                results[id - 1] = ReadResult(item, targets[id - 1], id, source);
            }

            var missing = Enumerable.Range(1, targets.Count).Where(id => results[id - 1] is null).ToArray();
            if (missing.Length > 0)
            {
                throw new SentimentProviderException(source, $"the reply does not judge target(s) {string.Join(", ", missing)}.");
            }

            return results.Select(result => result!).ToArray();
        }
    }

    private static string Unfence(string reply)
    {
        var trimmed = reply.Trim();
        if (!trimmed.StartsWith("```", StringComparison.Ordinal))
        {
            return trimmed;
        }

        var firstLineEnd = trimmed.IndexOf('\n');
        var closing = trimmed.LastIndexOf("```", StringComparison.Ordinal);
        return firstLineEnd < 0 || closing <= firstLineEnd ? trimmed : trimmed[(firstLineEnd + 1)..closing].Trim();
    }

    private static int ReadId(JsonElement item, int targetCount, string source)
    {
        if (item.ValueKind != JsonValueKind.Object
            || !item.TryGetProperty("id", out var idElement)
            || idElement.ValueKind != JsonValueKind.Number
            || !idElement.TryGetInt32(out var id))
        {
            throw new SentimentProviderException(source, "a result has no integer \"id\".");
        }

        if (id < 1 || id > targetCount)
        {
            throw new SentimentProviderException(source, $"result id {id} is not one of the {targetCount} target(s).");
        }

        return id;
    }

    private static SentimentResult ReadResult(JsonElement item, SentimentTarget target, int id, string source)
    {
        var brand = ReadString(item, "brand", id, source);
        if (!string.Equals(brand, target.Brand, StringComparison.OrdinalIgnoreCase))
        {
            throw new SentimentProviderException(source, $"target {id} is \"{target.Brand}\" but the reply judges \"{brand}\".");
        }

        var score = ReadNumber(item, "score", -1, 1, id, source);
        var confidence = ReadNumber(item, "confidence", 0, 1, id, source);
        var label = ReadString(item, "label", id, source).ToLowerInvariant() switch
        {
            "positive" => SentimentLabel.Positive,
            "negative" => SentimentLabel.Negative,
            "neutral" => SentimentLabel.Neutral,
            var unknown => throw new SentimentProviderException(source, $"target {id} has the unknown label \"{unknown}\"."),
        };
        if ((label == SentimentLabel.Positive && score <= 0) || (label == SentimentLabel.Negative && score >= 0))
        {
            throw new SentimentProviderException(source, FormattableString.Invariant($"target {id} is {label} with score {score}."));
        }

        var mixed = item.TryGetProperty("mixed", out var flag) && flag.ValueKind is JsonValueKind.True or JsonValueKind.False
            ? flag.GetBoolean()
            : throw new SentimentProviderException(source, $"target {id} has no boolean \"mixed\".");
        return new SentimentResult(score, label, confidence, source, mixed);
    }

    private static string ReadString(JsonElement item, string name, int id, string source) =>
        item.TryGetProperty(name, out var element) && element.ValueKind == JsonValueKind.String
            ? element.GetString()!
            : throw new SentimentProviderException(source, $"target {id} has no string \"{name}\".");

    private static double ReadNumber(JsonElement item, string name, double min, double max, int id, string source)
    {
        if (!item.TryGetProperty(name, out var element) || element.ValueKind != JsonValueKind.Number)
        {
            throw new SentimentProviderException(source, $"target {id} has no numeric \"{name}\".");
        }

        var value = element.GetDouble();
        return double.IsFinite(value) && value >= min && value <= max
            ? value
            : throw new SentimentProviderException(source, FormattableString.Invariant($"target {id} has {name} {value}, outside [{min}, {max}]."));
    }
}
