namespace Aeo.Platforms.Simulated;

/// <summary>The "raw provider response" of a simulated call, so stored responses look like real ones and say what they are.</summary>
internal static class SimulatedResponseJson
{
    public static string Create(string platform, string model, AnswerStyle style, int seed, int sample, string text, int inputTokens, int outputTokens,
        IReadOnlyList<EngineCitation> citations)
        => JsonSerializer.Serialize(new
        {
            simulated = true,
            platform,
            model,
            style = AnswerStyles.Name(style),
            seed,
            sample,
            usage = new { input_tokens = inputTokens, output_tokens = outputTokens },
            text,
            sources = citations.Select(c => new { url = c.Url, title = c.Title, cited = c.Cited }),
        });
}
