using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Aeo.Api.Web;

/// <summary>
/// The web app's cookie session. The cookie (encrypted by Data Protection) holds who signed in, never the key: the
/// operator, or a client with the id of the key it used. A client's session ends once that key is revoked or the client
/// is deleted, an operator's once the operator key changes; both are checked again every <see cref="RecheckEvery"/>.
/// </summary>
public static class WebSession
{
    public const string Scheme = "AeoWeb";
    public const string Policy = "web";
    public const string CookieName = "aeo_session";

    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(8);
    public static readonly TimeSpan RecheckEvery = TimeSpan.FromMinutes(1);

    private const string OperatorFingerprintClaim = "aeo:operator_fingerprint";
    private const string CheckedAtItem = "aeo.checked_at";

    public static ClaimsPrincipal Principal(VerifiedKey verified, OperatorKey operatorKey)
    {
        Claim[] claims = verified switch
        {
            VerifiedKey.Operator =>
            [
                new Claim(ClaimTypes.Role, Caller.OperatorRole),
                new Claim(ClaimTypes.Name, Caller.OperatorRole),
                new Claim(OperatorFingerprintClaim, Fingerprint(operatorKey)),
            ],
            VerifiedKey.Client client =>
            [
                new Claim(ClaimTypes.Role, Caller.ClientRole),
                new Claim(ClaimTypes.Name, client.ClientId.ToString()),
                new Claim(Caller.ClientIdClaim, client.ClientId.ToString()),
                new Claim(Caller.KeyIdClaim, client.KeyId.ToString()),
            ],
            _ => throw new ArgumentOutOfRangeException(nameof(verified)),
        };
        return new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme));
    }

    public static AuthenticationProperties NewProperties(TimeProvider time) => new()
    {
        IsPersistent = false,
        Items = { [CheckedAtItem] = time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture) },
    };

    /// <summary>Every <see cref="RecheckEvery"/>: is the key behind the session still good? If not, the session ends.</summary>
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var time = services.GetRequiredService<TimeProvider>();
        var now = time.GetUtcNow();
        if (context.Properties.Items.TryGetValue(CheckedAtItem, out var text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var checkedAt)
            && now - checkedAt < RecheckEvery)
        {
            return;
        }
        var valid = await StillValidAsync(context.Principal!, services, context.HttpContext.RequestAborted);
        if (!valid)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(Scheme);
            return;
        }
        context.Properties.Items[CheckedAtItem] = now.ToString("O", CultureInfo.InvariantCulture);
        context.ShouldRenew = true;
    }

    /// <summary>Whether the key a session was opened with still opens one: the operator key unchanged, a client's key live.</summary>
    public static async Task<bool> StillValidAsync(ClaimsPrincipal user, IServiceProvider services, CancellationToken ct)
    {
        if (user.IsOperator())
        {
            return user.FindFirstValue(OperatorFingerprintClaim) == Fingerprint(services.GetRequiredService<OperatorKey>());
        }
        if (user.ClientId() is not { } clientId || user.KeyId() is not { } keyId)
        {
            return false;
        }
        var live = await services.GetRequiredService<ClientKeyRepository>().LiveKeysAsync([clientId], ct);
        return live[clientId].Any(key => key.Id == keyId)
            && await services.GetRequiredService<ClientRepository>().GetAsync(clientId, ct) is not null;
    }

    /// <summary>Which session holds an event stream, for the per-key limit of open streams: its key's id, or the operator.</summary>
    public static string StreamHolder(ClaimsPrincipal user) => "web:" + (user.KeyId()?.ToString() ?? Caller.OperatorRole);

    /// <summary>Names the operator key of this process without revealing anything of it: a hash of its hash, shortened.</summary>
    private static string Fingerprint(OperatorKey key) => Convert.ToHexStringLower(SHA256.HashData(key.Hash), 0, 8);
}
