using Aeo.Storage.Trends;
using Aeo.Storage.Webhooks;

namespace Aeo.Storage.Repositories;

/// <summary>
/// What the save that ends a run writes with it, in its transaction: the webhook events the end reports and the run's
/// tested change families (<see cref="RunChangeStore"/>).
/// </summary>
public sealed record RunEndRecords(IReadOnlyList<WebhookEvent> Events, IReadOnlyList<StoredChangeFamily> Changes)
{
    public static RunEndRecords None { get; } = new([], []);
}
