namespace Aeo.Api.Auth;

/// <summary>The operator's key, held only as its hash once the process has started.</summary>
public sealed class OperatorKey(byte[] hash)
{
    public const string ConfigurationKey = "Aeo:Auth:AdminApiKey";

    /// <summary>Shorter keys are refused at start: the operator key opens every route, so it must not be guessable.</summary>
    public const int MinimumLength = 32;

    public byte[] Hash { get; } = hash;
}
