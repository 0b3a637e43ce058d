namespace Aeo.Analysis.Tests.Brands;

/// <summary>Prominence against hand-computed answers, and the flags a careful reader adds to a mention.</summary>
public sealed class ProminenceAndStandingTests
{
    private const double SixDecimals = 5e-7;

    private static readonly BrandDefinition Acme = new("Acme", [], ["acme.com"]);
    private static readonly BrandDefinition Beta = new("Beta Labs", ["Beta"], []);

    [Fact]
    public void Prominence_is_the_position_weighted_share_of_words_in_sentences_naming_the_brand()
    {
        // Three sentences (N = 3), weights exp(−i/2): 1, 0.606531, 0.367879.
        // S0 "Acme is the best choice for small teams." 8 words → 8
        // S1 "Beta is cheaper." 3 words → 1.819592
        // S2 "Acme and Beta both sync with Gmail." 7 words → 2.575156;   total 12.394748.
        // Acme: S0 + S2 = 10.575156 / 12.394748 = 0.853197.  Beta: S1 + S2 = 4.394748 / 12.394748 = 0.354565.
        const string text = "Acme is the best choice for small teams.\nBeta is cheaper.\nAcme and Beta both sync with Gmail.";

        var found = new BrandDetector([Acme, Beta]).Detect(text).ToDictionary(m => m.Brand);

        Assert.Equal(0.853197, found["Acme"].Prominence, SixDecimals);
        Assert.Equal(0.354565, found["Beta Labs"].Prominence, SixDecimals);
    }

    [Fact]
    public void A_brand_owns_the_nested_lines_of_the_list_item_it_heads()
    {
        // Five sentences (N = 5), weights exp(−i/4): "Acme" 1 word × 1 = 1; "Pros: fast setup." 3 × 0.778801 = 2.336402;
        // "Cons: pricey." 2 × 0.606531 = 1.213061; "Beta" 1 × 0.472367 = 0.472367; "Pros: free plan." 3 × 0.367879 = 1.103638.
        // Total 6.125469. Acme's item: 4.549464 / 6.125469 = 0.742713; Beta's: 1.576005 / 6.125469 = 0.257287.
        const string text = "1. **Acme**\n   - Pros: fast setup.\n   - Cons: pricey.\n2. **Beta**\n   - Pros: free plan.";

        var found = new BrandDetector([Acme, Beta]).Detect(text).ToDictionary(m => m.Brand);

        Assert.Equal(0.742713, found["Acme"].Prominence, SixDecimals);
        Assert.Equal(0.257287, found["Beta Labs"].Prominence, SixDecimals);
    }

    [Fact]
    public void A_one_sentence_answer_gives_its_brand_all_of_it() =>
        Assert.Equal(1, Assert.Single(new BrandDetector([Acme]).Detect("Acme is fine.")).Prominence, SixDecimals);

    [Theory]
    [InlineData("One name that comes up is Acme, but I couldn't find reliable information about it. Beta is the safe pick.")]
    [InlineData("I'm not familiar with Acme and can't say whether it suits you. Beta is the safe pick.")]
    [InlineData("I don't have any reliable information about Acme, so I can't compare it. Beta is the safe pick.")]
    [InlineData("I couldn't find reliable reviews or information about Acme. Treat Acme as unverified.")]
    [InlineData("Acme is not a brand I recognise, so compare it against Beta before you pay.")]
    [InlineData("Acme is new to me; Beta is the one I know.")]
    [InlineData("Honestly, I don't know much about Acme. Beta is the safe pick.")]
    [InlineData("I can't vouch for Acme. Beta is the safe pick.")]
    [InlineData("Reliable information on Acme is scarce, so I'd start with Beta.")]
    [InlineData("- **Acme** – I couldn't find reliable information about this one.\n- **Beta** – the safe pick.")]
    [InlineData("I couldnt find any information about Acme. Beta is the safe pick.")]
    [InlineData("I dont know much about Acme. Beta is the safe pick.")]
    public void A_brand_named_to_say_nothing_is_known_of_it_is_unknown_to_the_engine(string text)
    {
        var acme = Assert.Single(new BrandDetector([Acme, Beta]).Detect(text), m => m.Brand == "Acme");

        Assert.True(acme.UnknownToEngine);
        Assert.False(acme.EchoOrDisclaimerOnly);
    }

