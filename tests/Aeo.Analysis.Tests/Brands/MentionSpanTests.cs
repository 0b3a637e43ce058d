namespace Aeo.Analysis.Tests.Brands;

public sealed class MentionSpanTests
{
    private static readonly BrandDefinition HubSpot = new("HubSpot", ["HubSpot CRM"], ["hubspot.com"]);
    private static readonly BrandDefinition Salesforce = new("Salesforce", ["SFDC"], ["salesforce.com"]);

    private const string Answer = """
        ## Picks

        1. **HubSpot CRM** – free, and HubSpot's marketing hub is strong (see hubspot.com).
        2. **Salesforce** – SFDC scales further.

        Many agencies outgrow *HubSpot* before they need Salesforce.
        """;

    [Fact]
    public void Spans_are_exact_offsets_into_the_original_text_in_text_order()
    {
        var mentions = new BrandDetector([HubSpot, Salesforce]).Detect(Answer);

        var hubSpot = mentions[0];
        Assert.Equal(
            ["HubSpot CRM", "HubSpot", "hubspot.com", "HubSpot"],
            hubSpot.Spans.Select(span => Answer.Substring(span.Start, span.Length)));
        Assert.Equal([BrandTermKind.Alias, BrandTermKind.Name, BrandTermKind.Domain, BrandTermKind.Name], hubSpot.Spans.Select(span => span.Kind));
        Assert.Equal([0.9, 1.0, 0.8, 1.0], hubSpot.Spans.Select(span => span.Confidence));
        Assert.Equal(hubSpot.Spans.Count, hubSpot.Count);
        Assert.Equal(hubSpot.Spans[0].Start, hubSpot.FirstOffset);
        Assert.True(hubSpot.Spans.Zip(hubSpot.Spans.Skip(1)).All(pair => pair.First.End <= pair.Second.Start));

        var salesforce = mentions[1];
        Assert.Equal(["Salesforce", "SFDC", "Salesforce"], salesforce.Spans.Select(span => Answer.Substring(span.Start, span.Length)));
        Assert.Equal((2, 2), (salesforce.Rank, salesforce.ListPosition));
    }

    [Fact]
    public void Contexts_are_the_sentences_around_mentions_without_markup()
    {
        var hubSpot = new BrandDetector([HubSpot, Salesforce]).Detect(Answer)[0];

        Assert.Equal(
            [
                "HubSpot CRM – free, and HubSpot's marketing hub is strong (see hubspot.com).",
                "Many agencies outgrow HubSpot before they need Salesforce.",
            ],
            hubSpot.Contexts);
    }

    [Fact]
    public void A_context_cut_by_the_radius_ends_on_whole_words()
    {
        var text = "Lorem ipsum dolor sit amet consectetur HubSpot adipiscing elit sed do eiusmod.";
        var detector = new BrandDetector([HubSpot], new BrandDetectorOptions(ContextRadius: 14));

        var context = Assert.Single(Assert.Single(detector.Detect(text)).Contexts);

        Assert.Equal("consectetur HubSpot adipiscing", context);
    }
}
