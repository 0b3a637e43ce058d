using System.Collections.Concurrent;
using System.Security.Cryptography;
using Aeo.Storage.Repositories;

namespace Aeo.Api.Auth;

public abstract record VerifiedKey
{
    public sealed record Operator : VerifiedKey;

    /// <summary>A live key of a client, by its id (a client may hold two at once, to rotate them).</summary>
    public sealed record Client(Guid ClientId, Guid KeyId) : VerifiedKey;
}

/// <summary>
/// Checks a presented key against the operator key and the clients' stored key hashes. A key this process revokes,
/// or whose client it deletes, is forgotten at once (<see cref="Forget"/>, <see cref="ForgetClient"/>).
/// </summary>
public sealed class ApiKeyVerifier(OperatorKey operatorKey, ClientKeyRepository keys)
{
    private readonly ConcurrentDictionary<string, VerifiedKey.Client> knownClients = new();

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
            return cached;
        }
        if (await keys.FindByHashAsync(hash, ct) is not { } owner)
        {
            return null;
        }
        var verified = new VerifiedKey.Client(owner.ClientId, owner.KeyId);
        knownClients[hashText] = verified;
        return verified;
    }

    /// <summary>Forgets a revoked key, so its next use is checked against the table again.</summary>
    public void Forget(Guid keyId) => ForgetWhere(known => known.KeyId == keyId);

    /// <summary>Forgets every key of a client being deleted.</summary>
    public void ForgetClient(Guid clientId) => ForgetWhere(known => known.ClientId == clientId);

    private void ForgetWhere(Func<VerifiedKey.Client, bool> match)
    {
        foreach (var (hash, known) in knownClients)
        {
            if (match(known))
            {
                knownClients.TryRemove(hash, out _);
            }
        }
    }
}
