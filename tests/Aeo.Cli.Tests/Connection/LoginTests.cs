using System.Runtime.Versioning;
using Aeo.Cli.Connection;

namespace Aeo.Cli.Tests.Connection;

/// <summary><c>aeo login</c> checks the key, then writes a file only its owner can read; later commands use it, and the environment and options outrank it.</summary>
[Collection(ApiCollection.Name)]
[UnsupportedOSPlatform("windows")]
public sealed class LoginTests(ApiServer server) : IDisposable
{
    private readonly CliRun cli = new();

    [Fact]
    public async Task Login_writes_an_owner_only_file_that_later_commands_use()
    {
        var (_, key) = await TestClients.CreateAsync(server, "Login Co");
        cli.Input = key + "\n";

        var exit = await cli.RunAsync("login", "--server", server.BaseAddress.ToString());

        Assert.Equal(0, exit);
        var path = CliConfigFile.PathIn(cli.ConfigDirectory);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(cli.ConfigDirectory));
        var saved = JsonNode.Parse(File.ReadAllText(path))!;
        Assert.Equal(server.BaseAddress.ToString(), saved["server"]!.GetValue<string>());
        Assert.DoesNotContain(key, cli.Output + cli.ErrorOutput);

        Assert.Equal(0, await cli.RunAsync("platforms", "--json"));
        Assert.NotEmpty(JsonNode.Parse(cli.RawOut.ToString())!.AsArray());
    }

    [Fact]
    public async Task Relogging_tightens_a_loosened_file()
    {
        var (_, key) = await TestClients.CreateAsync(server, "Login Loose");
        Assert.Equal(0, await cli.RunAsync(server.Against(key, "login")));
        var path = CliConfigFile.PathIn(cli.ConfigDirectory);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        Assert.Equal(0, await cli.RunAsync(server.Against(key, "login")));

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
    }

    [Fact]
    public async Task A_refused_key_is_not_saved()
    {
        var exit = await cli.RunAsync(server.Against("aeo_wrong", "login"));

        Assert.Equal(2, exit);
        Assert.False(File.Exists(CliConfigFile.PathIn(cli.ConfigDirectory)));
    }

    [Fact]
    public async Task The_environment_outranks_the_file_and_the_options_outrank_both()
    {
        var (_, key) = await TestClients.CreateAsync(server, "Login Env");
        CliConfigFile.Write(cli.ConfigDirectory, new StoredConnection(server.BaseAddress.ToString(), "aeo_stale-key"));

        Assert.Equal(2, await cli.RunAsync("audit", "list"));

        cli.Environment[ConnectionOptions.KeyVariable] = key;
        Assert.Equal(0, await cli.RunAsync("audit", "list"));

        cli.Environment[ConnectionOptions.ServerVariable] = $"http://127.0.0.1:{ApiHost.FreePort()}";
        Assert.Equal(3, await cli.RunAsync("audit", "list"));
        Assert.Equal(0, await cli.RunAsync("audit", "list", "--server", server.BaseAddress.ToString()));
    }

    public void Dispose() => cli.Dispose();
}
