using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace Aeo.Api.Tests.Support;

/// <summary>A real MCP client (the SDK's, streamable HTTP) connected to the API's <c>/mcp</c> with one API key.</summary>
internal sealed class McpSession(McpClient client) : IAsyncDisposable
{
    public McpClient Client { get; } = client;

    public static async Task<McpSession> ConnectAsync(ApiServer server, string? apiKey)
    {
        Dictionary<string, string> headers = [];
        if (apiKey is not null)
        {
            headers["Authorization"] = $"Bearer {apiKey}";
        }
        var transport = new HttpClientTransport(new HttpClientTransportOptions
        {
            Endpoint = new Uri(server.BaseAddress, "/mcp"),
            TransportMode = HttpTransportMode.StreamableHttp,
            AdditionalHeaders = headers,
        });
        return new McpSession(await McpClient.CreateAsync(transport));
    }

    /// <summary>Calls a tool that must succeed and returns its JSON result.</summary>
    public async Task<JsonNode> CallAsync(string tool, Dictionary<string, object?>? arguments = null)
    {
        var result = await Client.CallToolAsync(tool, arguments ?? []);
        var text = Text(result);
        Assert.True(result.IsError != true, $"{tool} failed: {text}");
        return JsonNode.Parse(text)!;
    }

    /// <summary>Calls a tool that must fail and returns the message the agent is given.</summary>
    public async Task<string> RefusedAsync(string tool, Dictionary<string, object?> arguments)
    {
        var result = await Client.CallToolAsync(tool, arguments);
        var text = Text(result);
        Assert.True(result.IsError == true, $"{tool} succeeded: {text}");
        return text;
    }

    private static string Text(CallToolResult result) => string.Concat(result.Content.OfType<TextContentBlock>().Select(t => t.Text));

    public ValueTask DisposeAsync() => Client.DisposeAsync();
}
