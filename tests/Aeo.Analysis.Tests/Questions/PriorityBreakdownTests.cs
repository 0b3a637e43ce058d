namespace Aeo.Analysis.Tests.Questions;

public sealed class PriorityBreakdownTests
{
    private static readonly IReadOnlyList<GeneratedQuestion> Questions = new QuestionGenerator().Generate(
        QuestionRequests.Uncapped(QuestionRequests.Crm(useCases: ["lead scoring"], personas: ["a 10-person agency"]) with { Locale = "en-GB", IncludeMarket = true }));

    private static GeneratedQuestion Find(string text) => Assert.Single(Questions, q => q.Text == text);

    [Theory]
    // 0.5 × 1.0 (recommendation) + 0.3 × 1.0 (non-branded) + 0.05 × 1 (persona)
    [InlineData("Which CRM software would you recommend for a 10-person agency?", 0.85)]
    // 0.5 × 0.9 (comparison) + 0.3 × 0.8 (names the client) + 0.1 × 1 (use case)
    [InlineData("How does HubSpot compare to Salesforce for lead scoring?", 0.79)]
    // 0.5 × 0.7 (pricing) + 0.3 × 0.6 (names only competitors)
    [InlineData("How much does Salesforce cost?", 0.53)]
    // 0.5 × 0.7 (pricing) + 0.3 × 0.8 (names the client) + 0.05 × 1 (market)
    [InlineData("How much does HubSpot cost in the UK?", 0.64)]
    // 0.5 × 0.5 (how-to) + 0.3 × 1.0 (non-branded) + 0.05 × 1 (persona)
    [InlineData("How should a 10-person agency choose CRM software?", 0.6)]
    // 0.5 × 0.8 (use case) + 0.3 × 1.0 (non-branded) + 0.1 × 1 (use case) + 0.05 × 1 (persona)
    [InlineData("Which CRM tool suits a 10-person agency working on lead scoring?", 0.85)]
    public void Priorities_follow_the_documented_formula(string text, double expected)
    {
        var question = Find(text);

        Assert.Equal(expected, question.Priority, 10);
        Assert.Equal(question.Priority, question.Breakdown.Score);
    }

    [Fact]
    public void The_breakdown_names_each_component()
    {
        var breakdown = Find("How does HubSpot compare to Salesforce for lead scoring?").Breakdown;

        Assert.Equal(QuestionCategories.Comparison, breakdown.Category);
        Assert.Equal(0.9, breakdown.CategoryWeight);
        Assert.Equal(0.8, breakdown.AudienceWeight);
        Assert.Equal("lead scoring", breakdown.UseCase);
        Assert.Equal(1, breakdown.Specificity);
        Assert.Equal(0, breakdown.PersonaFactor);
        Assert.Equal(0, breakdown.MarketFactor);
    }

    [Fact]
    public void Explain_writes_out_the_formula_with_the_numbers()
    {
        Assert.Equal(
            "0.5 × category 0.70 (pricing) + 0.3 × audience 0.80 (branded, names the client) + 0.1 × specificity 0 (no use case)"
            + " + 0.05 × persona 0 (no persona) + 0.05 × market 1 (market 'in the UK') = 0.64",
            Find("How much does HubSpot cost in the UK?").Breakdown.Explain());
    }

    [Fact]
    public void A_custom_question_is_fixed_at_one_and_says_so()
    {
        var custom = new QuestionGenerator().Generate(QuestionRequests.Crm(custom: ["Is HubSpot GDPR compliant?"]))[0];

        Assert.True(custom.Breakdown.IsFixed);
        Assert.Equal(1.0, custom.Priority);
        Assert.Equal(0.8, custom.Breakdown.AudienceWeight);
        Assert.StartsWith("custom question supplied by the client (branded, names the client)", custom.Breakdown.Explain(), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_generated_priority_is_below_a_custom_question()
    {
        Assert.All(Questions, q => Assert.InRange(q.Priority, 0.0, 0.9999));
    }
}
