using Aeo.Storage.Postgres;

namespace Aeo.Storage.Hosting;

/// <summary>
/// Turns the failures a person can fix (no PostgreSQL, a server that would not start, a setting that is missing or not
/// acceptable) into a plain message.
/// </summary>
public static class StartupFailure
{
    public static async Task<int> ReportAsync(Func<Task> run)
    {
        try
        {
            await run();
            return 0;
        }
        catch (Exception ex) when (ex is PostgresNotFoundException or PostgresStartException or StartupConfigurationException)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            return 1;
        }
    }
}
