namespace Aeo.Cli.Output;

public static class PageFooter
{
    /// <summary>"page 1 of 3 (120 in all)" under a paged list.</summary>
    public static void Write(IAnsiConsole console, JsonNode page)
    {
        var total = (int)(page.Number("total") ?? 0);
        var size = Math.Max((int)(page.Number("pageSize") ?? 1), 1);
        var pages = Math.Max((total + size - 1) / size, 1);
        console.MarkupLineInterpolated($"[grey]page {page.Text("page")} of {pages} ({total} in all)[/]");
    }
}
