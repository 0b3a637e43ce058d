namespace Aeo.Analysis.Tests.Brands;

public sealed class AnswerLevelEvidenceTests
{
    private static readonly BrandDefinition Zoom = new("Zoom", [], ["zoom.us"]);
    private static readonly BrandDefinition Teams = new("Microsoft Teams", [], []);
    private static readonly BrandDefinition HiBob = new("HiBob", ["Bob"], []);
    private static readonly BrandDefinition ConstantContact = new("Constant Contact", [], []);
    private static readonly BrandDefinition Salesforce = new("Salesforce", [], ["salesforce.com"]);

    [Fact]
    public void Once_a_common_word_brand_is_clearly_in_the_answer_its_sentence_initial_uses_count_where_they_read_as_the_name()
    {
        const string text = "**Zoom vs Microsoft Teams**\n\nZoom is lighter on old laptops. Zoom in on the chart below. Zoom Workplace adds docs.";

        var zoom = Assert.Single(new BrandDetector([Zoom, Teams]).Detect(text), m => m.Brand == "Zoom");

        // "Zoom vs", "Zoom is", "Zoom Workplace"; "Zoom in on the chart" is the verb.
        Assert.Equal(3, zoom.Count);
        Assert.DoesNotContain(zoom.Spans, span => text[span.End..].StartsWith(" in on", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_a_clear_mention_a_sentence_initial_common_word_stays_a_word()
    {
        Assert.Empty(new BrandDetector([Zoom]).Detect("Zoom in on the chart. Zoom out again."));
    }

    [Theory]
    [InlineData("- Zoom in on charts before you share them.")]
    [InlineData("3. **Zoom outputs.** Keep them short.")]
    [InlineData("| Zoom level | 200% |")]
    public void A_list_item_or_cell_that_only_starts_with_the_word_is_no_evidence(string text)
    {
        Assert.Empty(new BrandDetector([Zoom]).Detect(text));
    }

    [Theory]
    [InlineData("- Zoom – best for external calls.")]
    [InlineData("2. **Zoom**: best for external calls.")]
    [InlineData("| Zoom | $13 |")]
    public void A_list_item_or_cell_about_the_brand_is_evidence(string text)
    {
        Assert.Equal(1, Assert.Single(new BrandDetector([Zoom]).Detect(text)).ListPosition);
    }

    [Fact]
    public void A_first_name_counts_only_beside_its_plainly_named_brand()
    {
        var detector = new BrandDetector([HiBob]);

        Assert.Empty(detector.Detect("When Bob in finance stays late, thank him."));
        Assert.Equal(3, Assert.Single(detector.Detect("HiBob (usually just called Bob) is an HRIS. Bob's profiles are social.")).Count);
    }

    [Fact]
    public void A_name_of_several_words_needs_its_capitals()
    {
        var detector = new BrandDetector([ConstantContact]);

        Assert.Empty(detector.Detect("Keep in constant contact with the journalists."));
        Assert.Equal(1, Assert.Single(detector.Detect("Constant Contact suits small shops.")).Count);
    }

    [Theory]
    [InlineData("Sources:\n[4] https://www.salesforce.com/pricing/")]
    [InlineData("[4]: https://www.salesforce.com/pricing/ pricing")]
    [InlineData("^2 https://salesforce.com/pricing")]
    public void A_url_after_a_citation_marker_is_a_citation_not_a_mention(string text)
    {
        Assert.Empty(new BrandDetector([Salesforce]).Detect(text));
    }

    [Fact]
    public void A_line_break_inside_a_name_breaks_the_match()
    {
        Assert.Empty(new BrandDetector([ConstantContact]).Detect("- Constant\n- Contact"));
    }
}
