namespace Aeo.Analysis.Tests.Brands;

public sealed class BrandDetectorTests
{
    private static readonly BrandDefinition HubSpot = new("HubSpot", ["HubSpot CRM"], ["hubspot.com"]);
    private static readonly BrandDefinition Salesforce = new("Salesforce", ["SFDC"], ["https://www.salesforce.com/"]);
    private static readonly BrandDefinition Pipedrive = new("Pipedrive", [], ["pipedrive.com"]);
    private static readonly BrandDefinition Zoho = new("Zoho CRM", ["Zoho"], ["zoho.com"]);

    private const string NumberedListAnswer = """
        Here are the best CRMs for a 10-person agency:

        1. **HubSpot** – HubSpot's free tier is generous and its marketing tools are strong.
        2. **Pipedrive** – A sales-first pipeline tool that small teams love.
        3. **Salesforce** – Powerful, but often overkill for small teams. Many agencies outgrow HubSpot before they need Salesforce.

        For most agencies, start with HubSpot.
        """;

    [Fact]
    public void Numbered_list_answer_gives_counts_ranks_and_first_offsets()
    {
        var detector = new BrandDetector([Salesforce, HubSpot, Pipedrive, Zoho]);

        var mentions = detector.Detect(NumberedListAnswer);

        Assert.Equal(["HubSpot", "Pipedrive", "Salesforce"], mentions.Select(m => m.Brand));
        Assert.Equal([1, 2, 3], mentions.Select(m => m.Rank));
        Assert.Equal(4, mentions[0].Count); // **HubSpot**, HubSpot's, outgrow HubSpot, start with HubSpot
        Assert.Equal(1, mentions[1].Count);
        Assert.Equal(2, mentions[2].Count);
        Assert.Equal(NumberedListAnswer.IndexOf("HubSpot", StringComparison.Ordinal), mentions[0].FirstOffset);
        Assert.Equal(NumberedListAnswer.IndexOf("Pipedrive", StringComparison.Ordinal), mentions[1].FirstOffset);
        Assert.Equal(NumberedListAnswer.IndexOf("Salesforce", StringComparison.Ordinal), mentions[2].FirstOffset);
        Assert.All(mentions, m => Assert.Equal(1.0, m.Confidence));
    }

    [Fact]
    public void Brands_that_are_not_mentioned_are_not_returned()
    {
        var detector = new BrandDetector([HubSpot, Zoho]);

        Assert.Empty(detector.Detect("Pipedrive and Salesforce are both fine choices."));
        Assert.Empty(detector.Detect(""));
    }

    [Fact]
    public void Short_brand_never_matches_inside_a_longer_word()
    {
        var detector = new BrandDetector([new BrandDefinition("LI", [], []), new BrandDefinition("Hub", [], [])]);

        Assert.Empty(detector.Detect("The tile on the lid is fine; HubSpot and GitHub are tools. Clinic."));

        var mentions = detector.Detect("Post it on LI, then share it in the Hub.");
        Assert.Equal(["LI", "Hub"], mentions.Select(m => m.Brand));
    }

    [Theory]
    [InlineData("Try (HubSpot).")]
    [InlineData("HubSpot's pricing")]
    [InlineData("**HubSpot**")]
    [InlineData("| HubSpot | Free | Yes |")]
    [InlineData("\"HubSpot\"")]
    [InlineData("HubSpot")]
    [InlineData("-HubSpot-")]
    public void Names_next_to_punctuation_and_markdown_are_found(string text)
    {
        var detector = new BrandDetector([HubSpot]);

        var mention = Assert.Single(detector.Detect(text));
        Assert.Equal(1, mention.Count);
        Assert.Equal(text.IndexOf("HubSpot", StringComparison.Ordinal), mention.FirstOffset);
    }

    [Theory]
    [InlineData("HubSpots")]
    [InlineData("XHubSpot")]
    [InlineData("HubSpot2")]
    [InlineData("hub spot")]
    public void Names_glued_to_letters_or_digits_are_not_found(string text)
    {
        Assert.Empty(new BrandDetector([HubSpot]).Detect(text));
    }

    [Fact]
    public void Case_variants_give_the_same_result()
    {
        var detector = new BrandDetector([HubSpot, Salesforce, Pipedrive]);
        const string text = "HubSpot beats Salesforce for small teams; Pipedrive is close. Check hubspot.com.";

        var expected = detector.Detect(text);
        var upper = detector.Detect(text.ToUpperInvariant());
        var lower = detector.Detect(text.ToLowerInvariant());

        Assert.Equal(Summary(expected), Summary(upper));
        Assert.Equal(Summary(expected), Summary(lower));
        Assert.Equal(3, expected.Count);

        static IEnumerable<(string, int, int, int, double)> Summary(IReadOnlyList<BrandMention> mentions) =>
            mentions.Select(m => (m.Brand, m.Count, m.FirstOffset, m.Rank, m.Confidence));
    }

