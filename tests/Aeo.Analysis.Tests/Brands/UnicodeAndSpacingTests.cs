namespace Aeo.Analysis.Tests.Brands;

/// <summary>Names and texts in other Unicode forms, in scripts without spaces, and one-token names written spaced.</summary>
public sealed class UnicodeAndSpacingTests
{
    private const string ComposedCafe = "Caf\u00E9 Zo\u00E9";
    private const string DecomposedCafe = "Cafe\u0301 Zoe\u0301";

    [Fact]
    public void A_composed_name_matches_a_decomposed_text_and_its_span_covers_the_marks()
    {
        var text = $"Try {DecomposedCafe} for brunch.";

        var mention = Assert.Single(new BrandDetector([new(ComposedCafe, [], [])]).Detect(text));

        Assert.Equal(DecomposedCafe, text.Substring(mention.Spans[0].Start, mention.Spans[0].Length));
    }

    [Fact]
    public void A_decomposed_name_matches_a_composed_text()
    {
        var text = $"Try {ComposedCafe} for brunch.";

        var mention = Assert.Single(new BrandDetector([new(DecomposedCafe, [], [])]).Detect(text));

        Assert.Equal(ComposedCafe, text.Substring(mention.FirstOffset, mention.Spans[0].Length));
    }

    [Theory]
    [InlineData("\u30AC\u30B9\u30C8", "\u30AB\u3099\u30B9\u30C8")] // ガスト as カ + voicing mark
    [InlineData("\u30AC\u30B9\u30C8", "\uFF76\uFF9E\uFF7D\uFF84")] // halfwidth ｶﾞｽﾄ
    [InlineData("\u0419\u043E\u0433\u0430", "\u0418\u0306\u043E\u0433\u0430")] // Йога as И + breve
    [InlineData("HP", "\uFF28\uFF30")] // fullwidth ＨＰ
    public void Other_scripts_and_width_forms_are_normalised_before_matching(string name, string written)
    {
        var text = $"Compare {written} with others.";

        var mention = Assert.Single(new BrandDetector([new(name, [], [])]).Detect(text));

        Assert.Equal(written, text.Substring(mention.FirstOffset, mention.Spans[0].Length));
    }

    [Fact]
    public void The_context_is_the_text_as_written()
    {
        var text = $"Try {DecomposedCafe} for brunch.";

        Assert.Equal(text, Assert.Single(Assert.Single(new BrandDetector([new(ComposedCafe, [], [])]).Detect(text)).Contexts));
    }

    [Theory]
    [InlineData("\u30C8\u30E8\u30BF", "\u79C1\u306F\u30C8\u30E8\u30BF\u304C\u597D\u304D\u3067\u3059\u3002", 2)] // 私はトヨタが好きです。
    [InlineData("\u534E\u4E3A", "\u6211\u4EEC\u4F7F\u7528\u534E\u4E3A\u624B\u673A", 4)] // 我们使用华为手机
    [InlineData("\u0E0B\u0E31\u0E21\u0E0B\u0E38\u0E07", "\u0E09\u0E31\u0E19\u0E0A\u0E2D\u0E1A\u0E0B\u0E31\u0E21\u0E0B\u0E38\u0E07\u0E21\u0E32\u0E01", 6)] // ฉันชอบซัมซุงมาก
    [InlineData("Sony", "\u79C1\u306FSony\u306E\u30AB\u30E1\u30E9", 2)] // 私はSonyのカメラ
    public void Names_match_inside_running_text_of_scripts_without_spaces(string name, string text, int offset)
    {
        var mention = Assert.Single(new BrandDetector([new(name, [], [])]).Detect(text));

        Assert.Equal(offset, mention.FirstOffset);
    }

    [Theory]
    [InlineData("Sonya takes photos.")]
    [InlineData("\u0E01\u0E34\u0E19")] // "ก" (a brand of one Thai letter) is not inside "กิน", where a vowel mark follows it
    public void Letters_of_a_spaced_script_and_combining_marks_still_bound_a_match(string text) =>
        Assert.Empty(new BrandDetector([new("Sony", [], []), new("\u0E01", [], [])]).Detect(text));

    [Theory]
    [InlineData("Ask AZ Coatings for a quote.", "AZ Coatings")]
    [InlineData("Ask Az-Coatings for a quote.", "Az-Coatings")]
    [InlineData("Ask AZCOATINGS for a quote.", "AZCOATINGS")]
    public void A_one_token_name_matches_its_letters_spaced_out(string text, string written)
    {
        var mention = Assert.Single(new BrandDetector([new("azcoatings", [], [])]).Detect(text));

        Assert.Equal(written, text.Substring(mention.FirstOffset, mention.Spans[0].Length));
        Assert.Equal(written.Contains(' ') || written.Contains('-') ? BrandTermKind.NameVariant : BrandTermKind.Name, mention.Spans[0].Kind);
    }

    [Theory]
    [InlineData("Ask azcoatings for a quote.")]
    [InlineData("Ask AZCoatings for a quote.")]
    [InlineData("Ask AZ Coatings for a quote.")]
    public void A_spaced_name_matches_its_letters_joined(string text) =>
        Assert.Single(new BrandDetector([new("AZ Coatings", [], [])]).Detect(text));

    [Theory]
    [InlineData("We pa cme the walls.")]
    [InlineData("We met Pa Cme at the fair.")]
    [InlineData("Ask az coatings for a quote.")]
    [InlineData("The Acm E series.")]
    public void Spacing_never_joins_unrelated_words(string text) =>
        Assert.Empty(new BrandDetector([new("Acme", [], []), new("azcoatings", [], [])]).Detect(text));
}
