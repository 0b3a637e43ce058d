namespace Aeo.Cli.Hosting;

/// <summary>What <c>aeo</c> exits with, so scripts and CI can tell a typo from a refusal from an outage.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The command line was wrong, or something it needs (a key, a file) is missing.</summary>
    public const int Usage = 1;

    /// <summary>The server answered with an error (problem details printed).</summary>
    public const int Refused = 2;

    /// <summary>The server could not be reached.</summary>
    public const int Unreachable = 3;
}
