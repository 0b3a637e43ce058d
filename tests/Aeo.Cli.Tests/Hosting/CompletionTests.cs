namespace Aeo.Cli.Tests.Hosting;

/// <summary>Shell completion comes from System.CommandLine's <c>[suggest]</c> directive, which dotnet-suggest calls.</summary>
public sealed class CompletionTests : IDisposable
{
    private readonly CliRun cli = new();

    [Fact]
    public async Task Suggest_completes_subcommands()
    {
        Assert.Equal(0, await cli.RunAsync("[suggest:11]", "aeo audit s"));

        var suggestions = cli.RawOut.ToString().Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("start", suggestions);
        Assert.Contains("show", suggestions);
        Assert.DoesNotContain("login", suggestions);
    }

    [Fact]
    public async Task Suggest_completes_the_client_and_report_commands()
    {
        Assert.Equal(0, await cli.RunAsync("[suggest:12]", "aeo clients "));
        var clients = cli.RawOut.ToString().Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("list", clients);
        Assert.Contains("update", clients);
        Assert.Contains("keys", clients);

        using var report = new CliRun();
        Assert.Equal(0, await report.RunAsync("[suggest:23]", "aeo report x --format c"));
        Assert.Contains("csv", report.RawOut.ToString().Split('\n', StringSplitOptions.TrimEntries));
    }

    public void Dispose() => cli.Dispose();
}
