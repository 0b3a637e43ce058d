using Aeo.Analysis.Discovery;

namespace Aeo.Analysis.Tests.Discovery;

public sealed class CompetitorDiscoveryTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private static readonly BrandDefinition[] Tracked =
    [
        new("Acme Pipeline", ["Acme"], ["acmepipeline.com"]),
        new("HubSpot", ["Hub Spot"], ["hubspot.com"]),
        new("Salesforce", [], ["salesforce.com"]),
    ];

    private const string ListAnswer = """
        Here is an overview of the options teams usually compare for a small agency.

        ## Top picks

        1. **Pipedrive** – a visual pipeline that sales teams pick up in a day.
        2. **HubSpot CRM**: free tier, strong marketing tools.
        3. **Zoho CRM** - cheap and broad, with deep customisation.
        4. Freshsales is praised for its built-in phone.
        5. **Open-source alternatives** – full control over your data.

        ### Pricing

        Pricing starts low, but pricing climbs with seats.

        **Pros**: quick setup. **Cons**: limited reports.

        **Conclusion**

        Pick what fits your onboarding; onboarding matters most.
        """;

    private const string TableAnswer = """
        A quick comparison:

        | Option | Best for | Starting price |
        | --- | --- | --- |
        | Pipedrive CRM | Small teams | From $14/user/month |
        | Close | Inside sales | From $49/user/month |
        | Salesforce Essentials | Enterprises | From $25/user/month |
        | Spreadsheet-based tracking | Very early teams | Free |

        ## Monday.com

        **Insightly**: good for project-heavy sales.

        ## Step 1: Summary
        """;

    private static DiscoveryAnswer Answer(string text, string platform = "openai", bool branded = false, int minutes = 0, params string[] cited) =>
        new(platform, branded, text, cited, T0.AddMinutes(minutes));

    [Fact]
    public void Untracked_brands_in_lists_tables_headings_and_bold_leads_are_found()
    {
        var result = CompetitorDiscovery.Discover([Answer(ListAnswer), Answer(TableAnswer, "gemini", minutes: 1)], Tracked, "run-1");

        Assert.Equal(2, result.NonBrandedAnswers);
        var keys = result.Brands.Select(b => b.Key).ToHashSet();
        Assert.Contains("pipedrive", keys);     // bold lead of a numbered item, and a table row's first cell
        Assert.Contains("zoho", keys);          // "Zoho CRM": the category noun does not make it another brand
        Assert.Contains("freshsales", keys);    // a plain list item: the capitalised run before the prose
        Assert.Contains("monday", keys);        // a heading written as a host name
        Assert.Contains("insightly", keys);     // a bold lead in a paragraph
        Assert.DoesNotContain("close", keys);   // an everyday English word in a table cell is not taken for a name

        var pipedrive = result.Brands.Single(b => b.Key == "pipedrive");
        Assert.Equal(2, pipedrive.Answers);
        Assert.Equal(1.0, pipedrive.Share);
        Assert.Equal(["Pipedrive", "Pipedrive CRM"], pipedrive.Variants.Select(v => v.Name).Order(StringComparer.Ordinal));
        Assert.Equal(["gemini", "openai"], pipedrive.Platforms);
        Assert.Equal(new DiscoverySighting("run-1", T0), pipedrive.FirstSeen);
        Assert.Equal(result.Brands[0], pipedrive);
        Assert.Contains(pipedrive.Samples, s => s.Platform == "openai" && s.Text.StartsWith("Pipedrive – a visual pipeline", StringComparison.Ordinal));

        var monday = result.Brands.Single(b => b.Key == "monday");
        Assert.Equal("Monday.com", monday.Name);
        Assert.Equal(["monday.com"], monday.Domains);
    }

    [Fact]
    public void Common_words_generic_headings_and_tracked_brands_and_aliases_are_not_found()
    {
        var result = CompetitorDiscovery.Discover([Answer(ListAnswer), Answer(TableAnswer)], Tracked);

        var names = result.Brands.SelectMany(b => b.Variants.Select(v => v.Name)).ToList();
        foreach (var generic in new[] { "Top picks", "Pricing", "Pros", "Cons", "Conclusion", "Open-source alternatives", "Step 1", "Summary",
                     "Option", "Best for", "Small teams", "Spreadsheet-based tracking", "Enterprises" })
        {
            Assert.DoesNotContain(generic, names);
        }

        var keys = result.Brands.Select(b => b.Key).ToList();
        Assert.DoesNotContain("hubspot", keys);     // "HubSpot CRM" is the tracked HubSpot
        Assert.DoesNotContain("salesforce", keys);  // "Salesforce Essentials" contains a tracked name
        Assert.Equal(["freshsales", "insightly", "monday", "pipedrive", "zoho"], keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Aliases_tracked_domains_and_reference_sites_are_excluded_and_cited_domains_merge_with_names()
    {
        const string answer = """
            - **Acme**: the tracked client under its alias.
            - **Hub Spot** – the tracked competitor under its alias.
            - **Nutshell CRM**: an untracked brand with its category noun.
            - **Keap** – small-business automation.
            """;
        var result = CompetitorDiscovery.Discover(
            [
                Answer(answer, cited: ["keap.com", "hubspot.com", "blog.hubspot.com", "wikipedia.org", "g2.com"]),
                Answer("Nothing listed here, only a source.", cited: ["keap.com"]),
                Answer("- **Keap** again, in a branded answer.", branded: true, cited: ["pipedrive.com"]),
            ],
            Tracked);

        Assert.Equal(2, result.NonBrandedAnswers);
        var keap = result.Brands[0];
        Assert.Equal(("keap", "Keap"), (keap.Key, keap.Name));
        Assert.Equal(["keap.com"], keap.Domains);
        Assert.Equal((2, 1, 2), (keap.Answers, keap.NamedAnswers, keap.CitedAnswers));
        Assert.Equal(1.0, keap.Share);
        Assert.Equal(Intervals.Wilson(1.0, 2), keap.Interval);

        var g2 = Assert.Single(result.Brands, b => b.Key == "g2");
        Assert.Equal(("g2.com", 0, 1), (g2.Name, g2.NamedAnswers, g2.CitedAnswers));
        Assert.Empty(g2.Variants);
        Assert.Equal(["g2", "keap", "nutshell"], result.Brands.Select(b => b.Key).Order(StringComparer.Ordinal));   // no Acme, Hub Spot, HubSpot's domains, Wikipedia, nor the branded answer's Pipedrive
    }

    [Fact]
    public void The_result_is_deterministic_and_merges_runs()
    {
        DiscoveryAnswer[] answers = [Answer(TableAnswer, "openai"), Answer(ListAnswer, "anthropic", minutes: 3)];
        var first = CompetitorDiscovery.Discover(answers, Tracked, "a");
        var again = CompetitorDiscovery.Discover(answers, Tracked, "a");
        Assert.Equal(first.Brands.Select(Describe), again.Brands.Select(Describe));

        var later = CompetitorDiscovery.Discover([Answer(ListAnswer, "openai", minutes: 60), Answer("Plain prose.", minutes: 61)], Tracked, "b");
        var merged = DiscoveryMerge.Combine([first, later], b => b.Key != "zoho");
        Assert.Equal(4, merged.NonBrandedAnswers);
        var pipedrive = merged.Brands.Single(b => b.Key == "pipedrive");
        Assert.Equal(3, pipedrive.Answers);
        Assert.Equal(0.75, pipedrive.Share);
        Assert.Equal(Intervals.Wilson(0.75, 4), pipedrive.Interval);
        Assert.Equal("a", pipedrive.FirstSeen.RunId);
        Assert.DoesNotContain(merged.Brands, b => b.Key == "zoho");

        var crossed = DiscoveryMerge.NewlyCrossed(later.Brands, new HashSet<string> { "pipedrive" }, 0.5);
        Assert.Contains("freshsales", crossed);
        Assert.DoesNotContain("pipedrive", crossed);
    }

    private static string Describe(DiscoveredBrand b) =>
        $"{b.Key}|{b.Name}|{string.Join(",", b.Variants)}|{string.Join(",", b.Domains)}|{b.Answers}|{string.Join(",", b.Samples)}";
}
