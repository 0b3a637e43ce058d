using Aeo.Abstractions.Grains;
using Aeo.Abstractions.Platforms;
using Microsoft.Extensions.Logging;

namespace Aeo.Grains.Platforms;

/// <summary>Waits for call slots in a platform's cluster-wide budget (<see cref="IPlatformGrain"/>).</summary>
public sealed class PlatformSlots(IGrainFactory grains, TimeProvider time, ILogger<PlatformSlots> logger)
{
    /// <summary>Returns once a slot is granted and still valid; a slot missed by more than its grace is given up and asked again.</summary>
    public async Task WaitAsync(string platformName, CancellationToken ct)
    {
        var platform = grains.GetGrain<IPlatformGrain>(platformName);
        while (true)
        {
            RatePermit permit;
            try
            {
                permit = await platform.AcquireAsync();
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The budget's silo may just have died; its next activation answers shortly.
                logger.LogInformation(ex, "Platform budget of {Platform} unavailable; asking again", platformName);
                await Task.Delay(TimeSpan.FromMilliseconds(250 + Random.Shared.Next(0, 250)), time, ct);
                continue;
            }
            var wait = permit.At - time.GetUtcNow();
            if (!permit.Granted)
            {
                // Spread refused callers out so they do not all come back in the same instant.
                wait += TimeSpan.FromMilliseconds(Random.Shared.Next(0, 200));
            }
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, ct);
            }
            if (permit.Granted && time.GetUtcNow() <= permit.StartBy)
            {
                return;
            }
        }
    }
}
