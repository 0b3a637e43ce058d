namespace Aeo.Api.Auth;

/// <summary>A file holding a secret: readable and writable by its owner only from the moment it exists.</summary>
public static class OwnerOnlyFile
{
    private const UnixFileMode OwnerReadWrite = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public static async Task WriteAsync(string path, string content, CancellationToken ct)
    {
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerReadWrite;
        }
        await using var file = new FileStream(path, options);
        if (!OperatingSystem.IsWindows())
        {
            // A file that already existed keeps its mode on open: narrow it before the secret is written.
            File.SetUnixFileMode(file.SafeFileHandle, OwnerReadWrite);
        }
        await using var writer = new StreamWriter(file);
        await writer.WriteAsync(content.AsMemory(), ct);
    }
}
