namespace Aeo.Analysis.Tests.Brands;

/// <summary>
/// Detect borrows its blanked copy of the text and its working lists and hands them to the next call on the same
/// thread: nothing of one call may leak into another, in sequence or in parallel.
/// </summary>
public sealed class DetectorReuseTests
{
    private static readonly BrandDefinition[] Brands =
    [
        new("HubSpot", ["HubSpot CRM"], ["hubspot.com"]),
        new("Salesforce", [], ["salesforce.com"]),
        new("Notion", [], ["notion.so"]),
        new("Pipedrive", [], []),
    ];

    private static readonly string[] Texts =
    [
        "1. **HubSpot CRM** – free to start.\n2. **Pipedrive** – for sales teams.\n\nSee hubspot.com/pricing.",
        "| Tool | Price |\n|---|---|\n| Salesforce | $25 |\n| Notion | Free |\n",
        "Nothing tracked here, only the notion of a tool.",
        "Salesforce, Inc. and HubSpot both integrate with Notion. " + new string('x', 40_000) + " Pipedrive too.",
        "",
    ];

    [Fact]
    public void Each_text_gives_the_same_mentions_whatever_was_detected_before_it()
    {
        var detector = new BrandDetector(Brands);
        var alone = Texts.Select(text => Describe(new BrandDetector(Brands).Detect(text))).ToArray();

        // Forward, backward and again forward: a long text grows the working lists, an empty one returns early.
        int[] order = [0, 1, 2, 3, 4, 4, 3, 2, 1, 0, 0, 1, 2, 3, 4];
        foreach (var index in order)
        {
            Assert.Equal(alone[index], Describe(detector.Detect(Texts[index])));
        }

        Assert.Contains("HubSpot", alone[0]);
        Assert.Contains("Notion", alone[1]);
        Assert.DoesNotContain("Notion", alone[2]);
    }

    [Fact]
    public void Parallel_calls_on_one_detector_give_the_sequential_results()
    {
        var detector = new BrandDetector(Brands);
        var expected = Texts.Select(text => Describe(detector.Detect(text))).ToArray();
        var indices = Enumerable.Range(0, 400).Select(i => i % Texts.Length).ToArray();

        var results = new string[indices.Length];
        Parallel.For(0, indices.Length, i => results[i] = Describe(detector.Detect(Texts[indices[i]])));

        for (var i = 0; i < indices.Length; i++)
        {
            Assert.Equal(expected[indices[i]], results[i]);
        }
    }

    private static string Describe(IReadOnlyList<BrandMention> mentions) =>
        string.Join("\n", mentions.Select(mention =>
            $"{mention.Brand} {mention.Rank} {mention.Count} {mention.ListPosition} [{string.Join(" / ", mention.Contexts)}] "
            + string.Join(",", mention.Spans.Select(span => $"{span.Start}+{span.Length}"))));
}
