namespace Aeo.Cli.Commands;

/// <summary><c>--page</c> and <c>--page-size</c>, passed to the API's paged lists as they are (it checks them).</summary>
public sealed class PagingOptions
{
    public Option<int?> Page { get; } = new("--page") { Description = "Page number, from 1." };

    public Option<int?> PageSize { get; } = new("--page-size") { Description = "Items per page, 1–200 (default 50)." };

    public void AddTo(Command command)
    {
        command.Add(Page);
        command.Add(PageSize);
    }

    public (string, object?)[] Query(ParseResult parse) => [("page", parse.GetValue(Page)), ("pageSize", parse.GetValue(PageSize))];
}
