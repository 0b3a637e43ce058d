namespace Aeo.Api.Auth;

/// <summary>
/// The embedded default's operator key: generated on first start, kept in the data directory readable by
/// its owner only, and read back on every later start.
/// </summary>
public static class OperatorKeyFile
{
    public const string FileName = "operator.key";

    public static async Task<string> LoadOrCreateAsync(string dataDirectory, CancellationToken ct)
    {
        var path = Path.Combine(dataDirectory, FileName);
        if (File.Exists(path))
        {
            var existing = (await File.ReadAllTextAsync(path, ct)).Trim();
            if (existing.Length > 0)
            {
                return existing;
            }
        }
        var key = ApiKeys.NewOperatorKey();
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        await using (var file = new FileStream(path, options))
        await using (var writer = new StreamWriter(file))
        {
            await writer.WriteLineAsync(key.AsMemory(), ct);
        }
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        return key;
    }
}
