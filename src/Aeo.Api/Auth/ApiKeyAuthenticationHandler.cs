using System.Net.Http.Headers;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;

namespace Aeo.Api.Auth;

/// <summary>
/// Reads the key from <c>X-API-Key</c> or <c>Authorization: Bearer</c>, and under <c>/dashboard</c> and <c>/api/docs</c>
/// only (pages a browser opens itself) from the password of <c>Authorization: Basic</c>. A browser resends Basic credentials to the whole site by
/// itself, so honouring them on <c>/api</c> would let any page the operator visits post to the API in their name.
/// A refused key counts against its address (<see cref="SignInThrottle"/>); an address over the limit gets 429.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiKeyVerifier verifier,
    SignInThrottle throttle,
    IProblemDetailsService problems) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string DashboardPath = "/dashboard";
    public const string ApiReferencePath = "/api/docs";

    /// <summary>The pages a browser opens itself, signing in with Basic: the dashboard and the API reference.</summary>
    public static bool IsBrowserPage(PathString path) => path.StartsWithSegments(DashboardPath) || path.StartsWithSegments(ApiReferencePath);

    private const string ThrottledItem = "aeo:sign-in-throttled";
    private const string FailedItem = "aeo:sign-in-failed";
    private const string KeyHashItem = "aeo:key-hash";

    /// <summary>Whether this request presented a key that was refused (or was not checked because its address is throttled).</summary>
    public static bool SignInFailed(HttpContext context) => context.Items.ContainsKey(FailedItem);

    /// <summary>The SHA-256 of the key that signed this request, for a long-lived request to check its key again.</summary>
    public static byte[]? KeyHash(HttpContext context) => context.Items.TryGetValue(KeyHashItem, out var hash) ? hash as byte[] : null;

    /// <summary>Where a database outage met while verifying a key waits for the challenge, which answers 503 instead of 401.</summary>
    private const string OutageItem = "aeo.auth.outage";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var key = PresentedKey(Request, allowBasic: IsBrowserPage(Request.Path));
        if (string.IsNullOrEmpty(key))
        {
            return AuthenticateResult.NoResult();
        }
        var address = Context.Connection.RemoteIpAddress;
        if (throttle.RetryAfter(address) is { } wait)
        {
            Context.Items[ThrottledItem] = wait;
            Context.Items[FailedItem] = true;
            return AuthenticateResult.Fail("Too many failed sign-ins from this address.");
        }
        var hash = ApiKeys.Hash(key);
        VerifiedKey? verified;
        try
        {
            verified = await verifier.VerifyHashAsync(hash, Context.RequestAborted);
        }
        catch (Exception ex) when (ServiceUnavailable.IsUnavailable(ex))
        {
            // The key may well be valid: this is no reason for a 401.
            Context.Items[OutageItem] = ex;
            return AuthenticateResult.Fail("The API key could not be checked: the database is away.");
        }
        Claim[]? claims = verified switch
        {
            VerifiedKey.Operator => [new Claim(ClaimTypes.Role, Caller.OperatorRole), new Claim(Caller.KeyRefClaim, Caller.OperatorRole)],
            VerifiedKey.Client client =>
            [
                new Claim(ClaimTypes.Role, Caller.ClientRole),
                new Claim(Caller.ClientIdClaim, client.ClientId.ToString()),
                new Claim(Caller.KeyRefClaim, Convert.ToHexStringLower(hash, 0, 8)),
                new Claim(Caller.KeyIdClaim, client.KeyId.ToString()),
            ],
            _ => null,
        };
        if (claims is null)
        {
            throttle.Failed(address);
            Context.Items[FailedItem] = true;
            return AuthenticateResult.Fail("The API key is not valid.");
        }
        Context.Items[KeyHashItem] = hash;
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        if (Context.Items[OutageItem] is Exception outage)
        {
            await ServiceUnavailable.WriteAsync(Context, problems, outage);
            return;
        }
        if (Context.Items.TryGetValue(ThrottledItem, out var wait) && wait is TimeSpan retryAfter)
        {
            await TooManyFailures(retryAfter).ExecuteAsync(Context);
            return;
        }
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate =
            Request.Path.StartsWithSegments(DashboardPath) ? "Basic realm=\"Aeo dashboard (password: operator key)\""
            : Request.Path.StartsWithSegments(ApiReferencePath) ? "Basic realm=\"Aeo API reference (password: an API key)\""
            : "Bearer";
        await WriteProblemAsync("An API key is required (Authorization: Bearer <key> or X-API-Key), and it must be valid.");
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        await WriteProblemAsync("This needs the operator key.");
    }

    private static TooManyRequestsProblem TooManyFailures(TimeSpan retryAfter) => new(
        "Too many failed sign-ins",
        "This address presented too many keys that are not valid; no key from it is checked until the wait is over.",
        TimeSpan.FromSeconds(Math.Ceiling(retryAfter.TotalSeconds)),
        new Dictionary<string, object?>());

    private ValueTask WriteProblemAsync(string detail) => problems.WriteAsync(new ProblemDetailsContext
    {
        HttpContext = Context,
        ProblemDetails = { Status = Response.StatusCode, Detail = detail },
    });

    private static string? PresentedKey(HttpRequest request, bool allowBasic)
    {
        if (request.Headers.TryGetValue("X-API-Key", out var headerKey) && !string.IsNullOrWhiteSpace(headerKey))
        {
            return headerKey.ToString().Trim();
        }
        if (!AuthenticationHeaderValue.TryParse(request.Headers.Authorization, out var authorization) || authorization.Parameter is null)
        {
            return null;
        }
        if (authorization.Scheme.Equals("Bearer", StringComparison.OrdinalIgnoreCase))
        {
            return authorization.Parameter.Trim();
        }
        if (allowBasic && authorization.Scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(authorization.Parameter));
                var colon = decoded.IndexOf(':');
                return colon < 0 ? null : decoded[(colon + 1)..];
            }
            catch (FormatException)
            {
                return null;
            }
        }
        return null;
    }
}
