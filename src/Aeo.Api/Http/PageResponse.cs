namespace Aeo.Api.Http;

/// <summary>One page of a list: its items, how many there are in all, and which page of what size this is.</summary>
public sealed record PageResponse<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize);