    [Theory]
    [InlineData("I couldn't find reliable information about Acme or Gamma, so start with Beta.")]
    [InlineData("Newer tools such as Acme and Gamma, which I'm not familiar with, are worth a demo. Beta is the safe pick.")]
    [InlineData("You may also see Acme and Gamma advertised. I couldn't find reliable reviews of either. Beta is the safe pick.")]
    [InlineData("You may see Acme advertised. I couldn't find anything reliable about it. Beta is the safe pick.")]
    public void Several_brands_or_the_sentence_before_can_be_what_the_engine_does_not_know(string text)
    {
        var found = new BrandDetector([Acme, Beta, new("Gamma", [], [])]).Detect(text).ToDictionary(m => m.Brand);

        Assert.True(found["Acme"].UnknownToEngine);
        Assert.False(found["Beta Labs"].UnknownToEngine);
    }

    [Theory]
    [InlineData("I couldn't find information about Acme's BAA pricing, but Acme is the best fit.")]
    [InlineData("I couldn't find reliable information about whether Beta offers a BAA; Acme does.")]
    [InlineData("Acme is the best fit for small teams.")]
    [InlineData("If you don't know Acme, it is a CRM for small teams.")]
    [InlineData("Acme is limited to ten users on the free plan.")]
    [InlineData("I don't know whether Beta will match Acme on price.")]
    public void Not_knowing_one_detail_is_not_being_unknown(string text) =>
        Assert.False(Assert.Single(new BrandDetector([Acme, Beta]).Detect(text), m => m.Brand == "Acme").UnknownToEngine);

    [Theory]
    [InlineData("Since you're leaving Acme, the biggest issue is importing notes. Beta imports them cleanly.", null)]
    [InlineData("You mentioned you're already evaluating Acme, so here are the others: Beta is the best.", null)]
    [InlineData("Since Acme felt like too much work, look for fewer steps. Beta has them.", "We tried Acme and found it too much work. What's easier?")]
    [InlineData("Beta is the pick.\n\n*This comparison doesn't cover desktop products such as Acme; check pricing with each vendor.*", null)]
    [InlineData("Beta is the pick.\n\n*I'm not affiliated with Beta, Acme or any other provider.*", null)]
    [InlineData("Beta is the pick.\n\n*Note: Acme and other vendors update their plans often; verify features and pricing.*", null)]
    [InlineData("Coming from Acme, you'll find Beta's editor familiar.", null)]
    [InlineData("As an Acme user, you can import everything into Beta.", null)]
    [InlineData("Looking for an alternative to Acme? Beta is the closest match.", "What's a good alternative to Acme?")]
    [InlineData("Beta is the pick. Acme isn't included here because it targets enterprises.", null)]
    [InlineData("Beta is the pick.\n\n*Acme and Beta are trademarks of their respective owners.* Beta again.", null)]
    [InlineData("Beta is the pick.\n\n(Acme prices may change; confirm current pricing before buying.)", null)]
    [InlineData("Beta is the pick.\n\n*This comparison doesnt cover desktop products such as Acme.*", null)]
    [InlineData("Beta is the pick.\n\n*Acme pricing as\u00A0of March 2025.*", null)]
    public void A_brand_named_only_in_an_echo_or_a_disclaimer_is_flagged(string text, string? question)
    {
        var acme = Assert.Single(new BrandDetector([Acme, Beta]).Detect(text, question), m => m.Brand == "Acme");

        Assert.True(acme.EchoOrDisclaimerOnly);
        Assert.False(acme.UnknownToEngine);
    }

    [Theory]
    [InlineData("Since Acme felt like too much work, look for fewer steps. Beta has them.", null)]
    [InlineData("Since you're leaving Acme, note that Acme exports to Markdown. Beta imports it.", null)]
    [InlineData("Acme doesn't cover international contractors, so Beta wins for global teams.", null)]
    [InlineData("Beta is the pick.\n\n*I'm not affiliated with Beta or Acme.* Acme is still the cheapest.", null)]
    [InlineData("Looking for an alternative to Acme? Beta is the closest match.", null)]
    [InlineData("Acme prices may change next year, and Beta's too.", null)]
    [InlineData("Beta is the pick. Acme's latest pricing is steep for small teams.", null)]
    public void A_brand_said_something_about_is_not_only_echoed(string text, string? question) =>
        Assert.False(Assert.Single(new BrandDetector([Acme, Beta]).Detect(text, question), m => m.Brand == "Acme").EchoOrDisclaimerOnly);
}
