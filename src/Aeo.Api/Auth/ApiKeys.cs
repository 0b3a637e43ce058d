using System.Security.Cryptography;

namespace Aeo.Api.Auth;

/// <summary>API keys are random, shown once, and stored only as their SHA-256.</summary>
public static class ApiKeys
{
    public static string NewClientKey() => "aeo_" + Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string NewOperatorKey() => "aeo_op_" + Base64Url(RandomNumberGenerator.GetBytes(32));

    public static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
