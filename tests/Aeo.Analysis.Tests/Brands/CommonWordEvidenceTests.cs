namespace Aeo.Analysis.Tests.Brands;

/// <summary>A brand whose name is an English word, decided on what the text gives, both ways.</summary>
public sealed class CommonWordEvidenceTests
{
    private static readonly BrandDefinition Factor = new("Factor", ["Factor 75"], ["factor75.com"]);
    private static readonly BrandDefinition On = new("On", ["On Running"], ["on.com"]);
    private static readonly BrandDefinition Hoka = new("Hoka", [], ["hoka.com"]);
    private static readonly BrandDefinition Xero = new("Xero", [], ["xero.com"]);
    private static readonly BrandDefinition Wave = new("Wave", ["Wave Accounting"], ["waveapps.com"]);
    private static readonly BrandDefinition Freshdesk = new("Freshdesk", [], []);
    private static readonly BrandDefinition Front = new("Front", [], ["front.com"]);
    private static readonly BrandDefinition Close = new("Close", ["Close CRM"], ["close.com"]);
    private static readonly BrandDefinition HubSpot = new("HubSpot", [], ["hubspot.com"]);
    private static readonly BrandDefinition Linear = new("Linear", [], ["linear.app"]);
    private static readonly BrandDefinition Jira = new("Jira", [], []);

    [Theory]
    [InlineData("Convenience is a major factor in why people stick with prepared meals.")]
    [InlineData("Time saved is the deciding factor for most people.")]
    [InlineData("Factor in the delivery fee before you compare prices.")]
    public void A_word_from_the_dictionary_is_a_word_in_lower_case_or_opening_ordinary_prose(string text) =>
        Assert.Empty(new BrandDetector([Factor]).Detect(text));

    [Theory]
    [InlineData("| Service | Price |\n|---|---|\n| Factor | ~$11 |")]
    [InlineData("### 3. Factor\nFully prepared meals.")]
    [InlineData("**Factor** is the best all-rounder.")]
    [InlineData("Bottom line: want zero effort → Factor.")]
    public void The_same_word_as_a_cell_heading_or_bold_lead_is_the_brand(string text) =>
        Assert.Single(new BrandDetector([Factor]).Detect(text));

    [Theory]
    [InlineData("On balance, also consider Hoka if nothing else fits.", 0)]
    [InlineData("For true mud, Hoka. On grassy fells in winter, go with something else.", 0)]
    [InlineData("**On Cloudmonster 2** looks great, but Hoka lasts longer.", 1)]
    [InlineData("| Shoe | Price |\n|---|---|\n| On Cloudmonster 2 | $180 |\n| Hoka Bondi 9 | $170 |", 1)]
    [InlineData("Both Hoka and On make max-cushion shoes.", 1)]
    public void A_two_letter_preposition_brand_needs_a_model_name_or_a_place_in_a_list(string text, int expected) =>
        Assert.Equal(expected, new BrandDetector([On, Hoka]).Detect(text).Count(m => m.Brand == "On"));

    [Fact]
    public void A_paragraph_after_one_led_by_another_brand_is_led_by_a_brand()
    {
        const string text = "**Xero** is excellent for limited companies.\n\nWave, popular in North America, doesn't support UK bank feeds.";

        Assert.Contains(new BrandDetector([Xero, Wave]).Detect(text), m => m.Brand == "Wave");
    }

    [Fact]
    public void A_heading_between_the_paragraphs_does_not_break_the_sequence()
    {
        const string text = "Freshdesk has a free plan for small teams.\n\n## Also consider\nFront, if your team lives in shared inboxes.\n\n"
            + "Whoever is on the front line should test both.";

        var front = Assert.Single(new BrandDetector([Freshdesk, Front]).Detect(text), m => m.Brand == "Front");
        Assert.Equal(1, front.Count);
    }

    [Fact]
    public void A_paragraph_that_opens_with_the_word_as_english_is_not_led_by_the_brand()
    {
        const string text = "**Xero** is excellent for limited companies.\n\nWave goodbye to spreadsheets.";

        Assert.DoesNotContain(new BrandDetector([Xero, Wave]).Detect(text), m => m.Brand == "Wave");
    }

    [Theory]
    [InlineData("**3. Close** — the strongest fit for a calling team.", 1)]
    [InlineData("**Close More Deals** with a dialer.", 0)]
    [InlineData("## How to Close More Deals\nHubSpot sequences help.", 0)]
    [InlineData("## Why Close works for outbound\nHubSpot is the alternative.", 1)]
    [InlineData("## Best for calling: Close\nIt has a power dialer.", 1)]
    [InlineData("Close the loop on every lead. HubSpot logs it.", 0)]
    [InlineData("Close is pricier per seat than HubSpot.", 1)]
    [InlineData("You can read more in the formerly Close.io docs.", 1)]
    public void Bold_leads_headings_and_the_next_word_decide(string text, int expected) =>
        Assert.Equal(expected, new BrandDetector([Close, HubSpot]).Detect(text).Count(m => m.Brand == "Close"));

    [Fact]
    public void Once_named_the_brand_counts_where_it_reads_as_a_name_but_not_as_a_phrase()
    {
        var detector = new BrandDetector([new("Bear", [], ["bear.app"])]);

        var bear = Assert.Single(detector.Detect("- **Bear** – a Markdown editor; Bear Pro is $2.99/month. Bear in mind it is Apple-only. Bear syncs via iCloud."));

        Assert.Equal(3, bear.Count);
    }

    [Fact]
    public void A_finite_verb_after_the_word_in_an_answer_about_tools_is_the_brand()
    {
        Assert.Contains(new BrandDetector([Linear, Jira]).Detect("Jira suits large teams.\n\nLinear is fast and keyboard-driven."), m => m.Brand == "Linear");
        Assert.Empty(new BrandDetector([Linear]).Detect("Linear is the simplest kind of growth."));
    }

    [Theory]
    [InlineData("In Monday, create an automation with the recipe below.", 1)]
    [InlineData("The report goes out every week on Monday.", 0)]
    [InlineData("Schedule it in May.", 0)]
    public void A_weekday_inside_which_something_is_made_is_the_product(string text, int expected) =>
        Assert.Equal(expected, new BrandDetector([new("Monday.com", [], ["monday.com"]), new("May", [], [])]).Detect(text).Count(m => m.Brand == "Monday.com"));

    [Fact]
    public void A_product_for_an_audience_is_the_brand()
    {
        Assert.Single(new BrandDetector([new("Zoom", [], ["zoom.us"])]).Detect("Zoom for Healthcare offers a BAA at a higher price."));
    }

    [Fact]
    public void An_ampersand_and_the_word_and_are_one_name()
    {
        var detector = new BrandDetector([new("Crate & Ladle", [], [])]);

        Assert.Single(detector.Detect("Crate and Ladle ships in the UK."));
        Assert.Empty(detector.Detect("a crate and ladle set"));
    }
}
