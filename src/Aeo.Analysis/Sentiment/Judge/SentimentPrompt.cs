using System.Globalization;
using System.Text;

namespace Aeo.Analysis.Sentiment.Judge;

/// <summary>The prompt asking a language model to judge every target mention of one answer at once, as strict JSON.</summary>
internal static class SentimentPrompt
{
    private const int ExcerptRadius = 160;

    public static string Build(string text, IReadOnlyList<SentimentTarget> targets)
    {
        var prompt = new StringBuilder();
        prompt.AppendLine("You judge the sentiment an AI assistant's answer expresses about specific brand mentions.");
        prompt.AppendLine("For each target, judge only what the answer says about that brand at that mention (its sentence or list item),");
        prompt.AppendLine("not what it says about other brands and not the answer's overall tone.");
        prompt.AppendLine("Reply with JSON only, no other text, exactly in this shape:");
        prompt.AppendLine("""{"results":[{"id":1,"brand":"Example","score":0.5,"label":"positive","confidence":0.8}]}""");
        prompt.AppendLine("- id: the target's number; exactly one result per target.");
        prompt.AppendLine("- brand: the target's brand, as given.");
        prompt.AppendLine("- score: from -1 (very negative) to 1 (very positive); 0 is neutral.");
        prompt.AppendLine("- label: \"positive\", \"negative\", \"neutral\" or \"mixed\" (real praise and real criticism of the brand).");
        prompt.AppendLine("- confidence: from 0 to 1, how sure you are of the label.");
        prompt.AppendLine();
        prompt.AppendLine("Answer:");
        prompt.AppendLine("<<<");
        prompt.AppendLine(text);
        prompt.AppendLine(">>>");
        prompt.AppendLine();
        prompt.AppendLine("Targets (the mention is marked [[like this]]):");
        for (var i = 0; i < targets.Count; i++)
        {
            var target = targets[i];
            prompt.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"{i + 1}. brand \"{target.Brand}\" at character {target.Start}: \"{Excerpt(text, target)}\""));
        }

        return prompt.ToString();
    }

    private static string Excerpt(string text, SentimentTarget target)
    {
        var from = Math.Max(0, target.Start - ExcerptRadius);
        var to = Math.Min(text.Length, target.Start + target.Length + ExcerptRadius);
        var excerpt = text[from..target.Start] + "[[" + text.Substring(target.Start, target.Length) + "]]" + text[(target.Start + target.Length)..to];
        return (from > 0 ? "…" : "") + excerpt.ReplaceLineEndings(" ") + (to < text.Length ? "…" : "");
    }
}
