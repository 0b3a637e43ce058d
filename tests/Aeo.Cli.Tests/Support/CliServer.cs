namespace Aeo.Cli.Tests.Support;

internal static class CliServer
{
    /// <summary><paramref name="args"/> followed by the server's address and <paramref name="key"/>.</summary>
    public static string[] Against(this ApiServer server, string key, params string[] args) =>
        [.. args, "--server", server.BaseAddress.ToString(), "--key", key];
}
