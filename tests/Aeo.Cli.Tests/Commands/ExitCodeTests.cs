namespace Aeo.Cli.Tests.Commands;

/// <summary>0 ok, 1 usage, 2 the server refused (with its problem details printed), 3 the server cannot be reached.</summary>
[Collection(ApiCollection.Name)]
public sealed class ExitCodeTests(ApiServer server) : IDisposable
{
    private readonly CliRun cli = new();

    [Fact]
    public async Task A_400_is_2_with_the_title_and_each_field_at_fault()
    {
        var (clientId, key) = await TestClients.CreateAsync(server, "Exit Bad Input");

        var exit = await cli.RunAsync(server.Against(key, "audit", "start", "--max-questions", "0", "--platform", "no-such-platform"));

        Assert.Equal(2, exit);
        Assert.Contains("400 The request is not valid.", cli.ErrorOutput);
        Assert.Contains("maxQuestions:", cli.ErrorOutput);
        Assert.Contains("platforms[0]:", cli.ErrorOutput);
        Assert.Equal(0, await server.CountAsync("select count(*) from audit_runs where client_id = @p", clientId));
    }

    [Fact]
    public async Task A_401_is_2_and_the_key_is_not_echoed()
    {
        const string wrongKey = "aeo_not-a-real-key-4411";

        var exit = await cli.RunAsync(server.Against(wrongKey, "audit", "list"));

        Assert.Equal(2, exit);
        Assert.Contains("401", cli.ErrorOutput);
        Assert.Contains("An API key is required", cli.ErrorOutput);
        Assert.DoesNotContain(wrongKey, cli.ErrorOutput + cli.Output);
    }

    [Fact]
    public async Task A_404_is_2()
    {
        var exit = await cli.RunAsync(server.Against(ApiServer.OperatorKey, "audit", "show", Guid.NewGuid().ToString()));

        Assert.Equal(2, exit);
        Assert.Contains("404", cli.ErrorOutput);
    }

    [Fact]
    public async Task An_unreachable_server_is_3()
    {
        var closed = $"http://127.0.0.1:{ApiHost.FreePort()}";

        var exit = await cli.RunAsync("platforms", "--server", closed, "--key", "anything");

        Assert.Equal(3, exit);
        Assert.Contains("Cannot reach", cli.ErrorOutput);
        Assert.Contains("connection refused", cli.ErrorOutput);
    }

    [Fact]
    public async Task A_bad_command_line_and_a_missing_key_are_1()
    {
        Assert.Equal(1, await cli.RunAsync("audit", "shwo"));
        Assert.Equal(1, await cli.RunAsync("audit", "show", "not-a-guid", "--key", "k"));
        Assert.Equal(1, await cli.RunAsync("platforms", "--server", server.BaseAddress.ToString()));
        Assert.Contains("No API key", cli.ErrorOutput);
    }

    public void Dispose() => cli.Dispose();
}
