namespace Aeo.Analysis.Tests.Questions;

public sealed class CategoryLimitTests
{
    private readonly QuestionGenerator generator = new();

    // Eight competitors and four use cases give some categories far more than 50 candidates.
    private static QuestionRequest Large(int maxQuestions = QuestionLimits.DefaultMaxQuestions) => QuestionRequests.Crm(
        maxQuestions,
        competitors: ["Salesforce", "Pipedrive", "Zoho", "Freshsales", "Copper", "Insightly", "Close", "Keap"],
        useCases: ["lead scoring", "email marketing", "sales forecasting", "customer support"],
        personas: ["a 10-person agency", "an enterprise IT team"]);

    private static Dictionary<string, int> CountByCategory(IEnumerable<GeneratedQuestion> questions) =>
        questions.GroupBy(q => q.Category).ToDictionary(g => g.Key, g => g.Count());

    [Fact]
    public void Defaults_are_the_seeds_limits()
    {
        var request = QuestionRequests.Crm();

        Assert.Equal(200, QuestionLimits.DefaultMaxQuestions);
        Assert.Equal(5, request.MinPerCategory);
        Assert.Equal(50, request.MaxPerCategory);
    }

    [Fact]
    public void No_category_exceeds_its_maximum_even_when_the_cap_has_room()
    {
        var candidates = CountByCategory(generator.Generate(QuestionRequests.Uncapped(Large())));
        Assert.True(candidates[QuestionCategories.Comparison] > 50, "the fixture must overflow a category");

        var questions = generator.Generate(Large(1_000));

        var counts = CountByCategory(questions);
        Assert.All(counts, pair => Assert.Equal(Math.Min(50, candidates[pair.Key]), pair.Value));
    }

    [Fact]
    public void Each_category_gets_its_minimum_and_the_rest_of_the_cap_goes_by_priority()
    {
        var all = generator.Generate(QuestionRequests.Uncapped(Large()));
        var candidates = CountByCategory(all);

        var questions = generator.Generate(Large());

        Assert.Equal(200, questions.Count);
        var counts = CountByCategory(questions);
        Assert.All(candidates, pair => Assert.True(counts[pair.Key] >= Math.Min(5, pair.Value), $"{pair.Key}: {counts[pair.Key]}"));
        Assert.All(counts.Values, count => Assert.True(count <= 50));

        // Beyond each category's five best, a question left out never beats one taken, unless its category is full.
        var chosen = questions.Select(q => q.Text).ToHashSet();
        var extras = all.Where(q => chosen.Contains(q.Text)).GroupBy(q => q.Category).SelectMany(g => g.Skip(5)).ToList();
        var lowestExtra = extras.Min(q => q.Priority);
        Assert.All(
            all.Where(q => !chosen.Contains(q.Text) && counts[q.Category] < 50),
            left => Assert.True(left.Priority <= lowestExtra, $"'{left.Text}' ({left.Priority}) left out below {lowestExtra}"));
    }

    [Fact]
    public void A_category_with_fewer_candidates_than_the_minimum_gives_all_it_has()
    {
        var request = Large(60) with { CustomCategories = [new CustomCategory("security", ["Is {brand} SOC 2 compliant?", "Is {brand} HIPAA compliant?"], 0.1)] };

        var counts = CountByCategory(generator.Generate(request));

        Assert.Equal(2, counts["security"]);
        Assert.All(QuestionCategories.All, category => Assert.True(counts[category] >= 5, category));
    }

    [Fact]
    public void Overridden_bounds_are_honoured()
    {
        var candidates = CountByCategory(generator.Generate(QuestionRequests.Uncapped(Large())));

        var questions = generator.Generate(Large() with { MinPerCategory = 1, MaxPerCategory = 3 });

        Assert.Equal(candidates.Keys.Order(), CountByCategory(questions).Keys.Order());
        Assert.All(CountByCategory(questions).Values, count => Assert.Equal(3, count));
    }

    [Fact]
    public void A_cap_below_categories_times_minimum_is_shared_round_robin()
    {
        // Nine categories × 5 = 45 > 20: every category gets 2, the two best-placed categories a third.
        var counts = CountByCategory(generator.Generate(Large(20)));

        Assert.Equal(9, counts.Count);
        Assert.Equal(20, counts.Values.Sum());
        Assert.All(counts.Values, count => Assert.InRange(count, 2, 3));
    }

    [Fact]
    public void Custom_questions_are_never_dropped_by_the_per_category_maximum()
    {
        string[] custom = ["Q one about CRM?", "Q two about CRM?", "Q three about CRM?", "Q four about CRM?", "Q five about CRM?"];

        var questions = generator.Generate(QuestionRequests.Crm(30, custom: custom) with { MinPerCategory = 1, MaxPerCategory = 2 });

        Assert.Equal(custom, questions.Take(5).Select(q => q.Text));
        Assert.All(CountByCategory(questions.Skip(5)).Values, count => Assert.True(count <= 2));
    }

    [Fact]
    public void Inconsistent_bounds_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => generator.Generate(QuestionRequests.Crm() with { MinPerCategory = 6, MaxPerCategory = 5 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => generator.Generate(QuestionRequests.Crm() with { MinPerCategory = -1 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => generator.Generate(QuestionRequests.Crm() with { MinPerCategory = 0, MaxPerCategory = 0 }));
    }
}
