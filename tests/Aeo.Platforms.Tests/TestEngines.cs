namespace Aeo.Platforms.Tests;

internal static class TestEngines
{
    public static readonly IReadOnlyList<string> Brands = ["HubSpot", "Salesforce", "Pipedrive", "Zoho CRM"];

    private static readonly string[] Categories = ["CRM", "email marketing tool", "project management app", "help desk software", "analytics platform", "invoicing tool", "password manager", "video conferencing tool"];
    private static readonly string[] Audiences = ["a 10-person agency", "a solo consultant", "a B2B startup", "an enterprise sales team", "a nonprofit", "a remote team", "an e-commerce shop", "a law firm", "a dental practice", "a university department"];
    private static readonly string[] Shapes = ["What is the best {0} for {1}?", "Which {0} should {1} use?", "Recommend a {0} for {1}", "Top {0} options for {1} in 2025"];

    /// <summary>Distinct, realistic buyer questions (320 of them).</summary>
    public static IEnumerable<string> Questions()
        => from shape in Shapes from category in Categories from audience in Audiences select string.Format(shape, category, audience);

    public static SimulatedAnswerEngine Create(string platform = "sim", string style = "mixed", int seed = 0, double failureRate = 0, TimeProvider? timeProvider = null)
        => new(platform, new PlatformOptions { Kind = "simulated", Simulated = NoLatency(style, seed, failureRate) }, timeProvider);

    public static SimulatedPlatformOptions NoLatency(string style = "mixed", int seed = 0, double failureRate = 0) => new()
    {
        Style = style,
        Seed = seed,
        FailureRate = failureRate,
        LatencyMinMs = 0,
        LatencyMedianMs = 0,
        LatencyMaxMs = 0,
    };

    public static Task<EngineAnswer> Ask(this IAnswerEngine engine, string question, int sample = 0, IReadOnlyList<string>? brands = null)
        => engine.AskAsync(new AnswerRequest(question, sample, brands ?? Brands), CancellationToken.None);

    public static int CountWords(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}
