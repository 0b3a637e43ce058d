namespace Aeo.Analysis.Tests.Questions;

public sealed class QuestionGeneratorTests
{
    private readonly QuestionGenerator generator = new();

    private static string Key(string text) => text.Trim().TrimEnd('?').ToLowerInvariant();

    [Fact]
    public void Two_competitors_and_all_categories_give_at_least_sixty_distinct_questions()
    {
        var questions = generator.Generate(QuestionRequests.Crm());

        Assert.True(questions.Count >= 60, $"only {questions.Count} questions");
        Assert.Equal(questions.Count, questions.Select(q => Key(q.Text)).Distinct().Count());
        Assert.Equal(QuestionCategories.All.Order(), questions.Select(q => q.Category).Distinct().Order());
        Assert.All(questions, q => Assert.DoesNotContain("{", q.Text));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(20)]
    [InlineData(60)]
    public void The_cap_is_honoured(int max)
    {
        Assert.Equal(max, generator.Generate(QuestionRequests.Crm(max)).Count);
    }

    [Fact]
    public void A_cap_of_zero_gives_nothing_and_a_negative_cap_is_rejected()
    {
        Assert.Empty(generator.Generate(QuestionRequests.Crm(0)));
        Assert.Throws<ArgumentOutOfRangeException>(() => generator.Generate(QuestionRequests.Crm(-1)));
    }

    [Fact]
    public void A_small_cap_still_spans_every_category()
    {
        var nine = generator.Generate(QuestionRequests.Crm(9));
        Assert.Equal(QuestionCategories.All.Order(), nine.Select(q => q.Category).Order());

        var eighteen = generator.Generate(QuestionRequests.Crm(18));
        Assert.All(eighteen.GroupBy(q => q.Category), g => Assert.Equal(2, g.Count()));
        Assert.Equal(9, eighteen.Select(q => q.Category).Distinct().Count());
    }

    [Fact]
    public void Questions_come_highest_priority_first()
    {
        var questions = generator.Generate(QuestionRequests.Crm(40));

        Assert.Equal(questions.OrderByDescending(q => q.Priority).Select(q => q.Text), questions.Select(q => q.Text));
        Assert.All(questions, q => Assert.InRange(q.Priority, 0.0, 1.0));
    }

    [Fact]
    public void The_cap_keeps_the_best_of_each_category()
    {
        var all = generator.Generate(QuestionRequests.Crm());
        var capped = generator.Generate(QuestionRequests.Crm(18));

        foreach (var category in QuestionCategories.All)
        {
            var expected = all.Where(q => q.Category == category).Take(2).Select(q => q.Text);
            Assert.Equal(expected, capped.Where(q => q.Category == category).Select(q => q.Text));
        }
    }

    [Fact]
    public void Same_request_gives_the_same_list_in_the_same_order()
    {
        var first = generator.Generate(QuestionRequests.Crm(50, useCases: ["lead scoring", "email marketing"]));
        var second = new QuestionGenerator().Generate(QuestionRequests.Crm(50, useCases: ["lead scoring", "email marketing"]));

        Assert.Equal(first, second);
    }

    [Fact]
    public void Questions_naming_a_brand_are_branded_with_the_first_named_brand_as_target()
    {
        var questions = generator.Generate(QuestionRequests.Crm());

        var versus = Assert.Single(questions, q => q.Text == "HubSpot vs Salesforce: which is better?");
        Assert.Equal(QuestionTypes.Branded, versus.Type);
        Assert.Equal("HubSpot", versus.TargetBrand);
        Assert.Equal(QuestionCategories.Comparison, versus.Category);

        var alternatives = Assert.Single(questions, q => q.Text == "What are the best alternatives to Pipedrive?");
        Assert.Equal(QuestionTypes.Branded, alternatives.Type);
        Assert.Equal("Pipedrive", alternatives.TargetBrand);

        var migrate = Assert.Single(questions, q => q.Text == "How do I migrate from Salesforce to HubSpot?");
        Assert.Equal("Salesforce", migrate.TargetBrand);

        var pair = Assert.Single(questions, q => q.Text == "Salesforce vs Pipedrive: which CRM platform is better?");
        Assert.Equal("Salesforce", pair.TargetBrand);

        var generic = Assert.Single(questions, q => q.Text == "What is the best CRM software for small teams?");
        Assert.Equal(QuestionTypes.NonBranded, generic.Type);
        Assert.Null(generic.TargetBrand);
    }

    [Fact]
    public void Branded_tagging_agrees_with_the_text_for_every_question()
    {
        string[] brands = ["HubSpot", "Salesforce", "Pipedrive"];

        foreach (var question in generator.Generate(QuestionRequests.Crm(useCases: ["lead scoring"])))
        {
            var named = brands.Any(b => question.Text.Contains(b, StringComparison.OrdinalIgnoreCase));
            Assert.Equal(named ? QuestionTypes.Branded : QuestionTypes.NonBranded, question.Type);
            Assert.Equal(named, question.TargetBrand is not null);
        }
    }

