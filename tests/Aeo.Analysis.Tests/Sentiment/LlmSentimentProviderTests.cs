using Aeo.Analysis.Llm;

namespace Aeo.Analysis.Tests.Sentiment;

public sealed class LlmSentimentProviderTests
{
    private const string Answer = "Asana is great but Trello is clunky.";

    private static readonly IReadOnlyList<SentimentTarget> Targets = SentimentTarget.ForAnswer(Answer, TrackedBrands.Find(Answer));

    private const string WellFormed = """
        {"results":[
          {"id":1,"brand":"Asana","score":0.7,"label":"positive","mixed":false,"confidence":0.9},
          {"id":2,"brand":"Trello","score":-0.6,"label":"Negative","mixed":true,"confidence":0.8}
        ]}
        """;

    [Fact]
    public async Task Well_formed_reply_gives_one_result_per_target_from_one_prompt()
    {
        var completion = new FakeCompletion(WellFormed);
        var provider = new LlmSentimentProvider(completion);

        var results = await provider.AnalyzeManyAsync(Targets, CancellationToken.None);

        Assert.Equal(new SentimentResult(0.7, SentimentLabel.Positive, 0.9, "llm:fake-gpt"), results[0]);
        Assert.Equal(new SentimentResult(-0.6, SentimentLabel.Negative, 0.8, "llm:fake-gpt", mixed: true), results[1]);
        var prompt = Assert.Single(completion.Prompts);
        Assert.Contains(Answer, prompt, StringComparison.Ordinal);
        Assert.Contains(SentimentDefinition.Rules, prompt, StringComparison.Ordinal);
        Assert.Contains("1. brand \"Asana\" at character 0 (1 mention)", prompt, StringComparison.Ordinal);
        Assert.Contains("2. brand \"Trello\" at character 19 (1 mention)", prompt, StringComparison.Ordinal);
        Assert.Equal("llm:fake-gpt", provider.Name);
    }

    [Fact]
    public async Task Targets_over_different_answers_get_one_prompt_each_and_keep_their_order()
    {
        const string other = "Jira is expensive.";
        var completion = new FakeCompletion(
            """{"results":[{"id":1,"brand":"Asana","score":0.5,"label":"positive","mixed":false,"confidence":0.7}]}""",
            """{"results":[{"id":1,"brand":"Jira","score":-0.5,"label":"negative","mixed":false,"confidence":0.6}]}""");
        var targets = new[] { TrackedBrands.Target(Answer, "Asana"), TrackedBrands.Target(other, "Jira") };

        var results = await new LlmSentimentProvider(completion).AnalyzeManyAsync(targets, CancellationToken.None);

        Assert.Equal([SentimentLabel.Positive, SentimentLabel.Negative], results.Select(result => result.Label));
        Assert.Equal(2, completion.Prompts.Count);
    }

    [Fact]
    public async Task A_json_fence_is_tolerated()
    {
        var provider = new LlmSentimentProvider(new FakeCompletion($"```json\n{WellFormed}\n```\n"));

        var results = await provider.AnalyzeManyAsync(Targets, CancellationToken.None);

        Assert.Equal([0.7, -0.6], results.Select(result => result.Score));
    }

