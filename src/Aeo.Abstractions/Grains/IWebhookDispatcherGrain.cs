using Orleans.Concurrency;

namespace Aeo.Abstractions.Grains;

/// <summary>
/// The cluster's webhook dispatcher (key 0): sends the due deliveries of the outbox. A reminder keeps it alive and brings
/// it back on another silo when its own dies; a poke after an event commits makes it look at once.
/// </summary>
[Alias("aeo.IWebhookDispatcherGrain")]
public interface IWebhookDispatcherGrain : IGrainWithIntegerKey
{
    /// <summary>Registers the keep-alive reminder; repeats change nothing.</summary>
    [Alias("arm")]
    Task ArmAsync();

    /// <summary>Something was enqueued: look for due deliveries now (returns at once).</summary>
    [Alias("poke")]
    [OneWay]
    Task PokeAsync();
}
