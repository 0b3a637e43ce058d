namespace Aeo.Analysis.Tests.Corpus;

/// <summary>The labelled corpus is only a yardstick if it is internally consistent; these checks keep it so.</summary>
public sealed class CorpusConsistencyTests
{
    private const int MinimumCases = 90;
    private const int MinimumHardNegatives = 15;

    private static IReadOnlyList<CorpusCase> Cases => LabelledCorpus.Cases;

    [Fact]
    public void Corpus_has_enough_cases_with_unique_ids_and_notes()
    {
        Assert.True(Cases.Count >= MinimumCases, $"{Cases.Count} cases, want at least {MinimumCases}");
        Assert.Empty(Cases.GroupBy(c => c.Id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.All(Cases, c =>
        {
            Assert.False(string.IsNullOrWhiteSpace(c.Id));
            Assert.False(string.IsNullOrWhiteSpace(c.Text), c.Id);
            Assert.False(string.IsNullOrWhiteSpace(c.Notes), c.Id);
        });
    }

    [Fact]
    public void Every_case_tracks_distinct_named_brands()
    {
        Assert.All(Cases, c =>
        {
            Assert.NotEmpty(c.Brands);
            Assert.All(c.Brands, b => Assert.False(string.IsNullOrWhiteSpace(b.Name), c.Id));
            Assert.Equal(c.Brands.Count, c.Brands.Select(b => b.Name).Distinct(StringComparer.Ordinal).Count());
        });
    }

    [Fact]
    public void Expected_brands_are_tracked_and_listed_once_each()
    {
        Assert.All(Cases, c =>
        {
            var tracked = c.Brands.Select(b => b.Name).ToHashSet(StringComparer.Ordinal);
            Assert.All(c.Expected, e => Assert.True(tracked.Contains(e.Brand), $"{c.Id}: {e.Brand} is not tracked"));
            Assert.Equal(c.Expected.Count, c.Expected.Select(e => e.Brand).Distinct(StringComparer.Ordinal).Count());
        });
    }

    [Fact]
    public void Ranks_run_from_one_in_order_of_first_mention()
    {
        Assert.All(Cases, c => Assert.Equal(Enumerable.Range(1, c.Expected.Count), c.Expected.Select(e => e.Rank)));
    }

    [Fact]
    public void Counts_list_positions_and_sentiments_are_valid()
    {
        Assert.All(Cases, c => Assert.All(c.Expected, e =>
        {
            Assert.True(e.Count >= 1, $"{c.Id} {e.Brand}: count {e.Count}");
            Assert.True(e.ListPosition is null or >= 1, $"{c.Id} {e.Brand}: list position {e.ListPosition}");
            Assert.True(SentimentLabels.All.Contains(e.Sentiment), $"{c.Id} {e.Brand}: sentiment '{e.Sentiment}'");
        }));
    }

    [Fact]
    public void Every_expected_brand_is_visibly_written_in_the_text()
    {
        // Guards against labelling a brand the answer never names: some form of its name, an alias or a
        // domain must appear once case, spaces and punctuation are ignored ("Hub Spot", "HubSpot's").
        Assert.All(Cases, c =>
        {
            var text = LettersAndDigits(c.Text);
            Assert.All(c.Expected, e =>
            {
                var brand = c.Brands.Single(b => b.Name == e.Brand);
                var forms = brand.Aliases.Append(brand.Name).Concat(brand.Domains).Select(LettersAndDigits);
                Assert.True(forms.Any(text.Contains), $"{c.Id}: no form of {e.Brand} appears in the text");
            });
        });
    }

    [Fact]
    public void Corpus_has_enough_hard_negatives()
    {
        // A hard negative: a tracked brand's name or alias appears in the text, ignoring case (as a common
        // word, inside another word or inside a URL), yet the annotator found no mention of that brand.
        var hardNegatives = Cases.Where(c => c.Brands.Any(b =>
                c.Expected.All(e => e.Brand != b.Name)
                && b.Aliases.Append(b.Name).Any(term => c.Text.Contains(term, StringComparison.OrdinalIgnoreCase))))
            .ToArray();

        Assert.True(
            hardNegatives.Length >= MinimumHardNegatives,
            $"{hardNegatives.Length} hard negatives, want at least {MinimumHardNegatives}");
    }

    private static string LettersAndDigits(string value) =>
        string.Concat(value.Where(char.IsLetterOrDigit)).ToLowerInvariant();
}
