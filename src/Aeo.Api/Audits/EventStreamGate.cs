using System.Collections.Concurrent;

namespace Aeo.Api.Audits;

/// <summary>Counts the event streams each key holds open on this process, up to <see cref="HttpOptions.MaxEventStreamsPerKey"/>.</summary>
public sealed class EventStreamGate(IOptions<HttpOptions> options)
{
    private readonly ConcurrentDictionary<string, int> open = new(StringComparer.Ordinal);

    public int Limit => options.Value.MaxEventStreamsPerKey;

    /// <summary>A place for one more stream of <paramref name="keyRef"/>, given back on dispose; null when the key holds its limit.</summary>
    public IDisposable? TryEnter(string keyRef)
    {
        while (true)
        {
            var current = open.GetOrAdd(keyRef, 0);
            if (current >= Limit)
            {
                return null;
            }
            if (open.TryUpdate(keyRef, current + 1, current))
            {
                return new Place(this, keyRef);
            }
        }
    }

    private void Leave(string keyRef)
    {
        while (open.TryGetValue(keyRef, out var current))
        {
            if (current <= 1 ? open.TryRemove(new KeyValuePair<string, int>(keyRef, current)) : open.TryUpdate(keyRef, current - 1, current))
            {
                return;
            }
        }
    }

    private sealed class Place(EventStreamGate gate, string keyRef) : IDisposable
    {
        private int left;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref left, 1) == 0)
            {
                gate.Leave(keyRef);
            }
        }
    }
}
