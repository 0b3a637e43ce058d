namespace Aeo.Api.Auth;

/// <summary>The operator's key, held only as its hash once the process has started.</summary>
public sealed class OperatorKey(byte[] hash)
{
    public const string ConfigurationKey = "Aeo:Auth:AdminApiKey";

    public byte[] Hash { get; } = hash;
}
