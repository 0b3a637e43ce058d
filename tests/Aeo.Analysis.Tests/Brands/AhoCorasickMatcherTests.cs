namespace Aeo.Analysis.Tests.Brands;

public sealed class AhoCorasickMatcherTests
{
    [Fact]
    public void Overlapping_terms_are_all_reported()
    {
        var found = Find(["he", "she", "his", "hers"], "ushers");

        Assert.Equal(
            [new(1, 3, 1), new(2, 2, 0), new(2, 4, 3)],
            NaiveTermSearch.Sorted(found));
    }

    [Fact]
    public void Terms_that_are_prefixes_and_suffixes_of_others_are_reported_with_them()
    {
        var found = Find(["hub", "hubspot", "spot", "ot"], "Try HubSpot.");

        Assert.Equal(
            [new(4, 3, 0), new(4, 7, 1), new(7, 4, 2), new(9, 2, 3)],
            NaiveTermSearch.Sorted(found));
    }

    [Fact]
    public void Repeated_and_self_overlapping_occurrences_are_each_reported()
    {
        var found = Find(["aa"], "aaaa");

        Assert.Equal([new(0, 2, 0), new(1, 2, 0), new(2, 2, 0)], NaiveTermSearch.Sorted(found));
    }

    [Fact]
    public void A_white_space_run_in_the_text_matches_one_space_of_the_term()
    {
        const string text = "Use Hub \t\n\u00A0 Spot or Hub Spot.";

        var found = Find(["hub spot"], text);

        Assert.Equal([new(4, 12, 0), new(20, 8, 0)], NaiveTermSearch.Sorted(found));
        Assert.Equal("Hub \t\n\u00A0 Spot", text.Substring(found[0].Start, found[0].Length));
    }

    [Fact]
    public void White_space_runs_inside_a_term_are_collapsed()
    {
        var found = Find(["Hub \t  Spot"], "hub spot");

        Assert.Equal([new(0, 8, 0)], found);
    }

    [Fact]
    public void A_white_space_run_in_the_text_is_one_char_for_terms_that_straddle_it()
    {
        // A match starts and ends on a kept char, and a run is kept as its first char.
        var found = Find(["b c", " c", "b "], "ab   cd");

        Assert.Equal(
            [new(1, 2, 2), new(1, 5, 0), new(2, 4, 1)],
            NaiveTermSearch.Sorted(found));
    }

    [Theory]
    [InlineData("acme", "ACME Corp")]
    [InlineData("cafe", "Café Crème")]
    [InlineData("Café", "CAFE")]
    [InlineData("nestle", "Nestlé")]
    [InlineData("l'oreal", "L’Oréal")]
    [InlineData("L’ORÉAL", "l'oreal")]
    [InlineData("coca-cola", "Coca–Cola")]
    [InlineData("coca-cola", "Coca—Cola")]
    [InlineData("skoda", "ŠKODA")]
    [InlineData("orsted", "Ørsted")]
    [InlineData("straße", "STRAẞE")]
    public void Case_diacritics_apostrophes_and_dashes_are_folded_on_both_sides(string term, string text)
    {
        var found = Find([term], text);

        var occurrence = Assert.Single(found);
        Assert.Equal(0, occurrence.Start);
        Assert.Equal(term.Length, occurrence.Length);
    }

    [Fact]
    public void Sharp_s_is_not_expanded()
    {
        Assert.Empty(Find(["strasse"], "Straße"));
    }

    [Fact]
    public void Offsets_count_surrogate_pairs_as_two_chars()
    {
        const string text = "😀 Acme 𝐀cme😀Acme";

        var found = Find(["acme", "😀acme"], text);

        Assert.Equal([new(3, 4, 0), new(13, 6, 1), new(15, 4, 0)], NaiveTermSearch.Sorted(found));
    }

    [Fact]
    public void A_char_outside_every_term_breaks_a_match()
    {
        Assert.Empty(Find(["acme", "ac me"], "acxme ac_me ac.me"));
    }

    [Fact]
    public void Duplicate_terms_are_each_reported_and_empty_terms_never_match()
    {
        var found = Find(["", "Acme", "ACME", "   "], "Acme");

        Assert.Equal([new(0, 4, 1), new(0, 4, 2)], NaiveTermSearch.Sorted(found));
    }

