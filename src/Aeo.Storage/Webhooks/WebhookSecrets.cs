using Microsoft.AspNetCore.DataProtection;

namespace Aeo.Storage.Webhooks;

/// <summary>Webhook secrets at rest: encrypted with Data Protection, whose key ring every API and silo process shares.</summary>
public sealed class WebhookSecrets(IDataProtectionProvider provider)
{
    private readonly IDataProtector protector = provider.CreateProtector("Aeo.Webhooks.Secret.v1");

    public string Protect(string secret) => protector.Protect(secret);

    public string Unprotect(string protectedSecret) => protector.Unprotect(protectedSecret);
}
