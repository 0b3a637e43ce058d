namespace Aeo.Cli.Output;

/// <summary>Prints a refusal: the status, the problem's title and detail, and each field at fault with its messages.</summary>
public static class ProblemPrinter
{
    public static void Print(IAnsiConsole console, ServerRefusedException refused)
    {
        var problem = refused.Problem;
        var title = problem.Text("title") is { Length: > 0 } t ? t : refused.Status.ToString();
        console.MarkupLineInterpolated($"[red]error:[/] {(int)refused.Status} {title}");
        if (problem.Text("detail") is { Length: > 0 } detail)
        {
            console.MarkupLineInterpolated($"  {detail}");
        }
        if (problem?["errors"] is JsonObject errors)
        {
            foreach (var (field, messages) in errors)
            {
                var text = messages is JsonArray list ? string.Join(" ", list.Select(m => m?.GetValue<string>())) : messages?.ToJsonString();
                console.MarkupLineInterpolated($"  [yellow]{field}[/]: {text}");
            }
        }
    }
}
