namespace Aeo.Analysis.Tests.Questions;

public sealed class CategoryAndLocaleTests
{
    private readonly QuestionGenerator generator = new();

    [Fact]
    public void Reviews_cover_reputation_as_well_as_user_opinion()
    {
        var reviews = generator.Generate(QuestionRequests.Crm(categories: ["reviews"])).Select(q => q.Text).ToList();

        Assert.Contains("What are the pros and cons of HubSpot?", reviews);
        Assert.Contains("Is HubSpot a reputable company?", reviews);
        Assert.Contains("What is Salesforce's reputation for customer support?", reviews);
    }

    [Fact]
    public void Personas_fill_persona_templates_in_several_categories()
    {
        var questions = generator.Generate(QuestionRequests.Crm(personas: ["a 10-person agency", "an enterprise IT team"]));

        var agency = Assert.Single(questions, q => q.Text == "What's the best CRM tool for a 10-person agency?");
        Assert.Equal(QuestionCategories.BestOf, agency.Category);
        Assert.Equal("a 10-person agency", agency.Breakdown.Persona);
        Assert.Contains(questions, q => q.Text == "What's the best CRM tool for an enterprise IT team?");
        Assert.Contains(questions, q => q.Text == "Is HubSpot suitable for an enterprise IT team?" && q.Category == QuestionCategories.UseCase);
        Assert.Contains(questions, q => q.Text == "How should a 10-person agency choose CRM software?" && q.Category == QuestionCategories.HowTo);
        var personaCategories = questions.Where(q => q.Breakdown.Persona is not null).Select(q => q.Category).Distinct().Count();
        Assert.True(personaCategories >= 5, $"persona questions in only {personaCategories} categories");
    }

    [Fact]
    public void Without_personas_no_persona_question_is_made()
    {
        var questions = generator.Generate(QuestionRequests.Uncapped(QuestionRequests.Crm()));

        Assert.All(questions, q => Assert.Null(q.Breakdown.Persona));
        Assert.DoesNotContain(questions, q => q.Text.Contains("for ?", StringComparison.Ordinal) || q.Text.Contains("  ", StringComparison.Ordinal));
    }

    [Fact]
    public void American_english_is_the_default_spelling_and_currency()
    {
        var texts = generator.Generate(QuestionRequests.Crm()).Select(q => q.Text).ToList();

        Assert.Contains("Which CRM software offers the best value for the money?", texts);
        Assert.Contains("How much does a HubSpot license cost per user per month in US dollars?", texts);
        Assert.Contains("Which CRM tools offer the most customization?", texts);
    }

    [Fact]
    public void British_english_respells_the_templates_and_prices_in_pounds()
    {
        var texts = generator.Generate(QuestionRequests.Crm() with { Locale = "en-GB" }).Select(q => q.Text).ToList();

        Assert.Contains("Which CRM software offers the best value for money?", texts);
        Assert.Contains("How much does a HubSpot licence cost per user per month in pounds?", texts);
        Assert.Contains("Which CRM tools offer the most customisation?", texts);
        Assert.Contains("How do I customise HubSpot for my team?", texts);
        Assert.DoesNotContain(texts, t => t.Contains("customiz", StringComparison.Ordinal) || t.Contains("license", StringComparison.Ordinal));
    }

    [Fact]
    public void Spelling_changes_template_words_but_never_the_names_filled_in()
    {
        var request = QuestionRequests.Crm() with { Brand = "Organization Hub", Industry = "customization", Locale = "en_gb" };

        var texts = generator.Generate(request).Select(q => q.Text).ToList();

        Assert.Contains("What features does Organization Hub offer?", texts);
        Assert.Contains("Which customization software do you recommend for a large organisation?", texts);
    }

    [Fact]
    public void Market_questions_appear_only_when_asked_for_and_name_the_locale_market()
    {
        var without = generator.Generate(QuestionRequests.Crm() with { Locale = "en-GB" });
        var with = generator.Generate(QuestionRequests.Crm() with { Locale = "en-GB", IncludeMarket = true });
        var american = generator.Generate(QuestionRequests.Crm() with { IncludeMarket = true });

        Assert.DoesNotContain(without, q => q.Text.Contains(" in the U", StringComparison.Ordinal));
        var cost = Assert.Single(with, q => q.Text == "How much does HubSpot cost in the UK?");
        Assert.Equal("in the UK", cost.Breakdown.Market);
        Assert.Contains(with, q => q.Text == "What is the best CRM software in the UK?");
        Assert.Contains(american, q => q.Text == "What is the best CRM software in the US?");
    }

    [Fact]
    public void An_unsupported_locale_is_rejected_by_name()
    {
        var error = Assert.Throws<ArgumentException>(() => generator.Generate(QuestionRequests.Crm() with { Locale = "fr-FR" }));

        Assert.Contains("'fr-FR'", error.Message, StringComparison.Ordinal);
        Assert.Contains("en-GB", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_built_in_category_is_generated_when_none_is_named()
    {
        var questions = generator.Generate(QuestionRequests.Crm(useCases: ["lead scoring"], personas: ["a 10-person agency"]));

        Assert.Equal(QuestionCategories.All.Order(), questions.Select(q => q.Category).Distinct().Order());
        Assert.All(questions, q => Assert.Equal(QuestionSources.Template, q.Source));
    }
}
