namespace Aeo.Abstractions.Audits;

/// <summary>
/// Starts an audit run for a client from a template: the API does it for a request, a schedule for an occurrence. The
/// run's spec takes the client's brand and competitors as they are now. Starting the same run id again returns the run
/// as it is, which is what makes an id from <see cref="AuditRunIds.For"/> an idempotency key.
/// </summary>
public interface IAuditStarter
{
    /// <exception cref="InvalidOperationException">The client does not exist.</exception>
    /// <exception cref="Clients.RunLimitReachedException">The client is at its cap on runs at once and the policy is reject.</exception>
    Task<AuditRunView> StartAsync(Guid runId, Guid clientId, AuditTemplate template);
}
