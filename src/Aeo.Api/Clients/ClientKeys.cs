namespace Aeo.Api.Clients;

/// <summary>
/// Key rotation: a client holds at most <see cref="MaxLive"/> live keys, so a new one can be issued and rolled out
/// while the old one still works, and the old one revoked after. A key is shown once, when issued.
/// </summary>
public sealed class ClientKeys(ClientKeyRepository keys, ApiKeyVerifier verifier, TimeProvider time)
{
    public const int MaxLive = 2;

    public async Task<(KeyIssueResult Result, IssuedKeyResponse? Issued)> IssueAsync(Guid clientId, CancellationToken ct)
    {
        var key = ApiKeys.NewClientKey();
        var (result, stored) = await keys.IssueAsync(clientId, ApiKeys.Hash(key), time.GetUtcNow(), MaxLive, ct);
        return (result, stored is null ? null : new IssuedKeyResponse(stored.Id, clientId, stored.CreatedAt, key));
    }

    /// <returns>Whether the client has a key with that id (revoking a revoked key again is a no-op).</returns>
    public async Task<bool> RevokeAsync(Guid clientId, Guid keyId, CancellationToken ct)
    {
        var found = await keys.RevokeAsync(clientId, keyId, time.GetUtcNow(), ct);
        verifier.Forget(keyId);
        return found;
    }
}
