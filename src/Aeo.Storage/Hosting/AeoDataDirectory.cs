using Microsoft.Extensions.Configuration;

namespace Aeo.Storage.Hosting;

/// <summary>Where the managed PostgreSQL and local files live: <c>Aeo:DataDirectory</c>, else the user's data folder.</summary>
public static class AeoDataDirectory
{
    public const string Key = "Aeo:DataDirectory";

    public static string Resolve(IConfiguration configuration)
    {
        var configured = configuration[Key];
        var directory = string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "aeo-orleans")
            : Path.GetFullPath(configured);
        Directory.CreateDirectory(directory);
        return directory;
    }
}
