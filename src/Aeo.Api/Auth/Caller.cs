namespace Aeo.Api.Auth;

/// <summary>Who is calling: the operator, or one client (whose data is all it may see).</summary>
public static class Caller
{
    public const string OperatorRole = "operator";
    public const string ClientRole = "client";
    public const string ClientIdClaim = "aeo:client_id";
    public const string KeyIdClaim = "aeo:key_id";

    /// <summary>
    /// Which key signed the request, for limits counted per key (requests, event streams, judge calls): the first 16 hex
    /// digits of the key's SHA-256, which name a key without revealing it. The operator's key is <c>operator</c>.
    /// </summary>
    public const string KeyRefClaim = "aeo:key_ref";

    public static bool IsOperator(this ClaimsPrincipal user) => user.IsInRole(OperatorRole);

    /// <summary>The client a client key belongs to; null for the operator.</summary>
    public static Guid? ClientId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClientIdClaim), out var id) ? id : null;

    /// <summary>The signing key's reference (<see cref="KeyRefClaim"/>); null for a request without a valid key.</summary>
    public static string? KeyRef(this ClaimsPrincipal user) => user.FindFirstValue(KeyRefClaim);

    /// <summary>Which of its client's keys a client key is (what logs record instead of the key); null for the operator.</summary>
    public static Guid? KeyId(this ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(KeyIdClaim), out var id) ? id : null;

    /// <summary>Whether the caller may see data of <paramref name="clientId"/>.</summary>
    public static bool MaySee(this ClaimsPrincipal user, Guid clientId) => user.IsOperator() || user.ClientId() == clientId;
}
