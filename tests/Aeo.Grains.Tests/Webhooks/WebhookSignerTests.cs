using System.Text;
using Aeo.Storage.Webhooks;

namespace Aeo.Grains.Tests.Webhooks;

public sealed class WebhookSignerTests
{
    [Fact]
    public void The_signature_matches_the_published_Standard_Webhooks_example()
    {
        var signature = WebhookSigner.Sign(
            "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, Encoding.UTF8.GetBytes("{\"test\": 2432232314}"));

        Assert.Equal("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", signature);
    }

    [Fact]
    public void A_new_secret_is_prefixed_base64_of_32_random_bytes_and_never_repeats()
    {
        var secrets = Enumerable.Range(0, 50).Select(_ => WebhookSigner.NewSecret()).ToList();

        Assert.All(secrets, s => Assert.Equal(32, Convert.FromBase64String(s[WebhookSigner.SecretPrefix.Length..]).Length));
        Assert.All(secrets, s => Assert.StartsWith("whsec_", s, StringComparison.Ordinal));
        Assert.Equal(50, secrets.Distinct().Count());
    }
}
