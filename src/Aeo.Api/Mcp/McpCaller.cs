namespace Aeo.Api.Mcp;

/// <summary>Who calls a tool (from the API key on the request), and the refusals a tool gives as MCP errors.</summary>
public static class McpCaller
{
    public static ClaimsPrincipal User(this RequestContext<CallToolRequestParams> context) =>
        context.User ?? throw new McpException("No API key was presented.");

    public static McpException NotFound(string what) => new($"No such {what} (or it is not visible to this API key).");

    /// <summary>The fields at fault, as one message an agent can act on: "maxQuestions: At most 200. platforms[0]: …".</summary>
    public static McpException Invalid(ValidationErrors errors) =>
        new("Invalid arguments. " + string.Join(" ", errors.Fields.Select(f => $"{f.Key}: {string.Join(" ", f.Value)}")));

    public static (int Offset, int Page, int PageSize) Paging(int page, int pageSize, int maxPageSize)
    {
        if (page < 1)
        {
            throw new McpException("page: From 1.");
        }
        if (pageSize < 1 || pageSize > maxPageSize)
        {
            throw new McpException($"pageSize: From 1 to {maxPageSize}.");
        }
        return ((page - 1) * pageSize, page, pageSize);
    }

    public static bool MaySee(this RequestContext<CallToolRequestParams> context, Guid clientId) => context.User().MaySee(clientId);
}

/// <summary>A page of a longer list: read <c>total</c> and ask for the next page rather than a larger one.</summary>
public sealed record McpPage<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize);