    [Fact]
    public void Non_branded_recommendations_outrank_competitor_only_how_tos()
    {
        var questions = generator.Generate(QuestionRequests.Crm());

        var recommendation = questions.Single(q => q.Text == "Which CRM software would you recommend for a small business?");
        var howTo = questions.Single(q => q.Text == "How do I get started with HubSpot?");
        var competitorCost = questions.Single(q => q.Text == "How much does Salesforce cost?");
        var clientCost = questions.Single(q => q.Text == "How much does HubSpot cost?");

        Assert.True(recommendation.Priority > howTo.Priority);
        Assert.True(clientCost.Priority > competitorCost.Priority);
        Assert.Equal(0.8, recommendation.Priority); // 0.5 × 1.0 + 0.3 × 1.0 + 0.1 × 0
    }

    [Fact]
    public void Custom_questions_are_kept_verbatim_first_in_their_order()
    {
        string[] custom = ["Which CRM do agencies in Berlin use?", "  is HubSpot GDPR compliant  "];

        var questions = generator.Generate(QuestionRequests.Crm(10, custom: custom));

        Assert.Equal(custom, questions.Take(2).Select(q => q.Text));
        Assert.All(questions.Take(2), q =>
        {
            Assert.Equal(QuestionCategories.Custom, q.Category);
            Assert.Equal(1.0, q.Priority);
        });
        Assert.Equal(QuestionTypes.NonBranded, questions[0].Type);
        Assert.Equal(QuestionTypes.Branded, questions[1].Type);
        Assert.Equal("HubSpot", questions[1].TargetBrand);
        Assert.Equal(10, questions.Count);
        Assert.All(questions.Skip(2), q => Assert.True(q.Priority < 1.0));
    }

    [Fact]
    public void Custom_questions_beyond_the_cap_are_dropped_from_the_end()
    {
        var questions = generator.Generate(QuestionRequests.Crm(2, custom: ["One?", "Two?", "Three?"]));

        Assert.Equal(["One?", "Two?"], questions.Select(q => q.Text));
    }

    [Fact]
    public void Duplicates_are_removed_on_normalised_text_and_the_custom_copy_wins()
    {
        var questions = generator.Generate(QuestionRequests.Crm(
            custom: ["how much does  HubSpot cost", "How much does HubSpot cost?"],
            competitors: ["Salesforce", "salesforce", "HubSpot"]));

        var costs = questions.Where(q => Key(q.Text).Replace("  ", " ") == "how much does hubspot cost").ToList();
        var only = Assert.Single(costs);
        Assert.Equal(QuestionCategories.Custom, only.Category);
        Assert.Equal(questions.Count, questions.Select(q => string.Join(' ', Key(q.Text).Split(' ', StringSplitOptions.RemoveEmptyEntries))).Distinct().Count());
        Assert.DoesNotContain(questions, q => q.Text.Contains("HubSpot vs HubSpot", StringComparison.Ordinal));
    }

    [Fact]
    public void Only_requested_categories_are_generated()
    {
        var questions = generator.Generate(QuestionRequests.Crm(categories: ["pricing", " Alternatives "]));

        Assert.NotEmpty(questions);
        Assert.All(questions, q => Assert.Contains(q.Category, new[] { QuestionCategories.Pricing, QuestionCategories.Alternatives }));
    }

    [Fact]
    public void Unknown_categories_and_missing_brand_or_industry_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => generator.Generate(QuestionRequests.Crm(categories: ["prizing"])));
        Assert.Throws<ArgumentException>(() => generator.Generate(QuestionRequests.Crm() with { Brand = " " }));
        Assert.Throws<ArgumentException>(() => generator.Generate(QuestionRequests.Crm() with { Industry = "" }));
    }

    [Fact]
    public void Use_cases_fill_their_templates_and_are_skipped_when_absent()
    {
        var withUseCases = generator.Generate(QuestionRequests.Crm(useCases: ["lead scoring", "email marketing"]));
        var without = generator.Generate(QuestionRequests.Crm());

        Assert.Contains(withUseCases, q => q.Text == "What is the best CRM software for lead scoring?");
        Assert.Contains(withUseCases, q => q.Text == "How does HubSpot compare to Pipedrive for email marketing?");
        Assert.True(withUseCases.Count > without.Count);
    }

    [Fact]
    public void Without_competitors_only_brand_and_industry_questions_are_made()
    {
        var questions = generator.Generate(QuestionRequests.Crm(competitors: []));

        Assert.NotEmpty(questions);
        Assert.All(questions, q => Assert.True(q.TargetBrand is null or "HubSpot"));
    }
}