    [Fact]
    public void Aliases_count_towards_their_brand_with_alias_confidence()
    {
        var detector = new BrandDetector([Salesforce, Zoho]);

        var mentions = detector.Detect("Many teams run SFDC. Others prefer Zoho, and Zoho is cheaper than SFDC.");

        Assert.Equal(["Salesforce", "Zoho CRM"], mentions.Select(m => m.Brand));
        Assert.Equal(2, mentions[0].Count);
        Assert.Equal(2, mentions[1].Count);
        Assert.Equal(0.9, mentions[0].Confidence);
        Assert.Equal(0.9, mentions[1].Confidence);
    }

    [Fact]
    public void Longer_alias_containing_the_name_counts_once()
    {
        var detector = new BrandDetector([HubSpot]);

        var mention = Assert.Single(detector.Detect("HubSpot CRM is free. HubSpot also sells hubs."));

        Assert.Equal(2, mention.Count);
        Assert.Equal(1.0, mention.Confidence);
    }

    [Theory]
    [InlineData("See hubspot.com for details.")]
    [InlineData("Pricing: https://www.hubspot.com/pricing")]
    [InlineData("Visit www.HubSpot.com/pricing today")]
    [InlineData("Sign in at app.hubspot.com")]
    public void Domains_count_as_mentions_with_domain_confidence(string text)
    {
        var detector = new BrandDetector([HubSpot]);

        var mention = Assert.Single(detector.Detect(text));

        Assert.Equal(1, mention.Count);
        Assert.Equal(0.8, mention.Confidence);
        Assert.Equal(text.IndexOf("hubspot.com", StringComparison.OrdinalIgnoreCase), mention.FirstOffset);
    }

    [Fact]
    public void Domains_given_as_urls_are_normalised()
    {
        var detector = new BrandDetector([Salesforce]);

        var mention = Assert.Single(detector.Detect("Source: [1] salesforce.com/crm"));

        Assert.Equal(0.8, mention.Confidence);
    }

    [Fact]
    public void Domain_inside_a_longer_host_name_is_not_a_mention()
    {
        var detector = new BrandDetector([HubSpot]);

        Assert.Empty(detector.Detect("Read it on nothubspot.community please"));
    }

    [Fact]
    public void Confidence_is_the_best_among_the_brand_matches()
    {
        var detector = new BrandDetector([Salesforce]);

        var mention = Assert.Single(detector.Detect("salesforce.com and SFDC, also known as Salesforce."));

        Assert.Equal(3, mention.Count);
        Assert.Equal(1.0, mention.Confidence);
        Assert.Equal(0, mention.FirstOffset);
    }

    [Fact]
    public void Overlapping_brands_take_the_longest_match()
    {
        var marketingCloud = new BrandDefinition("Salesforce Marketing Cloud", [], []);
        var detector = new BrandDetector([Salesforce, marketingCloud]);

        var mentions = detector.Detect("Salesforce Marketing Cloud is pricier than Salesforce alone.");

        Assert.Equal(["Salesforce Marketing Cloud", "Salesforce"], mentions.Select(m => m.Brand));
        Assert.Equal(1, mentions[0].Count);
        Assert.Equal(1, mentions[1].Count);
        Assert.Equal(0, mentions[0].FirstOffset);
        Assert.Equal(43, mentions[1].FirstOffset);
    }

    [Fact]
    public void A_shorter_brand_survives_when_only_its_longer_neighbour_loses()
    {
        // "Cloud Platform Suite" (20 chars) beats "Google Cloud" (12) for the shared "Cloud";
        // "Google" does not overlap the winner and still counts.
        var detector = new BrandDetector(
        [
            new BrandDefinition("Google", [], []),
            new BrandDefinition("Google Cloud", [], []),
            new BrandDefinition("Cloud Platform Suite", [], []),
        ]);

        var mentions = detector.Detect("Google Cloud Platform Suite");

        Assert.Equal(["Google", "Cloud Platform Suite"], mentions.Select(m => m.Brand));
    }

    [Fact]
    public void Definitions_with_the_same_name_are_merged()
    {
        var detector = new BrandDetector([HubSpot, new BrandDefinition("hubspot", ["HS"], [])]);

        var mention = Assert.Single(detector.Detect("HS and HubSpot"));

        Assert.Equal("HubSpot", mention.Brand);
        Assert.Equal(2, mention.Count);
    }

    [Fact]
    public void Empty_aliases_and_domains_are_ignored()
    {
        var detector = new BrandDetector([new BrandDefinition("Acme", ["", "  "], [""])]);

        Assert.Equal(2, Assert.Single(detector.Detect("Acme  and acme")).Count);
    }

    [Fact]
    public void A_brand_without_a_name_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => new BrandDetector([new BrandDefinition(" ", [], [])]));
    }

    [Fact]
    public void Detector_shared_between_threads_gives_the_same_results()
    {
        var detector = new BrandDetector([Salesforce, HubSpot, Pipedrive, Zoho]);
        var expected = detector.Detect(NumberedListAnswer);

        var results = new IReadOnlyList<BrandMention>[64];
        Parallel.For(0, results.Length, i => results[i] = detector.Detect(NumberedListAnswer));

        Assert.All(results, result => Assert.Equal(
            expected.Select(m => (m.Brand, m.Count, m.FirstOffset)),
            result.Select(m => (m.Brand, m.Count, m.FirstOffset))));
    }
}
