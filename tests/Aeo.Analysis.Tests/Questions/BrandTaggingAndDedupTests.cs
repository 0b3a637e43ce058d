namespace Aeo.Analysis.Tests.Questions;

public sealed class BrandTaggingAndDedupTests
{
    private readonly QuestionGenerator generator = new();

    private List<GeneratedQuestion> Custom(IReadOnlyList<string> questions, string brand = "HubSpot", IReadOnlyList<string>? competitors = null) =>
        [.. generator.Generate(QuestionRequests.Crm(custom: questions, competitors: competitors) with { Brand = brand })
            .Where(q => q.Category == QuestionCategories.Custom)];

    [Fact]
    public void A_brand_name_inside_another_word_does_not_brand_the_question()
    {
        var questions = Custom(["Is Zohoflow any good for invoicing?", "Which CRM integrates with LinkedIn?"], brand: "Zoho", competitors: ["Linked"]);

        Assert.All(questions, q =>
        {
            Assert.Equal(QuestionTypes.NonBranded, q.Type);
            Assert.Null(q.TargetBrand);
        });
    }

    [Fact]
    public void Brand_names_match_whole_words_in_any_case_and_before_a_possessive()
    {
        var questions = Custom(["is zoho's CRM any good?", "Does ZOHO have a free plan?", "Should I pick Zoho, or Salesforce?"], brand: "Zoho", competitors: ["Salesforce"]);

        Assert.All(questions, q =>
        {
            Assert.Equal(QuestionTypes.Branded, q.Type);
            Assert.Equal("Zoho", q.TargetBrand);
            Assert.Equal("branded, names the client", q.Breakdown.Audience);
        });
    }

    [Fact]
    public void The_target_is_the_brand_named_first_and_the_longer_name_wins_at_the_same_place()
    {
        var questions = Custom(
            ["Is Salesforce Marketing Cloud better than HubSpot?", "Is Pipedrive cheaper than Salesforce?"],
            competitors: ["Salesforce", "Salesforce Marketing Cloud", "Pipedrive"]);

        Assert.Equal("Salesforce Marketing Cloud", questions[0].TargetBrand);
        Assert.Equal("Pipedrive", questions[1].TargetBrand);
        Assert.Equal("branded, names only competitors", questions[1].Breakdown.Audience);
    }

    [Theory]
    [InlineData("HubSpot vs. Salesforce: which is better?", "hubspot vs salesforce - which is better")]
    [InlineData("What do users say about HubSpot's reporting?", "What do users say about HubSpot reporting")]
    [InlineData("Which open-source CRM companies exist?", "which open source CRM company exist")]
    [InlineData("What are the best CRM alternatives?", "What are the best CRM alternative ?!")]
    [InlineData("Which CRM suits small businesses?", "WHICH   CRM SUITS SMALL BUSINESS")]
    public void Variants_of_one_question_are_kept_once_first_spelling_wins(string first, string variant)
    {
        var questions = Custom([first, variant]);

        Assert.Equal(first, Assert.Single(questions).Text);
    }

    [Fact]
    public void Different_questions_with_the_same_words_are_both_kept()
    {
        var questions = Custom(["Is HubSpot cheaper than Salesforce?", "Is Salesforce cheaper than HubSpot?"]);

        Assert.Equal(2, questions.Count);
    }

    [Fact]
    public void A_custom_question_suppresses_the_template_question_it_duplicates()
    {
        var questions = generator.Generate(QuestionRequests.Crm(custom: ["WHAT ARE THE BEST ALTERNATIVES TO PIPEDRIVE"]));

        var matching = questions.Where(q => q.Text.Contains("alternatives to Pipedrive", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.Equal(QuestionSources.Custom, Assert.Single(matching).Source);
    }
}
