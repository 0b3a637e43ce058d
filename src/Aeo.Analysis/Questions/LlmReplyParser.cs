using System.Text.Json;

namespace Aeo.Analysis.Questions;

/// <summary>
/// Reads the questions out of a model's reply. Preferred: a JSON array of {"question", "category"} objects
/// (or of strings), possibly inside a ```json fence or surrounded by prose. Otherwise: a numbered or bulleted
/// list, one question per item, with markdown emphasis and citation markers ("[1]") removed. The category is whatever the reply says
/// (null when it says nothing); validation decides what to do with it.
/// </summary>
internal static partial class LlmReplyParser
{
    public static List<ProposedQuestion> Parse(string reply)
    {
        var body = Unfenced(reply);
        // A list can contain brackets ("[1]") that parse as JSON without holding a question.
        return TryJson(body) is { Count: > 0 } fromJson ? fromJson : ListItems(body);
    }

    private static string Unfenced(string reply)
    {
        var fence = Fence().Match(reply);
        return fence.Success ? fence.Groups["body"].Value : reply;
    }

    private static List<ProposedQuestion>? TryJson(string body)
    {
        var start = body.IndexOf('[');
        var end = body.LastIndexOf(']');
        if (start < 0 || end <= start)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(body.AsMemory(start, end - start + 1));
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                return null;
            }

            var proposals = new List<ProposedQuestion>();
            foreach (var item in document.RootElement.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String)
                {
                    proposals.Add(new ProposedQuestion(item.GetString()!, null));
                }
                else if (item.ValueKind == JsonValueKind.Object && StringProperty(item, "question") is { } text)
                {
                    proposals.Add(new ProposedQuestion(text, StringProperty(item, "category")));
                }
            }

            return proposals;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? StringProperty(JsonElement item, string name) =>
        item.EnumerateObject()
            .Where(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase) && p.Value.ValueKind == JsonValueKind.String)
            .Select(p => p.Value.GetString())
            .FirstOrDefault();

    private static List<ProposedQuestion> ListItems(string body) =>
        [.. body.Split('\n')
            .Select(line => ListItem().Match(line))
            .Where(match => match.Success)
            .Select(match => new ProposedQuestion(Citation().Replace(match.Groups["text"].Value, string.Empty).Replace("**", string.Empty, StringComparison.Ordinal).Trim(), null))];

    [GeneratedRegex(@"```[a-zA-Z]*[ \t]*\r?\n(?<body>.*?)```", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Fence();

    [GeneratedRegex(@"\s*\[\d{1,3}\]", RegexOptions.CultureInvariant)]
    private static partial Regex Citation();

    [GeneratedRegex(@"^\s*(?:\d{1,3}[.)]|[-*•])\s+(?<text>.+?)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ListItem();
}

/// <summary>A question as the model proposed it, before validation.</summary>
internal sealed record ProposedQuestion(string Text, string? Category);
