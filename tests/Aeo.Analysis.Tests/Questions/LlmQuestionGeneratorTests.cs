using Aeo.Analysis.Llm;

namespace Aeo.Analysis.Tests.Questions;

public sealed class LlmQuestionGeneratorTests
{
    /// <summary>A platform that answers every prompt with one fixed reply, or fails, and remembers the prompt.</summary>
    private sealed class FakeCompletion(Func<string> reply) : ITextCompletion
    {
        public FakeCompletion(string reply) : this(() => reply)
        {
        }

        public string Source => "fake-gpt";

        public string? Prompt { get; private set; }

        public Task<string> CompleteAsync(string prompt, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Prompt = prompt;
            return Task.FromResult(reply());
        }
    }

    private static readonly QuestionRequest Request =
        QuestionRequests.Crm(useCases: ["lead scoring"], personas: ["a 10-person agency"]) with { Locale = "en-GB" };

    private static async Task<QuestionSet> Run(string reply, QuestionRequest? request = null) =>
        await new LlmQuestionGenerator(new FakeCompletion(reply)).GenerateAsync(request ?? Request, CancellationToken.None);

    private static GeneratedQuestion FromLlm(QuestionSet set, string text) =>
        Assert.Single(set.Questions, q => q.Text == text && q.Source == QuestionSources.Llm);

