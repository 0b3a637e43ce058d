using System.Collections.Concurrent;
using System.Security.Cryptography;
using Aeo.Storage.Repositories;
using Microsoft.Extensions.Options;

namespace Aeo.Api.Auth;

public abstract record VerifiedKey
{
    public sealed record Operator : VerifiedKey;

    public sealed record Client(Guid ClientId) : VerifiedKey;
}

/// <summary>
/// Checks a presented key against the operator key and the clients' stored hashes. An answer from the database is
/// believed for <see cref="AuthOptions.KeyCacheDuration"/> (a few seconds), so a revoked key stops working on every
/// API process within that time without any process telling the others; an unknown key is remembered as unknown for
/// <see cref="AuthOptions.UnknownKeyCacheDuration"/>, so repeating it costs no database round trip.
/// </summary>
public sealed class ApiKeyVerifier(OperatorKey operatorKey, ClientRepository clients, IOptions<AuthOptions> options, TimeProvider time)
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
        VerifiedKey? verified = await clients.FindIdByKeyHashAsync(hash, ct) is { } id ? new VerifiedKey.Client(id) : null;
        var settings = options.Value;
        var duration = verified is null ? settings.UnknownKeyCacheDuration : settings.KeyCacheDuration;
        if (duration > TimeSpan.Zero)
        {
            MakeRoom(now);
            known[hashText] = new Remembered(verified, now + duration);
        }
        return verified;
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
