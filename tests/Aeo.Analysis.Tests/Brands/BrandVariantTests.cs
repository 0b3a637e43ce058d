namespace Aeo.Analysis.Tests.Brands;

public sealed class BrandVariantTests
{
    private static readonly BrandDefinition HubSpot = new("HubSpot", [], []);
    private static readonly BrandDefinition Salesforce = new("Salesforce", [], []);

    [Fact]
    public void A_legal_suffix_after_a_mention_is_part_of_that_one_mention()
    {
        const string text = "HubSpot, Inc. sells a CRM.";

        var mention = Assert.Single(new BrandDetector([HubSpot]).Detect(text));

        Assert.Equal(1, mention.Count);
        Assert.Equal(new MentionSpan(0, "HubSpot, Inc.".Length, BrandTermKind.Name, 1.0), Assert.Single(mention.Spans));
    }

    [Theory]
    [InlineData("Acme Inc")]
    [InlineData("Acme, Inc.")]
    [InlineData("Acme LLC")]
    [InlineData("Acme GmbH")]
    [InlineData("Acme Pty Ltd")]
    [InlineData("Acme S.A.")]
    public void A_brand_defined_with_a_legal_suffix_is_found_without_it(string definedName)
    {
        var detector = new BrandDetector([new BrandDefinition(definedName, [], [])]);

        var mention = Assert.Single(detector.Detect("We moved to Acme last year and Acme support was quick."));

        Assert.Equal(definedName, mention.Brand);
        Assert.Equal(2, mention.Count);
        Assert.Equal(1.0, mention.Confidence);
    }

    [Fact]
    public void The_full_legal_name_is_one_mention_too()
    {
        var mention = Assert.Single(new BrandDetector([new BrandDefinition("Acme Inc", [], [])]).Detect("Acme Inc. and Acme Inc"));

        Assert.Equal(2, mention.Count);
    }

    [Fact]
    public void Only_real_suffix_spellings_are_taken_after_a_mention()
    {
        const string text = "Use HubSpot as a CRM, or HubSpot co-marketing.";

        var mention = Assert.Single(new BrandDetector([HubSpot]).Detect(text));

        Assert.All(mention.Spans, span => Assert.Equal("HubSpot".Length, span.Length));
    }

    [Theory]
    [InlineData("HubSpot's free tier is generous.")]
    [InlineData("HubSpot’s free tier is generous.")]
    [InlineData("HUBSPOT'S free tier is generous.")]
    public void Possessives_count(string text)
    {
        var mention = Assert.Single(new BrandDetector([HubSpot]).Detect(text));

        Assert.Equal(new MentionSpan(0, 7, BrandTermKind.Name, 1.0), Assert.Single(mention.Spans));
    }

    [Fact]
    public void A_plural_possessive_counts_but_a_plural_does_not()
    {
        var detector = new BrandDetector([Salesforce]);

        Assert.Equal(1, Assert.Single(detector.Detect("All Salesforces' customers pay per seat.")).Count);
        Assert.Empty(detector.Detect("Two Salesforces would be too many."));
    }

    [Theory]
    [InlineData("Hub Spot is popular.")]
    [InlineData("Hub-Spot is popular.")]
    public void Respaced_and_hyphenated_spellings_count_as_name_variants(string text)
    {
        var mention = Assert.Single(new BrandDetector([HubSpot]).Detect(text));

        var span = Assert.Single(mention.Spans);
        Assert.Equal(BrandTermKind.NameVariant, span.Kind);
        Assert.Equal(MentionConfidence.NameVariant, mention.Confidence);
        Assert.StartsWith("Hub", text[span.Start..]);
    }

    [Theory]
    [InlineData("the hub spot of the city")]
    [InlineData("a hub-spot model")]
    [InlineData("the Hub spot")]
    public void Respaced_spellings_need_the_name_capitals(string text)
    {
        Assert.Empty(new BrandDetector([HubSpot]).Detect(text));
    }

    [Fact]
    public void A_name_of_several_words_is_found_joined_and_hyphenated()
    {
        var detector = new BrandDetector([new BrandDefinition("Zoho CRM", [], [])]);

        var mention = Assert.Single(detector.Detect("ZohoCRM, Zoho-CRM and Zoho CRM are one product."));

        Assert.Equal(3, mention.Count);
        Assert.Equal([BrandTermKind.NameVariant, BrandTermKind.NameVariant, BrandTermKind.Name], mention.Spans.Select(s => s.Kind));
    }

    [Fact]
    public void The_name_as_a_dot_com_domain_counts_without_a_defined_domain()
    {
        const string text = "Pricing is on hubspot.com and on https://www.HubSpot.com/pricing.";

        var mention = Assert.Single(new BrandDetector([HubSpot]).Detect(text));

        Assert.Equal(2, mention.Count);
        Assert.All(mention.Spans, span => Assert.Equal(BrandTermKind.Domain, span.Kind));
        Assert.Equal(MentionConfidence.Domain, mention.Confidence);
    }

    [Fact]
    public void A_host_like_name_is_found_in_any_case_and_by_its_label()
    {
        var detector = new BrandDetector([new BrandDefinition("Monday.com", [], [])]);

        var mention = Assert.Single(detector.Detect("We use monday.com for tasks. The Monday app has boards; Monday.com's pricing is fair."));

        Assert.Equal(3, mention.Count);
        Assert.Equal([BrandTermKind.Name, BrandTermKind.NameVariant, BrandTermKind.Name], mention.Spans.Select(s => s.Kind));
    }

    [Fact]
    public void Aliases_get_the_same_variants_as_names_and_stay_aliases()
    {
        var detector = new BrandDetector([new BrandDefinition("Alphabet", ["GoogleCloud Inc"], [])]);

        var mention = Assert.Single(detector.Detect("Google Cloud, Google-Cloud and GoogleCloud."));

        Assert.Equal(3, mention.Count);
        Assert.All(mention.Spans, span => Assert.Equal(BrandTermKind.Alias, span.Kind));
    }
}
