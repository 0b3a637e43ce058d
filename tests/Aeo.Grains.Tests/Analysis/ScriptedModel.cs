using System.Text.Json;
using System.Text.RegularExpressions;

namespace Aeo.Grains.Tests.Analysis;

/// <summary>
/// A language model for tests, configured as the platform "judge": it reads the prompts our analysis sends and
/// answers in the documented JSON shapes. Sentiment prompts get a verdict of strongly negative for every brand;
/// question prompts get three fixed recommendation questions. It records every prompt it was sent.
/// </summary>
internal sealed partial class ScriptedModel : IAnswerEngine
{
    public const string PlatformName = "judge";

    public static readonly string[] ProposedQuestions =
    [
        "Which CRM is best for a landscaping company with twelve field technicians?",
        "What CRM would you recommend for a recruiting agency that lives in email?",
        "Which CRM should a two-person bookkeeping practice start with?",
    ];

    public ConcurrentQueue<string> Prompts { get; } = new();

    public string Platform => PlatformName;

    public bool IsSimulated => true;

    public string Model => "scripted-judge";

    public Task<EngineAnswer> AskAsync(AnswerRequest request, CancellationToken cancellationToken)
    {
        Prompts.Enqueue(request.Question);
        var reply = request.Question.Contains("You judge the sentiment", StringComparison.Ordinal)
            ? JsonSerializer.Serialize(new
            {
                results = Target().Matches(request.Question).Select(m => new
                {
                    id = int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture),
                    brand = m.Groups[2].Value,
                    score = -0.9,
                    label = "negative",
                    mixed = false,
                    confidence = 0.95,
                }),
            })
            : JsonSerializer.Serialize(ProposedQuestions.Select(q => new { question = q, category = "recommendation" }));
        return Task.FromResult(new EngineAnswer(reply, "scripted", 10, 10, TimeSpan.Zero, "{}", IsSimulated: true));
    }

    [GeneratedRegex("""^(\d+)\. brand "(.+?)" at character""", RegexOptions.Multiline)]
    private static partial Regex Target();

    /// <summary>The configured platforms plus this model.</summary>
    public sealed class Registry(IAnswerEngineRegistry configured, ScriptedModel model) : IAnswerEngineRegistry
    {
        private readonly PlatformDescriptor descriptor = new(PlatformName, "scripted", true, 6000, 64, "scripted");

        public IReadOnlyList<PlatformDescriptor> Platforms => [.. configured.Platforms, descriptor];

        public bool TryGet(string platform, [MaybeNullWhen(false)] out IAnswerEngine engine)
        {
            if (platform == PlatformName)
            {
                engine = model;
                return true;
            }
            return configured.TryGet(platform, out engine);
        }

        public PlatformDescriptor Describe(string platform) => platform == PlatformName ? descriptor : configured.Describe(platform);
    }
}
