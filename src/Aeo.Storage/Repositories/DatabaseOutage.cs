using System.Net.Sockets;

namespace Aeo.Storage.Repositories;

/// <summary>
/// Telling a database that is away (refused or cut connections, time-outs, a server shutting down) from an error that
/// trying again cannot fix, and the pace of trying again: quickly at first, at most every <see cref="MaxDelay"/>, so work
/// goes on within seconds of the database's return.
/// </summary>
public static class DatabaseOutage
{
    public static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(2);

    /// <summary>True when <paramref name="ex"/>, or an exception inside it, says the database could not be reached or answer in time.</summary>
    public static bool IsOutage(Exception ex)
    {
        for (var current = ex; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case NpgsqlException { IsTransient: true }:
                case SocketException:
                case TimeoutException:
                    return true;
                case PostgresException:
                    // An answer from a live server (a constraint, a syntax error) is no outage unless Npgsql called it transient above.
                    return false;
            }
        }
        return false;
    }

    /// <summary>250 ms doubling per attempt up to <see cref="MaxDelay"/>, plus up to 250 ms of jitter so writers do not retry in step.</summary>
    public static TimeSpan Backoff(int attempt) =>
        TimeSpan.FromMilliseconds(Math.Min(MaxDelay.TotalMilliseconds, 250 * Math.Pow(2, Math.Min(attempt - 1, 10))) + Random.Shared.Next(0, 250));
}
