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

    public void Dispose() => cli.Dispose();
}