    [Fact]
    public async Task The_prompt_carries_the_whole_request()
    {
        var completion = new FakeCompletion("[]");
        await new LlmQuestionGenerator(completion, questionCount: 12).GenerateAsync(
            Request with { Categories = ["pricing", "reviews"] }, CancellationToken.None);

        var prompt = completion.Prompt!;
        foreach (var expected in new[] { "CRM", "HubSpot", "Salesforce, Pipedrive", "lead scoring", "a 10-person agency", "en-GB", "pounds", "pricing, reviews", "12 distinct questions", "JSON array" })
        {
            Assert.Contains(expected, prompt, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_json_reply_is_validated_classified_scored_and_merged()
    {
        var set = await Run("""
            [
              {"question": "Which CRM has the cheapest plan for charities?", "category": "pricing"},
              {"question": "Is Pipedrive easier to learn than HubSpot?", "category": "comparisons"},
              {"question": "How much does HubSpot cost?", "category": "pricing"}
            ]
            """);

        var cheapest = FromLlm(set, "Which CRM has the cheapest plan for charities?");
        Assert.Equal(QuestionCategories.Pricing, cheapest.Category);
        Assert.Equal(QuestionTypes.NonBranded, cheapest.Type);
        Assert.Equal(0.65, cheapest.Priority, 10); // 0.5 × 0.7 + 0.3 × 1.0

        var easier = FromLlm(set, "Is Pipedrive easier to learn than HubSpot?");
        Assert.Equal(QuestionCategories.Recommendation, easier.Category); // "comparisons" is unknown; no keyword matches
        Assert.Equal("Pipedrive", easier.TargetBrand);
        Assert.Equal(0.74, easier.Priority, 10); // 0.5 × 1.0 + 0.3 × 0.8 (names the client)

        var report = set.Llm!;
        Assert.True(report.Succeeded);
        Assert.Equal("fake-gpt", report.Source);
        Assert.Equal(3, report.Proposed);
        Assert.Equal(2, report.Accepted);
        var duplicate = Assert.Single(report.Rejected);
        Assert.Equal(("How much does HubSpot cost?", "duplicates a template question"), (duplicate.Text, duplicate.Reason));
        Assert.Equal(QuestionSources.Template, Assert.Single(set.Questions, q => q.Text == "How much does HubSpot cost?").Source);
    }

    [Fact]
    public async Task A_fenced_json_reply_with_prose_around_it_is_read()
    {
        var set = await Run("""
            Sure! Here are some questions:
            ```json
            [{"question": "Which CRM do estate agents in Leeds use?", "category": "use_case"},
             "What CRM integrates best with Shopify?"]
            ```
            Let me know if you need more.
            """);

        Assert.Equal(QuestionCategories.UseCase, FromLlm(set, "Which CRM do estate agents in Leeds use?").Category);
        Assert.Equal(QuestionCategories.Features, FromLlm(set, "What CRM integrates best with Shopify?").Category);
        Assert.Equal(2, set.Llm!.Accepted);
    }

    [Fact]
    public async Task A_numbered_or_bulleted_list_is_read_and_categorised_by_keywords()
    {
        var set = await Run("""
            Here are buyer questions:
            1. **Is Salesforce better than Pipedrive for field sales?** [1]
            2) What is a good replacement for Zoho CRM?
            - How do I import contacts from a spreadsheet into a CRM?
            * Which CRM would you recommend for lead scoring
            """);

        Assert.Equal(QuestionCategories.Comparison, FromLlm(set, "Is Salesforce better than Pipedrive for field sales?").Category);
        Assert.Equal(QuestionCategories.Alternatives, FromLlm(set, "What is a good replacement for Zoho CRM?").Category);
        Assert.Equal(QuestionCategories.HowTo, FromLlm(set, "How do I import contacts from a spreadsheet into a CRM?").Category);
        var recommend = FromLlm(set, "Which CRM would you recommend for lead scoring?"); // interrogative: '?' added
        Assert.Equal(QuestionCategories.Recommendation, recommend.Category);
        Assert.Equal("lead scoring", recommend.Breakdown.UseCase);
        Assert.Equal(4, set.Llm!.Accepted);
    }

    [Theory]
    [InlineData("I'm sorry, I can't help with that.")]
    [InlineData("")]
    [InlineData("[{\"question\": 42}]")]
    public async Task An_unusable_reply_leaves_the_template_questions_and_says_why(string reply)
    {
        var set = await Run(reply);

        Assert.Equal(new QuestionGenerator().Generate(Request), set.Questions);
        Assert.False(set.Llm!.Succeeded);
        Assert.Equal(0, set.Llm.Accepted);
        Assert.Contains("no questions", set.Llm.FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failing_platform_leaves_the_template_questions_and_says_why()
    {
        var failing = new FakeCompletion(() => throw new HttpRequestException("429 Too Many Requests"));

        var set = await new QuestionGenerator().GenerateAsync(Request, failing, CancellationToken.None);

        Assert.Equal(new QuestionGenerator().Generate(Request), set.Questions);
        Assert.Equal("fake-gpt failed: HttpRequestException: 429 Too Many Requests", set.Llm!.FailureReason);
    }

    [Fact]
    public async Task Cancellation_by_the_caller_is_not_swallowed()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            new LlmQuestionGenerator(new FakeCompletion("[]")).GenerateAsync(Request, cancelled.Token));
    }

    [Fact]
    public async Task Invalid_and_duplicate_proposals_are_rejected_with_reasons()
    {
        var tooLong = "Which CRM " + new string('x', 290) + "?";
        var set = await Run($$"""
            [
              {"question": "Best CRM?"},
              {"question": "{{tooLong}}"},
              {"question": "Tell me about CRMs for agencies."},
              {"question": "What is the best {industry} tool?"},
              {"question": "Which CRM suits dentists?", "category": "best_of"},
              {"question": "which CRM suit dentist", "category": "best_of"},
              {"question": "What's the best CRM tool for a 10-person agency?"},
              {"question": "Is HubSpot GDPR compliant?"}
            ]
            """, Request with { CustomQuestions = ["Is HubSpot GDPR compliant"] });

        var reasons = set.Llm!.Rejected.ToDictionary(r => r.Text, r => r.Reason);
        Assert.Equal("shorter than 10 characters", reasons["Best CRM?"]);
        Assert.Equal("longer than 300 characters", reasons[tooLong]);
        Assert.Equal("not a question", reasons["Tell me about CRMs for agencies."]);
        Assert.Equal("has an unfilled {slot}", reasons["What is the best {industry} tool?"]);
        Assert.Equal("duplicates another proposed question", reasons["which CRM suit dentist"]);
        Assert.Equal("duplicates a template question", reasons["What's the best CRM tool for a 10-person agency?"]);
        Assert.Equal("duplicates a custom question", reasons["Is HubSpot GDPR compliant?"]);
        Assert.Equal(1, set.Llm.Accepted);
        FromLlm(set, "Which CRM suits dentists?");
    }

    [Fact]
    public async Task Proposals_in_categories_not_requested_are_dropped()
    {
        var set = await Run(
            """[{"question": "What are the pros and cons of Pipedrive for startups?", "category": "reviews"}, {"question": "Is there a free CRM for charities?", "category": "pricing"}]""",
            Request with { Categories = ["pricing"] });

        Assert.Equal("category 'reviews' was not requested", Assert.Single(set.Llm!.Rejected).Reason);
        Assert.All(set.Questions, q => Assert.Equal(QuestionCategories.Pricing, q.Category));
        FromLlm(set, "Is there a free CRM for charities?");
    }

    [Fact]
    public async Task Model_questions_compete_for_the_same_caps()
    {
        // 0.5 × 1.0 + 0.3 × 1.0 + 0.1 (use case) + 0.05 (persona) = 0.95, above every recommendation template.
        const string best = "Which CRM would you recommend to a 10-person agency for lead scoring?";
        const string weak = "Should I choose Salesforce or Pipedrive for a tiny team?";
        var request = Request with { Categories = ["recommendation"], MaxQuestions = 3, MinPerCategory = 1, MaxPerCategory = 3 };

        var set = await Run($$"""[{"question": "{{best}}", "category": "recommendation"}, {"question": "{{weak}}", "category": "recommendation"}]""", request);

        Assert.Equal(3, set.Questions.Count);
        Assert.Equal(best, set.Questions[0].Text);
        Assert.Equal(0.95, set.Questions[0].Priority, 10);
        Assert.DoesNotContain(set.Questions, q => q.Text == weak); // 0.5 + 0.18 = 0.68 loses to the templates
        Assert.Equal(2, set.Llm!.Accepted);
    }

    [Fact]
    public async Task Without_a_platform_the_async_path_is_the_template_path()
    {
        var set = await new QuestionGenerator().GenerateAsync(Request, completion: null, CancellationToken.None);

        Assert.Null(set.Llm);
        Assert.Equal(new QuestionGenerator().Generate(Request), set.Questions);
    }
}
