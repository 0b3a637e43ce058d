namespace Aeo.Analysis.Questions;

/// <summary>The prompt asking a model for buyer questions: who the client is, who buys, where, and the reply format.</summary>
internal static class LlmQuestionPrompt
{
    public static string For(QuestionFill fill, CategoryPlan plan, int count)
    {
        var prompt = new StringBuilder();
        var shopping = IndustryPhrase.Of(fill.Industry).Shopping;
        prompt.AppendLine($"You help audit how AI assistants answer buyers researching {shopping}.");
        prompt.AppendLine($"Write {count} distinct questions that real buyers ask an AI assistant when choosing {shopping}.");
        prompt.AppendLine($"Client brand: {fill.Brand}");
        prompt.AppendLine($"Competitors: {List(fill.Competitors)}");
        prompt.AppendLine($"Use cases: {List(fill.UseCases)}");
        prompt.AppendLine($"Buyer personas: {List(fill.Personas)}");
        prompt.AppendLine($"Locale: {fill.Locale.Tag} (use its spelling; prices in {fill.Locale.Currency})"
            + (fill.MarketPhrase is null ? string.Empty : $"; buyers are {fill.MarketPhrase}"));
        prompt.AppendLine($"Categories: {string.Join(", ", plan.Order)}");
        prompt.AppendLine("Mix questions that name no brand with questions that name the client or a competitor.");
        prompt.AppendLine("Each question must be a single question between 10 and 300 characters, ending with '?'.");
        prompt.AppendLine("Reply with only a JSON array, no commentary, in this shape:");
        prompt.Append("""[{"question": "What is the best ... for ...?", "category": "best_of"}]""");
        return prompt.ToString();
    }

    private static string List(IReadOnlyList<string> values) => values.Count == 0 ? "(none given)" : string.Join(", ", values);
}
