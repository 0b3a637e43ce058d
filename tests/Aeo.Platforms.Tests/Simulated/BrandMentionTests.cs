namespace Aeo.Platforms.Tests.Simulated;

public sealed class BrandMentionTests
{
    private static async Task<List<string>> AnswersAsync(string style = "mixed", int count = 600)
    {
        var engine = TestEngines.Create(style: style);
        var texts = new List<string>();
        foreach (var question in TestEngines.Questions())
        {
            for (var sample = 0; sample < 3 && texts.Count < count; sample++)
            {
                texts.Add((await engine.Ask(question, sample)).Text);
            }
        }

        return texts;
    }

    /// <summary>Where the brand first appears, in any of the spellings the engine uses, or -1.</summary>
    private static int FirstPosition(string text, string brand)
    {
        var domain = new string(brand.Where(char.IsLetterOrDigit).ToArray()) + ".com";
        var positions = new[] { text.IndexOf(brand, StringComparison.OrdinalIgnoreCase), text.IndexOf(domain, StringComparison.OrdinalIgnoreCase) }
            .Where(p => p >= 0).ToList();
        return positions.Count == 0 ? -1 : positions.Min();
    }

    [Fact]
    public async Task About_fifteen_percent_of_answers_mention_no_tracked_brand()
    {
        var texts = await AnswersAsync();
        var none = texts.Count(t => TestEngines.Brands.All(b => FirstPosition(t, b) < 0));
        var share = none / (double)texts.Count;
        Assert.InRange(share, 0.09, 0.22);
    }

    [Fact]
    public async Task Answers_mention_varying_numbers_of_brands()
    {
        var texts = await AnswersAsync();
        var counts = texts.Select(t => TestEngines.Brands.Count(b => FirstPosition(t, b) >= 0)).ToHashSet();
        Assert.Superset(new HashSet<int> { 0, 1, 2, 3, 4 }, counts);
    }

    [Fact]
    public async Task Which_brand_comes_first_and_where_it_appears_both_vary()
    {
        var texts = await AnswersAsync();
        var firstBrands = new HashSet<string>();
        var relativePositions = new List<double>();
        foreach (var text in texts)
        {
            var mentioned = TestEngines.Brands.Select(b => (Brand: b, Position: FirstPosition(text, b))).Where(x => x.Position >= 0).ToList();
            if (mentioned.Count == 0)
            {
                continue;
            }

            var first = mentioned.MinBy(x => x.Position);
            firstBrands.Add(first.Brand);
            relativePositions.Add(first.Position / (double)text.Length);
        }

        Assert.Equal(TestEngines.Brands.Count, firstBrands.Count);
        Assert.Contains(relativePositions, p => p == 0);
        Assert.Contains(relativePositions, p => p is > 0 and < 0.2);
        Assert.Contains(relativePositions, p => p > 0.5);
    }

    [Fact]
    public async Task Brands_sometimes_appear_possessive_lower_cased_or_as_a_domain()
    {
        var texts = await AnswersAsync();
        Assert.Contains(texts, t => TestEngines.Brands.Any(b => t.Contains(b + "'s", StringComparison.Ordinal)));
        Assert.Contains(texts, t => t.Contains("hubspot", StringComparison.Ordinal) && !t.Contains("hubspot.com", StringComparison.Ordinal));
        Assert.Contains(texts, t => TestEngines.Brands.Any(b => t.Contains(new string(b.Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant() + ".com", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Without_tracked_brands_no_brand_is_named_and_the_answer_still_has_substance()
    {
        var engine = TestEngines.Create();
        foreach (var question in TestEngines.Questions().Take(40))
        {
            var text = (await engine.Ask(question, brands: [])).Text;
            Assert.All(TestEngines.Brands, b => Assert.Equal(-1, FirstPosition(text, b)));
            Assert.True(TestEngines.CountWords(text) >= 150);
        }
    }

    [Fact]
    public async Task Only_tracked_brands_are_named()
    {
        var engine = TestEngines.Create();
        foreach (var question in TestEngines.Questions().Take(40))
        {
            var text = (await engine.Ask(question, brands: ["Acme"])).Text;
            Assert.All(TestEngines.Brands, b => Assert.Equal(-1, FirstPosition(text, b)));
        }
    }
}
