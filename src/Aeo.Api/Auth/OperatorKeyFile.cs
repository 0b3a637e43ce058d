namespace Aeo.Api.Auth;

/// <summary>
/// The embedded default's operator key: generated on first start, kept in the data directory readable by
/// its owner only (created with that mode, never widened), and read back on every later start.
/// </summary>
public static class OperatorKeyFile
{
    public const string FileName = "operator.key";

    /// <returns>The key, and whether this call generated it (the file did not hold one).</returns>
    public static async Task<(string Key, bool Created)> LoadOrCreateAsync(string dataDirectory, CancellationToken ct)
    {
        var path = Path.Combine(dataDirectory, FileName);
        if (File.Exists(path))
        {
            var existing = (await File.ReadAllTextAsync(path, ct)).Trim();
            if (existing.Length >= OperatorKey.MinimumLength)
            {
                return (existing, false);
            }
            if (existing.Length > 0)
            {
                throw new StartupConfigurationException(
                    $"{path} holds a key of {existing.Length} characters; an operator key needs at least {OperatorKey.MinimumLength}. " +
                    "Delete the file to have a new key generated.");
            }
        }
        var key = ApiKeys.NewOperatorKey();
        await OwnerOnlyFile.WriteAsync(path, key + "\n", ct);
        return (key, true);
    }
}
