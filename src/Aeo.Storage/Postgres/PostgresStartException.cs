namespace Aeo.Storage.Postgres;

/// <summary>initdb, pg_ctl or the server itself failed; the message carries their output.</summary>
public sealed class PostgresStartException : Exception
{
    public PostgresStartException(string message, Exception? inner = null) : base(message, inner)
    {
    }
}
