namespace Aeo.Api.Auth;

/// <summary>How keys are checked, bound from <c>Aeo:Auth</c> (the operator key itself is read at start, see <see cref="OperatorKey"/>).</summary>
public sealed class AuthOptions
{
    public const string Section = "Aeo:Auth";

    /// <summary>
    /// How long a verified client key is believed without asking the database again. This is the longest a revoked or
    /// rotated-out key keeps working on an API process, so keep it short.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan KeyCacheDuration { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a key found to be unknown is remembered as such, so repeating it costs no database round trip.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan UnknownKeyCacheDuration { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Failed sign-ins (a key presented and refused) one address may have within <see cref="FailedSignInWindow"/>.</summary>
    [Range(1, 100_000)]
    public int FailedSignInLimit { get; set; } = 20;

    /// <summary>Past the limit, the address is answered 429 without its key being checked until the window ends.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan FailedSignInWindow { get; set; } = TimeSpan.FromMinutes(1);
}
