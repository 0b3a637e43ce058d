using System.Text.Json.Serialization;

namespace Aeo.Api.Mcp;

/// <summary>
/// The MCP server for AI agents at <c>/mcp</c> (streamable HTTP). Stateless, so any API process can answer any
/// request and every call is authorised by the API key it carries, scoped exactly like the HTTP API.
/// </summary>
public static class McpServerSetup
{
    public const string Route = "/mcp";

    /// <summary>The SDK's options with enums in the API's snake case; first, so it wins over the SDK's own enum converter.</summary>
    private static readonly JsonSerializerOptions ToolJson = WithSnakeCaseEnums(McpJsonUtilities.DefaultOptions);

    private static JsonSerializerOptions WithSnakeCaseEnums(JsonSerializerOptions defaults)
    {
        var options = new JsonSerializerOptions(defaults);
        options.Converters.Insert(0, new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        return options;
    }

    public static IServiceCollection AddAeoMcp(this IServiceCollection services)
    {
        services.AddMcpServer(options => options.ServerInstructions = Instructions)
            .WithHttpTransport(transport => transport.Stateless = true)
            .WithTools<RunTools>(ToolJson)
            .WithTools<TrendTools>(ToolJson)
            .WithTools<ChangeTools>(ToolJson)
            .WithTools<AnswerTools>(ToolJson)
            .WithTools<ScheduleTools>(ToolJson)
            .WithTools<PlatformTools>(ToolJson)
            .WithTools<AnalysisTools>(ToolJson)
            .WithTools<DiscoveryTools>(ToolJson)
            .WithTools<AuditWriteTools>(ToolJson);
        return services;
    }

    public static void MapAeoMcp(this IEndpointRouteBuilder app) =>
        app.MapMcp(Route).RequireAuthorization().ExcludeFromDescription();

    private const string Instructions =
        "Aeo audits how AI answer engines (ChatGPT, Claude, Perplexity, Gemini…) talk about a brand next to its competitors. "
        + "An audit run asks generated buyer questions on several platforms and measures the brand's visibility (mention rate), "
        + "share of voice, rank, sentiment and citations, with 95 % intervals. Start with list_runs; get_run gives a run's status "
        + "and headline figures; get_significant_changes says what changed significantly since the previous comparable run, compare_runs between two runs "
        + "you choose, and get_trends how a figure moved over time. Lists are paged: read total "
        + "and ask for the next page rather than a huge page. Tools marked WRITE change state (start_audit spends money on "
        + "real platforms, within the budget you give).";
}
