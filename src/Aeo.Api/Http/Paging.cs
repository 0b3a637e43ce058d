namespace Aeo.Api.Http;

/// <summary><c>page</c> (from 1) and <c>pageSize</c> (1–200, default 50) from the query string.</summary>
public readonly record struct Paging(int Page, int PageSize)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    public int Offset => (Page - 1) * PageSize;

    /// <summary>This page of a list of <paramref name="total"/> items.</summary>
    public PageResponse<T> Of<T>(IEnumerable<T> items, int total) => new(items.ToList(), total, Page, PageSize);

    public static bool TryRead(int? page, int? pageSize, ValidationErrors errors, out Paging paging)
    {
        paging = new Paging(page ?? 1, pageSize ?? DefaultPageSize);
        if (paging.Page < 1)
        {
            errors.Add("page", "Must be 1 or more.");
        }
        if (paging.PageSize is < 1 or > MaxPageSize)
        {
            errors.Add("pageSize", $"Must be between 1 and {MaxPageSize}.");
        }
        return !errors.Any;
    }
}
