namespace Aeo.Analysis.Tests.Brands;

public sealed class BrandContextTests
{
    private static readonly BrandDefinition HubSpot = new("HubSpot", [], ["hubspot.com"]);

    [Fact]
    public void Context_is_the_sentence_around_the_mention()
    {
        var detector = new BrandDetector([HubSpot]);

        var mention = Assert.Single(detector.Detect(
            "CRMs vary a lot. For agencies, HubSpot is the easiest to start with. Salesforce scales further."));

        Assert.Equal(["For agencies, HubSpot is the easiest to start with."], mention.Contexts);
    }

    [Fact]
    public void A_dot_inside_a_domain_does_not_end_the_sentence()
    {
        var detector = new BrandDetector([HubSpot]);

        var mention = Assert.Single(detector.Detect("Intro. The pricing page on hubspot.com lists every tier. Outro."));

        Assert.Equal(["The pricing page on hubspot.com lists every tier."], mention.Contexts);
    }

    [Fact]
    public void Context_stops_at_a_line_break_and_keeps_table_cells_apart()
    {
        var detector = new BrandDetector([HubSpot]);

        var mention = Assert.Single(detector.Detect("| Tool | Price |\n|---|---|\n| **HubSpot** | Free |\n| Zoho | $14 |"));

        Assert.Equal(["HubSpot | Free"], mention.Contexts);
    }

    [Fact]
    public void Context_is_bounded_by_the_radius_on_each_side()
    {
        var detector = new BrandDetector([HubSpot], new BrandDetectorOptions(ContextRadius: 10));
        var before = string.Concat(Enumerable.Repeat("word ", 40));
        var after = string.Concat(Enumerable.Repeat(" more", 40));

        var mention = Assert.Single(detector.Detect(before + "HubSpot" + after));

        var context = Assert.Single(mention.Contexts);
        Assert.Contains("HubSpot", context);
        Assert.True(context.Length <= "HubSpot".Length + 2 * 10, $"context too long: '{context}'");
        Assert.Equal("word word HubSpot more more", context);
    }

    [Fact]
    public void At_most_max_contexts_are_kept_and_repeats_are_dropped()
    {
        var detector = new BrandDetector([HubSpot], new BrandDetectorOptions(MaxContexts: 2));

        var mention = Assert.Single(detector.Detect(
            "HubSpot and HubSpot again. Second: HubSpot. Third: HubSpot. Fourth: HubSpot."));

        Assert.Equal(5, mention.Count);
        Assert.Equal(["HubSpot and HubSpot again.", "Second: HubSpot."], mention.Contexts);
    }

    [Fact]
    public void Zero_max_contexts_keeps_none()
    {
        var detector = new BrandDetector([HubSpot], new BrandDetectorOptions(MaxContexts: 0));

        Assert.Empty(Assert.Single(detector.Detect("HubSpot.")).Contexts);
    }

    [Fact]
    public void Negative_options_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new BrandDetector([HubSpot], new BrandDetectorOptions(MaxContexts: -1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new BrandDetector([HubSpot], new BrandDetectorOptions(ContextRadius: -1)));
    }
}