    [Fact]
    public void No_terms_find_nothing()
    {
        Assert.Empty(Find([], "any text at all"));
    }

    [Fact]
    public void Scanning_appends_to_what_the_list_holds()
    {
        var matcher = new AhoCorasickMatcher(["acme"]);
        var into = new List<TermOccurrence> { new(99, 1, 7) };

        matcher.FindAll("acme", into);

        Assert.Equal([new(99, 1, 7), new(0, 4, 0)], into);
    }

    [Theory]
    [InlineData(20)]
    [InlineData(28)]
    [InlineData(30)]
    [InlineData(31)]
    [InlineData(33)]
    [InlineData(35)]
    [InlineData(36)]
    [InlineData(40)]
    public void Occurrences_across_the_middle_of_a_long_text_are_reported_once(int padding)
    {
        // Long texts are scanned as two halves; the padding slides the middle through the terms and the white-space run.
        var text = new string('x', padding) + "Hub \t\n Spot's hub" + new string('x', 80 - padding);
        string[] terms = ["hub spot", "hub", "spot", "t's", " spot", "b s"];

        var found = Find(terms, text);

        Assert.Equal(NaiveTermSearch.Sorted(NaiveTermSearch.FindAll(terms, text)), NaiveTermSearch.Sorted(found));
        Assert.Contains(new TermOccurrence(padding, 11, 0), found);
    }

    [Fact]
    public void A_text_that_never_leads_back_to_the_root_is_scanned_to_its_end_once()
    {
        var found = Find(["aaa"], new string('a', 101));

        Assert.Equal(Enumerable.Range(0, 99).Select(start => new TermOccurrence(start, 3, 0)), NaiveTermSearch.Sorted(found));
    }

    [Fact]
    public void Many_terms_agree_with_the_naive_search()
    {
        var random = new Random(4242);
        var terms = Enumerable.Range(0, 1000).Select(_ => RandomWord(random, random.Next(2, 12))).ToArray();
        var text = string.Join(' ', Enumerable.Range(0, 3000).Select(_ =>
            random.Next(4) == 0 ? terms[random.Next(terms.Length)].ToUpperInvariant() : RandomWord(random, random.Next(1, 9))));

        var found = Find(terms, text);

        // Planted terms alone give ~750 hits; a floor well below that still catches a matcher that finds nothing.
        Assert.True(found.Count > 500, $"only {found.Count} occurrences");
        Assert.Equal(NaiveTermSearch.Sorted(NaiveTermSearch.FindAll(terms, text)), NaiveTermSearch.Sorted(found));
    }

    [Fact]
    public void A_thousand_brands_of_four_terms_fit_in_a_few_megabytes()
    {
        var random = new Random(1000);
        var terms = Enumerable.Range(0, 1000).SelectMany(brand =>
        {
            var name = new string(Enumerable.Range(0, random.Next(5, 10)).Select(_ => (char)('a' + random.Next(26))).ToArray());
            return new[] { name, name + " cloud", name[..3] + "hq", name + ".com" };
        }).ToArray();

        var matcher = new AhoCorasickMatcher(terms);

        // Each brand adds at most 21 states (a name of up to 9 letters, then " cloud", "hq" after its first three
        // letters, ".com"): 21,000 states × 29 char classes (a–z, space, dot, the rest) × 4 bytes ≈ 2.4 MB, plus
        // 128 KB of class table and small per-state arrays. 4 MB is that with headroom, far below a blow-up.
        Assert.True(matcher.TableBytes < 4_000_000, $"{matcher.TableBytes:N0} bytes for {matcher.StateCount:N0} states × {matcher.AlphabetSize} classes");
    }

    private static List<TermOccurrence> Find(string[] terms, string text)
    {
        var found = new List<TermOccurrence>();
        new AhoCorasickMatcher(terms).FindAll(text, found);
        return found;
    }

    private static string RandomWord(Random random, int length) =>
        string.Concat(Enumerable.Range(0, length).Select(_ => "abcdeéfghilmnorstu .-"[random.Next(21)]));
}
