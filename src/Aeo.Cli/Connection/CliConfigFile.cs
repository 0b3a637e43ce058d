namespace Aeo.Cli.Connection;

/// <summary>
/// The per-user file <c>aeo login</c> writes (server and key). It holds a secret, so its folder is 0700 and the file
/// 0600 from the moment it is created, and rewriting it tightens a file someone loosened.
/// </summary>
public static class CliConfigFile
{
    public const string FileName = "config.json";

    private const UnixFileMode OwnerReadWrite = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode OwnerAll = OwnerReadWrite | UnixFileMode.UserExecute;

    public static string PathIn(string directory) => Path.Combine(directory, FileName);

    public static StoredConnection? Read(string directory)
    {
        var path = PathIn(directory);
        if (!File.Exists(path))
        {
            return null;
        }
        try
        {
            return JsonSerializer.Deserialize<StoredConnection>(File.ReadAllText(path), JsonSerializerOptions.Web);
        }
        catch (JsonException e)
        {
            throw new CliUsageException($"{path} is not a valid aeo config file ({e.Message}); run aeo login again.");
        }
    }

    public static string Write(string directory, StoredConnection connection)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(directory);
        }
        else
        {
            Directory.CreateDirectory(directory, OwnerAll);
        }
        var path = PathIn(directory);
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerReadWrite;
        }
        using (var stream = new FileStream(path, options))
        {
            JsonSerializer.Serialize(stream, connection, JsonSerializerOptions.Web);
        }
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, OwnerReadWrite);
        }
        return path;
    }
}

public sealed record StoredConnection(string Server, string Key);
