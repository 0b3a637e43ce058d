using System.Net;
using System.Net.Sockets;

namespace Aeo.Chaos;

/// <summary>Picks a loopback TCP port nobody listens on.</summary>
internal static class FreePort
{
    public static int Pick()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
