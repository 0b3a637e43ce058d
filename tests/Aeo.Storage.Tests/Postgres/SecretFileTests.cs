using Aeo.Storage.Postgres;

namespace Aeo.Storage.Tests.Postgres;

/// <summary>The managed PostgreSQL's password files: owner-only from the moment they exist.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class SecretFileTests : IDisposable
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private readonly string directory = Directory.CreateTempSubdirectory("aeo-secret-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public async Task A_secret_file_is_created_owner_only()
    {
        var path = Path.Combine(directory, "postgres.password");

        await ClusterLayout.WriteSecretAsync(path, "pw", CancellationToken.None);

        Assert.Equal(OwnerOnly, File.GetUnixFileMode(path));
        Assert.Equal("pw", await File.ReadAllTextAsync(path));
    }

    [Fact]
    public async Task The_transient_password_file_lands_in_the_temp_directory_owner_only_and_never_over_an_existing_file()
    {
        var layout = new ClusterLayout(directory, Path.Combine(directory, "postgres"), Path.Combine(directory, "pw"), Path.Combine(directory, "port"), null);

        var path = await layout.WriteTransientPasswordFileAsync("transient", CancellationToken.None);
        try
        {
            Assert.Equal(OwnerOnly, File.GetUnixFileMode(path));
            await Assert.ThrowsAsync<IOException>(() => ClusterLayout.WriteSecretAsync(path, "again", CancellationToken.None, FileMode.CreateNew));
            Assert.Equal("transient", await File.ReadAllTextAsync(path));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
