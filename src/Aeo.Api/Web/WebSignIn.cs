using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;

namespace Aeo.Api.Web;

/// <summary>What a sign-in attempt came to.</summary>
public enum SignInOutcome
{
    SignedIn,
    WrongKey,
    Throttled,
    Unavailable,
}

/// <summary>
/// Turns a key typed into the sign-in form into a session: checked as the API checks it (<see cref="ApiKeyVerifier"/>),
/// and a wrong key counts against the address like a wrong API key does (<see cref="SignInThrottle"/>).
/// </summary>
public sealed class WebSignIn(ApiKeyVerifier verifier, SignInThrottle throttle, OperatorKey operatorKey, TimeProvider time)
{
    public async Task<(SignInOutcome Outcome, TimeSpan? RetryAfter)> SignInAsync(HttpContext http, string? key)
    {
        var address = http.Connection.RemoteIpAddress;
        if (throttle.RetryAfter(address) is { } wait)
        {
            return (SignInOutcome.Throttled, wait);
        }
        if (string.IsNullOrWhiteSpace(key))
        {
            return (SignInOutcome.WrongKey, null);
        }
        VerifiedKey? verified;
        try
        {
            verified = await verifier.VerifyAsync(key.Trim(), http.RequestAborted);
        }
        catch (Exception ex) when (ServiceUnavailable.IsUnavailable(ex))
        {
            return (SignInOutcome.Unavailable, null);
        }
        if (verified is null)
        {
            throttle.Failed(address);
            return (SignInOutcome.WrongKey, null);
        }
        await http.SignInAsync(WebSession.Scheme, WebSession.Principal(verified, operatorKey), WebSession.NewProperties(time));
        return (SignInOutcome.SignedIn, null);
    }

    /// <summary><c>POST /signout</c>: a form with the antiforgery token, so no other site can sign anyone out.</summary>
    public static async Task<IResult> SignOutAsync(HttpContext http, IAntiforgery antiforgery)
    {
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return TypedResults.BadRequest();
        }
        await http.SignOutAsync(WebSession.Scheme);
        return TypedResults.Redirect(WebPaths.SignIn + "?signedOut=true");
    }
}