    [Fact]
    public async Task Single_target_call_uses_the_same_prompt_shape_and_the_question()
    {
        var completion = new FakeCompletion("""{"results":[{"id":1,"brand":"asana","score":0,"label":"neutral","mixed":true,"confidence":0.5}]}""");
        var target = Targets[0] with { Question = "Which project tool should a design agency use?" };

        var result = await new LlmSentimentProvider(completion).AnalyzeAsync(target, CancellationToken.None);

        Assert.Equal(SentimentLabel.Neutral, result.Label);
        Assert.True(result.Mixed);
        var prompt = Assert.Single(completion.Prompts);
        Assert.Contains("1. brand \"Asana\"", prompt, StringComparison.Ordinal);
        Assert.Contains("Question asked:\nWhich project tool should a design agency use?", prompt.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Asana is positive, Trello negative.", "not valid JSON")]
    [InlineData("""{"verdicts":[]}""", "no \"results\" array")]
    [InlineData("""[{"id":1}]""", "no \"results\" array")]
    [InlineData("""{"results":[{"id":1,"brand":"Asana","score":1.4,"label":"positive","mixed":false,"confidence":0.9},{"id":2,"brand":"Trello","score":-0.6,"label":"negative","mixed":false,"confidence":0.8}]}""", "score 1.4, outside [-1, 1]")]
    [InlineData("""{"results":[{"id":1,"brand":"Asana","score":0.7,"label":"positive","mixed":false,"confidence":-0.1},{"id":2,"brand":"Trello","score":-0.6,"label":"negative","mixed":false,"confidence":0.8}]}""", "confidence -0.1, outside [0, 1]")]
    [InlineData("""{"results":[{"id":1,"brand":"Asana","score":0.7,"label":"glowing","mixed":false,"confidence":0.9},{"id":2,"brand":"Trello","score":-0.6,"label":"negative","mixed":false,"confidence":0.8}]}""", "unknown label \"glowing\"")]
    [InlineData("""{"results":[{"id":1,"brand":"Asana","score":0.7,"label":"positive","mixed":false,"confidence":0.9}]}""", "does not judge target(s) 2")]
    [InlineData("""{"results":[{"id":1,"brand":"Asana","score":0.7,"label":"positive","mixed":false,"confidence":0.9},{"id":1,"brand":"Asana","score":0.7,"label":"positive","mixed":false,"confidence":0.9}]}""", "target 1 is judged twice")]
    [InlineData("""{"results":[{"id":1,"brand":"Asana","score":0.7,"label":"positive","mixed":false,"confidence":0.9},{"id":3,"brand":"Trello","score":-0.6,"label":"negative","mixed":false,"confidence":0.8}]}""", "result id 3 is not one of the 2 target(s)")]
    [InlineData("""{"results":[{"id":1,"brand":"Asana","score":0.7,"label":"positive","mixed":false,"confidence":0.9},{"id":2,"brand":"Jira","score":-0.6,"label":"negative","mixed":false,"confidence":0.8}]}""", "target 2 is \"Trello\" but the reply judges \"Jira\"")]
    [InlineData("""{"results":[{"id":1,"brand":"Asana","score":"high","label":"positive","mixed":false,"confidence":0.9},{"id":2,"brand":"Trello","score":-0.6,"label":"negative","mixed":false,"confidence":0.8}]}""", "no numeric \"score\"")]
    [InlineData("""{"results":[{"id":1,"brand":"Asana","score":0.1,"label":"mixed","mixed":true,"confidence":0.5},{"id":2,"brand":"Trello","score":-0.6,"label":"negative","mixed":false,"confidence":0.8}]}""", "unknown label \"mixed\"")]
    [InlineData("""{"results":[{"id":1,"brand":"Asana","score":0.7,"label":"positive","confidence":0.9},{"id":2,"brand":"Trello","score":-0.6,"label":"negative","mixed":false,"confidence":0.8}]}""", "target 1 has no boolean \"mixed\"")]
    [InlineData("""{"results":[{"id":1,"brand":"Asana","score":-0.3,"label":"positive","mixed":false,"confidence":0.9},{"id":2,"brand":"Trello","score":-0.6,"label":"negative","mixed":false,"confidence":0.8}]}""", "target 1 is Positive with score -0.3")]
    [InlineData("I'm sorry, but I can't help with rating these brands.", "not valid JSON")]
    [InlineData("""{"results":[{"brand":"Asana","score":0.7,"label":"positive","mixed":false,"confidence":0.9}]}""", "no integer \"id\"")]
    public async Task Malformed_replies_fail_with_the_reason(string reply, string reason)
    {
        var provider = new LlmSentimentProvider(new FakeCompletion(reply));

        var exception = await Assert.ThrowsAsync<SentimentProviderException>(() => provider.AnalyzeManyAsync(Targets, CancellationToken.None));

        Assert.Contains(reason, exception.Message, StringComparison.Ordinal);
        Assert.Equal("llm:fake-gpt", exception.Provider);
    }

    [Fact]
    public async Task A_failing_completion_becomes_a_provider_exception()
    {
        var failure = new HttpRequestException("503 Service Unavailable");
        var provider = new LlmSentimentProvider(new FakeCompletion(failure));

        var exception = await Assert.ThrowsAsync<SentimentProviderException>(() => provider.AnalyzeAsync(Targets[0], CancellationToken.None));

        Assert.Same(failure, exception.InnerException);
        Assert.Contains("503 Service Unavailable", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancellation_is_not_disguised_as_a_provider_failure()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var provider = new LlmSentimentProvider(new FakeCompletion(new OperationCanceledException(cancelled.Token)));

        await Assert.ThrowsAsync<OperationCanceledException>(() => provider.AnalyzeAsync(Targets[0], cancelled.Token));
    }

    /// <summary>Replies with the given texts in turn (or throws), recording every prompt.</summary>
    private sealed class FakeCompletion : ITextCompletion
    {
        private readonly Queue<string> replies;
        private readonly Exception? failure;

        public FakeCompletion(params string[] replies) => this.replies = new Queue<string>(replies);

        public FakeCompletion(Exception failure)
        {
            replies = new Queue<string>();
            this.failure = failure;
        }

        public List<string> Prompts { get; } = [];

        public string Source => "fake-gpt";

        public Task<string> CompleteAsync(string prompt, CancellationToken cancellationToken)
        {
            Prompts.Add(prompt);
            return failure is null ? Task.FromResult(replies.Dequeue()) : Task.FromException<string>(failure);
        }
    }
}
