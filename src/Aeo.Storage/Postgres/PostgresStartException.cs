namespace Aeo.Storage.Postgres;

/// <summary>initdb, pg_ctl or the server itself failed; the message carries their output.</summary>
public sealed class PostgresStartException(string message, Exception? inner = null) : Exception(message, inner);
