namespace Aeo.Cli.Connection;

/// <summary>Something the command needs is missing or wrong on this side (exit code 1).</summary>
public sealed class CliUsageException(string message) : Exception(message);
