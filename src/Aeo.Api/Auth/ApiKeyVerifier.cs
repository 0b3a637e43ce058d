using System.Collections.Concurrent;
using System.Security.Cryptography;
using Aeo.Storage.Repositories;

namespace Aeo.Api.Auth;

public abstract record VerifiedKey
{
    public sealed record Operator : VerifiedKey;

    public sealed record Client(Guid ClientId) : VerifiedKey;
}

/// <summary>Checks a presented key against the operator key and the clients' stored hashes.</summary>
public sealed class ApiKeyVerifier(OperatorKey operatorKey, ClientRepository clients)
{
    private readonly ConcurrentDictionary<string, Guid> knownClients = new();

    public async Task<VerifiedKey?> VerifyAsync(string key, CancellationToken ct)
    {
        var hash = ApiKeys.Hash(key);
        if (CryptographicOperations.FixedTimeEquals(hash, operatorKey.Hash))
        {
            return new VerifiedKey.Operator();
        }
        var hashText = Convert.ToHexString(hash);
        if (knownClients.TryGetValue(hashText, out var cached))
        {
            return new VerifiedKey.Client(cached);
        }
        var clientId = await clients.FindIdByKeyHashAsync(hash, ct);
        if (clientId is not { } id)
        {
            return null;
        }
        knownClients[hashText] = id;
        return new VerifiedKey.Client(id);
    }
}
