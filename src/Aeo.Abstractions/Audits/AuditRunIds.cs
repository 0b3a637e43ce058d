using System.Security.Cryptography;
using System.Text;

namespace Aeo.Abstractions.Audits;

public static class AuditRunIds
{
    /// <summary>
    /// A stable run id per (scope, key), so a repeated request cannot start a second run. The scope is the client for
    /// an API request's idempotency key and the schedule for an occurrence: ids never collide across scopes.
    /// </summary>
    public static Guid For(Guid scope, string idempotencyKey)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{scope:N}/{idempotencyKey}"));
        return new Guid(hash.AsSpan(0, 16));
    }
}
