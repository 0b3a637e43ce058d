using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Aeo.Api.Auth;

public abstract record VerifiedKey
{
    public sealed record Operator : VerifiedKey;

    /// <summary>A live key of a client, by its id (a client may hold two at once, to rotate them).</summary>
    public sealed record Client(Guid ClientId, Guid KeyId) : VerifiedKey;
}

/// <summary>
/// Checks a presented key against the operator key and the clients' stored key hashes. An answer from the database is
/// believed for <see cref="AuthOptions.KeyCacheDuration"/> (a few seconds), so a key revoked on another API process stops
/// working here within that time without any process telling the others; a key this process revokes, or whose client it
/// deletes, is forgotten at once (<see cref="Forget"/>, <see cref="ForgetClient"/>). An unknown key is remembered as
/// unknown for <see cref="AuthOptions.UnknownKeyCacheDuration"/>, so repeating it costs no database round trip.
/// </summary>
public sealed class ApiKeyVerifier(OperatorKey operatorKey, ClientKeyRepository keys, IOptions<AuthOptions> options, TimeProvider time)
{
    /// <summary>Past this many remembered answers the expired ones go, and if that is not enough, all of them.</summary>
    private const int Capacity = 10_000;

    private readonly ConcurrentDictionary<string, Remembered> known = new(StringComparer.Ordinal);

    public Task<VerifiedKey?> VerifyAsync(string key, CancellationToken ct) => VerifyHashAsync(ApiKeys.Hash(key), ct);

    /// <summary>Checks a key by its SHA-256 (what a long-lived request keeps to check its key again later).</summary>
    public async Task<VerifiedKey?> VerifyHashAsync(byte[] hash, CancellationToken ct)
    {
        if (CryptographicOperations.FixedTimeEquals(hash, operatorKey.Hash))
        {
            return new VerifiedKey.Operator();
        }
        var hashText = Convert.ToHexString(hash);
        var now = time.GetUtcNow();
        if (known.TryGetValue(hashText, out var remembered) && remembered.Until > now)
        {
            return remembered.Key;
        }
        VerifiedKey? verified = await keys.FindByHashAsync(hash, ct) is { } owner ? new VerifiedKey.Client(owner.ClientId, owner.KeyId) : null;
        var settings = options.Value;
        var duration = verified is null ? settings.UnknownKeyCacheDuration : settings.KeyCacheDuration;
        if (duration > TimeSpan.Zero)
        {
            MakeRoom(now);
            known[hashText] = new Remembered(verified, now + duration);
        }
        return verified;
    }

    /// <summary>Forgets a revoked key, so its next use is checked against the table again.</summary>
    public void Forget(Guid keyId) => ForgetWhere(client => client.KeyId == keyId);

    /// <summary>Forgets every key of a client being deleted.</summary>
    public void ForgetClient(Guid clientId) => ForgetWhere(client => client.ClientId == clientId);

    private void ForgetWhere(Func<VerifiedKey.Client, bool> match)
    {
        foreach (var (hash, entry) in known)
        {
            if (entry.Key is VerifiedKey.Client client && match(client))
            {
                known.TryRemove(hash, out _);
            }
        }
    }

    private void MakeRoom(DateTimeOffset now)
    {
        if (known.Count < Capacity)
        {
            return;
        }
        foreach (var (hash, entry) in known)
        {
            if (entry.Until <= now)
            {
                known.TryRemove(hash, out _);
            }
        }
        if (known.Count >= Capacity)
        {
            known.Clear();
        }
    }

    private sealed record Remembered(VerifiedKey? Key, DateTimeOffset Until);
}
