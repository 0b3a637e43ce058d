using System.Security.Cryptography;
using System.Text;

namespace Aeo.FakeProviders.Webhooks;

/// <summary>
/// A receiver's check of a Standard Webhooks signature, written from the specification and independent of the code
/// under test: the key is the base64 after <c>whsec_</c>; the signed content is <c>id.timestamp.body</c>; the header
/// holds space-separated <c>v1,&lt;base64&gt;</c> entries, any of which may match; the timestamp must be recent.
/// </summary>
public static class StandardWebhooksVerifier
{
    public static bool Verify(string secret, FakeRequest request, TimeSpan tolerance)
    {
        if (request.Header("webhook-id") is not { } id || request.Header("webhook-timestamp") is not { } stamp
            || request.Header("webhook-signature") is not { } header || !long.TryParse(stamp, out var seconds))
        {
            return false;
        }
        if ((DateTimeOffset.UtcNow - DateTimeOffset.FromUnixTimeSeconds(seconds)).Duration() > tolerance)
        {
            return false;
        }
        using var hmac = new HMACSHA256(Convert.FromBase64String(secret["whsec_".Length..]));
        var expected = hmac.ComputeHash(Encoding.UTF8.GetBytes($"{id}.{stamp}.{request.Body}"));
        foreach (var entry in header.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var comma = entry.IndexOf(',');
            if (comma > 0 && entry[..comma] == "v1"
                && CryptographicOperations.FixedTimeEquals(Convert.FromBase64String(entry[(comma + 1)..]), expected))
            {
                return true;
            }
        }
        return false;
    }
}
