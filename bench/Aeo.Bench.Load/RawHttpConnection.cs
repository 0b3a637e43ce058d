using System.Net.Sockets;
using System.Text;

namespace Aeo.Bench.Load;

/// <summary>
/// One keep-alive HTTP/1.1 connection that sends a fixed GET and reads the answer (Content-Length or chunked), as wrk
/// does: no header collections, no content objects, so the load generator costs far less than the server it measures
/// (an HttpClient on the same two cores would cost about as much as the route and hide the difference between routes).
/// </summary>
internal sealed class RawHttpConnection : IAsyncDisposable
{
    private readonly Socket socket;
    private readonly byte[] request;
    private readonly byte[] buffer = new byte[64 * 1024];
    private int start;
    private int end;

    private RawHttpConnection(Socket socket, byte[] request)
    {
        this.socket = socket;
        this.request = request;
    }

    public static async Task<RawHttpConnection> OpenAsync(Uri baseAddress, string route, string? apiKey)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        await socket.ConnectAsync(baseAddress.Host, baseAddress.Port);
        var text = new StringBuilder()
            .Append("GET ").Append(route).Append(" HTTP/1.1\r\n")
            .Append("Host: ").Append(baseAddress.Authority).Append("\r\n")
            .Append(apiKey is null ? "" : $"Authorization: Bearer {apiKey}\r\n")
            .Append("Accept: application/json\r\n\r\n")
            .ToString();
        return new RawHttpConnection(socket, Encoding.ASCII.GetBytes(text));
    }

    /// <summary>Sends the request and reads its answer; returns the status code.</summary>
    public async Task<int> SendAsync()
    {
        await socket.SendAsync(request, SocketFlags.None);
        int headerEnd;
        while ((headerEnd = IndexOf("\r\n\r\n"u8, start)) < 0)
        {
            await FillAsync();
        }
        var status = int.Parse(Encoding.ASCII.GetString(buffer, start + 9, 3), CultureInfo.InvariantCulture);
        var headers = Encoding.ASCII.GetString(buffer, start, headerEnd - start);
        start = headerEnd + 4;
        if (Header(headers, "content-length") is { } length)
        {
            await SkipAsync(int.Parse(length, CultureInfo.InvariantCulture));
        }
        else if (Header(headers, "transfer-encoding") is { } encoding && encoding.Contains("chunked", StringComparison.OrdinalIgnoreCase))
        {
            while (true)
            {
                int lineEnd;
                while ((lineEnd = IndexOf("\r\n"u8, start)) < 0)
                {
                    await FillAsync();
                }
                var size = Convert.ToInt32(Encoding.ASCII.GetString(buffer, start, lineEnd - start).Split(';')[0].Trim(), 16);
                start = lineEnd + 2;
                await SkipAsync(size + 2);
                if (size == 0)
                {
                    break;
                }
            }
        }
        return status;
    }

    private static string? Header(string headers, string name)
    {
        foreach (var line in headers.Split("\r\n"))
        {
            var colon = line.IndexOf(':');
            if (colon > 0 && line.AsSpan(0, colon).Trim().Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return line[(colon + 1)..].Trim();
            }
        }
        return null;
    }

    private async Task SkipAsync(int count)
    {
        while (end - start < count)
        {
            count -= end - start;
            start = end = 0;
            await FillAsync();
        }
        start += count;
    }

    private int IndexOf(ReadOnlySpan<byte> value, int from)
    {
        var at = buffer.AsSpan(from, end - from).IndexOf(value);
        return at < 0 ? -1 : from + at;
    }

    private async Task FillAsync()
    {
        if (start == end)
        {
            start = end = 0;
        }
        else if (end == buffer.Length)
        {
            Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
            end -= start;
            start = 0;
        }
        var read = await socket.ReceiveAsync(buffer.AsMemory(end), SocketFlags.None);
        if (read == 0)
        {
            throw new IOException("The server closed the connection.");
        }
        end += read;
    }

    public ValueTask DisposeAsync()
    {
        socket.Dispose();
        return ValueTask.CompletedTask;
    }
}
