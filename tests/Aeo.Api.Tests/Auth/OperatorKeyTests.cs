using Aeo.Api.Auth;
using Aeo.Api.Hosting;
using Aeo.Storage.Hosting;

namespace Aeo.Api.Tests.Auth;

[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class OperatorKeyTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("aeo-key-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Theory]
    [InlineData("short")]
    [InlineData("0123456789abcdef0123456789abcde")]
    public async Task An_operator_key_under_32_characters_stops_the_start_with_a_message_naming_the_setting(string key)
    {
        var error = await Assert.ThrowsAsync<StartupConfigurationException>(() => AeoApplication.BuildAsync(
            [$"--Aeo:Auth:AdminApiKey={key}", $"--Aeo:DataDirectory={directory}", "--ConnectionStrings:Aeo=Host=127.0.0.1;Port=1"]));

        Assert.Contains(OperatorKey.ConfigurationKey, error.Message);
        Assert.Contains("at least 32", error.Message);
        Assert.DoesNotContain(key, error.Message);
    }

    [Fact]
    public async Task The_generated_key_file_is_owner_only_and_read_back_on_the_next_start()
    {
        var (key, created) = await OperatorKeyFile.LoadOrCreateAsync(directory, CancellationToken.None);
        var path = Path.Combine(directory, OperatorKeyFile.FileName);

        Assert.True(created);
        Assert.True(key.Length >= OperatorKey.MinimumLength);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        Assert.Equal((key, false), await OperatorKeyFile.LoadOrCreateAsync(directory, CancellationToken.None));
    }

    [Fact]
    public async Task A_key_file_holding_a_short_key_is_refused_not_silently_replaced()
    {
        var path = Path.Combine(directory, OperatorKeyFile.FileName);
        await File.WriteAllTextAsync(path, "hunter2\n");

        await Assert.ThrowsAsync<StartupConfigurationException>(() => OperatorKeyFile.LoadOrCreateAsync(directory, CancellationToken.None));
        Assert.Equal("hunter2\n", await File.ReadAllTextAsync(path));
    }

    [Fact]
    public async Task A_secret_written_over_a_world_readable_file_leaves_it_owner_only()
    {
        var path = Path.Combine(directory, "secret");
        await File.WriteAllTextAsync(path, "old");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        await OwnerOnlyFile.WriteAsync(path, "new secret", CancellationToken.None);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        Assert.Equal("new secret", await File.ReadAllTextAsync(path));
    }

    [Fact]
    public void A_generated_key_is_printed_only_on_the_start_that_made_it()
    {
        Assert.Null(OperatorKeyNotice.ForFile("aeo_op_key", generatedNow: false, "/data/operator.key").KeyToPrint);
        Assert.Equal("/data/operator.key", OperatorKeyNotice.ForFile("aeo_op_key", generatedNow: false, "/data/operator.key").FilePath);
    }
}
