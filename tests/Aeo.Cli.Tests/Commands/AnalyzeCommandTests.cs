namespace Aeo.Cli.Tests.Commands;

/// <summary><c>aeo analyze</c> runs the analysis library here, with no server, on a fixed answer.</summary>
public sealed class AnalyzeCommandTests : IDisposable
{
    private const string Answer =
        "Here are the best CRMs for a small agency:\n\n"
        + "1. **HubSpot** is the best choice for small teams: easy to set up and free to start.\n"
        + "2. **Salesforce** scales further, but it is expensive and clunky for a team of ten.\n\n"
        + "Sources: https://www.hubspot.com/pricing?utm_source=x\n";

    private readonly CliRun cli = new();
    private readonly string file = Path.Combine(Path.GetTempPath(), $"aeo-answer-{Guid.NewGuid():N}.md");

    public AnalyzeCommandTests() => File.WriteAllText(file, Answer);

    [Fact]
    public async Task Json_gives_each_brand_its_count_rank_list_place_sentiment_and_the_sources()
    {
        var exit = await cli.RunAsync("analyze", file, "--brand", "HubSpot=hubspot.com", "--competitor", "Salesforce=salesforce.com", "--json");

        Assert.Equal(0, exit);
        var report = JsonNode.Parse(cli.RawOut.ToString())!;
        var mentions = report["mentions"]!.AsArray();
        Assert.Equal(["HubSpot", "Salesforce"], mentions.Select(m => m!["brand"]!.GetValue<string>()));
        var hubspot = mentions[0]!;
        Assert.Equal(1, hubspot["rank"]!.GetValue<int>());
        Assert.Equal(1, hubspot["listPosition"]!.GetValue<int>());
        Assert.Equal(Answer.IndexOf("HubSpot", StringComparison.Ordinal), hubspot["firstOffset"]!.GetValue<int>());
        Assert.Equal("positive", hubspot["sentiment"]!["label"]!.GetValue<string>());
        var salesforce = mentions[1]!;
        Assert.Equal(2, salesforce["rank"]!.GetValue<int>());
        Assert.Equal(2, salesforce["listPosition"]!.GetValue<int>());
        Assert.Equal("HubSpot", hubspot["positions"]![0]!["text"]!.GetValue<string>());
        var citation = report["citations"]!.AsArray().Single()!;
        Assert.Equal("hubspot.com", citation["registrableDomain"]!.GetValue<string>());
        Assert.DoesNotContain("utm_source", citation["url"]!.GetValue<string>());
        Assert.Equal("cited", report["brandCitations"]!.AsArray().Single(b => b!["brand"]!.GetValue<string>() == "HubSpot")!["status"]!.GetValue<string>());
        Assert.Equal("lexicon", report["sentimentProvider"]!.GetValue<string>());
    }

    [Fact]
    public async Task Standard_input_gives_a_table_of_the_mentions()
    {
        cli.Input = Answer;

        var exit = await cli.RunAsync("analyze", "-", "--brand", "HubSpot", "--competitor", "Salesforce");

        Assert.Equal(0, exit);
        var rows = cli.Output.Split('\n');
        Assert.Contains(rows, row => row.Contains("HubSpot") && row.Contains("positive"));
        Assert.Contains(rows, row => row.Contains("Salesforce"));
        Assert.Contains("hubspot.com", cli.Output);
    }

    [Fact]
    public async Task A_missing_file_is_a_usage_error()
    {
        var exit = await cli.RunAsync("analyze", file + ".missing", "--brand", "HubSpot");

        Assert.Equal(1, exit);
        Assert.Contains("No such file", cli.ErrorOutput);
    }

    [Fact]
    public async Task A_missing_brand_is_a_usage_error()
    {
        Assert.Equal(1, await cli.RunAsync("analyze", file));
        Assert.Contains("--brand", cli.ErrorOutput);
    }

    public void Dispose()
    {
        cli.Dispose();
        File.Delete(file);
    }
}
