using System.Data.Common;
using System.Globalization;

namespace Aeo.Storage.Hosting;

/// <summary>
/// Time limits every connection string gets unless it sets its own: a database that is away must make a request fail
/// fast (the API answers 503) rather than hang. <c>Timeout</c> bounds opening a connection (Npgsql's default is 15 s),
/// <c>Command Timeout</c> one statement (30 s, as Npgsql's).
/// </summary>
public static class ConnectionDefaults
{
    public const int ConnectTimeoutSeconds = 5;
    public const int CommandTimeoutSeconds = 30;

    public static string Apply(string connectionString)
    {
        var builder = new DbConnectionStringBuilder { ConnectionString = connectionString };
        if (!builder.ContainsKey("Timeout"))
        {
            builder["Timeout"] = ConnectTimeoutSeconds.ToString(CultureInfo.InvariantCulture);
        }
        if (!builder.ContainsKey("Command Timeout") && !builder.ContainsKey("CommandTimeout"))
        {
            builder["Command Timeout"] = CommandTimeoutSeconds.ToString(CultureInfo.InvariantCulture);
        }
        return builder.ConnectionString;
    }
}
