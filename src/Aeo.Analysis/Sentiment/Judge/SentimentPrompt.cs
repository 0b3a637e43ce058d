namespace Aeo.Analysis.Sentiment.Judge;

/// <summary>
/// The prompt asking a language model for the stance of one answer towards each of its tracked brands, with the one
/// definition (<see cref="SentimentDefinition.Rules"/>), as strict JSON.
/// </summary>
internal static class SentimentPrompt
{
    public const string Opening = "You judge the sentiment of an AI assistant's answer towards brands.";

    public static string Build(string text, IReadOnlyList<SentimentTarget> targets)
    {
        var prompt = new StringBuilder();
        prompt.AppendLine(Opening);
        prompt.AppendLine(SentimentDefinition.Rules);
        prompt.AppendLine("Reply with JSON only, no other text, exactly in this shape:");
        prompt.AppendLine("""{"results":[{"id":1,"brand":"Example","label":"positive","mixed":false,"score":0.6,"confidence":0.8}]}""");
        prompt.AppendLine("- id: the brand's number below; exactly one result per brand.");
        prompt.AppendLine("- brand: the brand's name, as given.");
        prompt.AppendLine("- label: \"positive\", \"negative\" or \"neutral\" (no other value).");
        prompt.AppendLine("- mixed: true or false, as defined above.");
        prompt.AppendLine("- score: from -1 (strongly negative) to 1 (strongly positive); above 0 for positive, below 0 for negative.");
        prompt.AppendLine("- confidence: from 0 to 1, how sure you are of the label.");
        prompt.AppendLine();
        if (targets[0].Question is { Length: > 0 } question)
        {
            prompt.AppendLine("Question asked:");
            prompt.AppendLine(question);
            prompt.AppendLine();
        }

        prompt.AppendLine("Answer:");
        prompt.AppendLine("<<<");
        prompt.AppendLine(text);
        prompt.AppendLine(">>>");
        prompt.AppendLine();
        prompt.AppendLine("Brands:");
        for (var i = 0; i < targets.Count; i++)
        {
            var target = targets[i];
            prompt.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"{i + 1}. brand \"{target.Brand}\" at character {target.Mentions[0].Start} ({target.Mentions.Count} mention{(target.Mentions.Count == 1 ? "" : "s")})"));
        }

        return prompt.ToString();
    }
}
