using System.Net;
using System.Net.Sockets;

namespace Aeo.Platforms.Tests.Providers;

/// <summary>What every adapter's failure tests share: catching the classified error, checking it leaks no key, and an address nobody listens on.</summary>
internal static class ProviderFailures
{
    public static async Task<AnswerEngineException> FailureOf(Func<Task> call, string apiKey)
    {
        var error = await Assert.ThrowsAsync<AnswerEngineException>(call);
        AssertNoKey(error, apiKey);
        return error;
    }

    /// <summary>The key appears in no message of the exception chain and not in its ToString (which includes inner exceptions and stack).</summary>
    public static void AssertNoKey(Exception error, string apiKey)
    {
        Assert.DoesNotContain(apiKey, error.ToString(), StringComparison.Ordinal);
        for (var each = error; each is not null; each = each.InnerException)
        {
            Assert.DoesNotContain(apiKey, each.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(apiKey, each.ToString(), StringComparison.Ordinal);
        }
    }

    /// <summary>A loopback URL whose port was just released, so connecting to it is refused.</summary>
    public static Uri ClosedPortUrl(string path)
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}/{path}");
    }
}
