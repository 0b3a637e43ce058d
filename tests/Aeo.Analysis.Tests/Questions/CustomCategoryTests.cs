namespace Aeo.Analysis.Tests.Questions;

public sealed class CustomCategoryTests
{
    private readonly QuestionGenerator generator = new();

    private static readonly CustomCategory Security = new(
        "security",
        ["Is {brand} SOC 2 compliant?", "Which {industry} vendors suit {persona} with strict security needs?", "Does {competitor} encrypt data at rest?"],
        Weight: 0.9);

    private static QuestionRequest WithCategories(params CustomCategory[] categories) =>
        QuestionRequests.Crm(personas: ["an enterprise IT team"]) with { CustomCategories = categories };

    [Fact]
    public void A_custom_category_fills_its_templates_and_is_weighted_as_declared()
    {
        var security = generator.Generate(WithCategories(Security)).Where(q => q.Category == "security").ToList();

        string[] expected =
        [
            "Is HubSpot SOC 2 compliant?",
            "Which CRM vendors suit an enterprise IT team with strict security needs?",
            "Does Salesforce encrypt data at rest?",
            "Does Pipedrive encrypt data at rest?",
        ];
        Assert.Equal(expected.Order(StringComparer.Ordinal), security.Select(q => q.Text).Order(StringComparer.Ordinal));
        Assert.All(security, q => Assert.Equal(QuestionSources.Template, q.Source));
        Assert.All(security, q => Assert.Equal(0.9, q.Breakdown.CategoryWeight));
        // Non-branded, names the persona: 0.5 × 0.9 + 0.3 × 1.0 + 0.05 × 1 = 0.8
        Assert.Equal(0.8, security.Single(q => q.Text.StartsWith("Which", StringComparison.Ordinal)).Priority);
    }

    [Fact]
    public void A_custom_category_is_generated_beside_the_named_built_in_ones()
    {
        var questions = generator.Generate(WithCategories(Security) with { Categories = ["pricing"] });

        Assert.Equal(["pricing", "security"], questions.Select(q => q.Category).Distinct().Order());
        var named = generator.Generate(WithCategories(Security) with { Categories = ["security"] });
        Assert.Equal(["security"], named.Select(q => q.Category).Distinct());
    }

    [Fact]
    public void A_custom_category_without_a_weight_gets_the_default()
    {
        var questions = generator.Generate(WithCategories(new CustomCategory("integrations", ["Does {brand} integrate with Slack?"])));

        var question = Assert.Single(questions, q => q.Category == "integrations");
        Assert.Equal(CustomCategory.DefaultWeight, question.Breakdown.CategoryWeight);
    }

    [Theory]
    [InlineData("Sec Ops", "'Sec Ops' is not a slug")]
    [InlineData("Security", "'Security' is not a slug")]
    [InlineData("9lives", "'9lives' is not a slug")]
    [InlineData("", "'' is not a slug")]
    [InlineData("pricing", "'pricing' is reserved")]
    [InlineData("custom", "'custom' is reserved")]
    public void Names_must_be_new_lowercase_slugs(string name, string expected)
    {
        var error = Assert.Throws<ArgumentException>(() => generator.Generate(WithCategories(new CustomCategory(name, ["Is {brand} safe?"]))));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Templates_must_be_present_non_blank_and_use_only_known_slots()
    {
        var none = Assert.Throws<ArgumentException>(() => generator.Generate(WithCategories(new CustomCategory("security", []))));
        Assert.Contains("'security' has no templates", none.Message, StringComparison.Ordinal);

        var blank = Assert.Throws<ArgumentException>(() => generator.Generate(WithCategories(new CustomCategory("security", ["Is {brand} safe?", "  "]))));
        Assert.Contains("'security' template #2 is empty", blank.Message, StringComparison.Ordinal);

        var unknown = Assert.Throws<ArgumentException>(() => generator.Generate(WithCategories(new CustomCategory("security", ["Is {brand} safe?", "Is {brnd} safe?"]))));
        Assert.Contains("template #2 \"Is {brnd} safe?\" uses unknown slot '{brnd}'", unknown.Message, StringComparison.Ordinal);
        Assert.Contains("{use_case}", unknown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Weights_outside_zero_to_one_and_duplicate_names_are_rejected()
    {
        var heavy = Assert.Throws<ArgumentException>(() => generator.Generate(WithCategories(Security with { Weight = 1.5 })));
        Assert.Contains("'security' has weight 1.5", heavy.Message, StringComparison.Ordinal);

        var twice = Assert.Throws<ArgumentException>(() => generator.Generate(WithCategories(Security, Security with { Weight = 0.5 })));
        Assert.Contains("'security' is defined more than once", twice.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Naming_a_category_that_is_neither_built_in_nor_defined_lists_the_known_ones()
    {
        var error = Assert.Throws<ArgumentException>(() => generator.Generate(WithCategories(Security) with { Categories = ["compliance"] }));

        Assert.Contains("'compliance'", error.Message, StringComparison.Ordinal);
        Assert.Contains("security", error.Message, StringComparison.Ordinal);
    }
}
