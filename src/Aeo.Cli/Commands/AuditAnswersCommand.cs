namespace Aeo.Cli.Commands;

/// <summary><c>aeo audit answers RUN</c>: a page of a run's answers with the brands each names.</summary>
public static class AuditAnswersCommand
{
    private const int ExcerptLength = 160;

    public static Command Create(CliContext context)
    {
        var id = new Argument<Guid>("run") { Description = "The run's id." };
        var platform = new Option<string>("--platform") { Description = "Only this platform's answers." };
        var full = new Option<bool>("--full") { Description = "Print each answer's whole text instead of an excerpt." };
        var paging = new PagingOptions();
        var command = new Command("answers", CliContext.Describe(
            "List a run's answers by question, platform and sample, with the tracked brands each names (rank, sentiment).",
            "aeo audit answers 9b1e… --platform perplexity --page-size 10",
            "aeo audit answers 9b1e… --json | jq '.items[].mentions'"))
        {
            id, platform, full,
        };
        paging.AddTo(command);
        context.OnServer(command, async call =>
        {
            var path = AeoApiClient.WithQuery($"api/v1/audits/{call.Parse.GetValue(id)}/responses",
                [("platform", call.Parse.GetValue(platform)), .. paging.Query(call.Parse)]);
            var page = await call.Api.GetAsync(path, call.Ct);
            var wholeText = call.Parse.GetValue(full);
            return call.Show(page, p =>
            {
                var table = new Table().Border(TableBorder.Rounded).AddColumns("Q", "Platform", "Sample", "Brands (rank, stance)", "Answer");
                foreach (var answer in p.Items())
                {
                    var simulated = answer?["simulated"]?.GetValue<bool>() == true ? " [grey](simulated)[/]" : "";
                    table.AddRow(
                        answer.Text("questionOrdinal"),
                        answer.Text("platform").EscapeMarkup() + simulated,
                        answer.Text("sample"),
                        Mentions(answer),
                        Excerpt(answer.Text("text"), wholeText).EscapeMarkup());
                }
                call.Host.Console.Write(table);
                PageFooter.Write(call.Host.Console, p);
            });
        });
        return command;
    }

    private static string Mentions(JsonNode? answer)
    {
        var mentions = answer.Items("mentions")
            .Select(m => $"{m.Text("brand").EscapeMarkup()} #{m.Text("rank")} {m?["sentiment"].Text("label")}")
            .ToArray();
        return mentions.Length == 0 ? "[grey]none[/]" : string.Join("\n", mentions);
    }

    private static string Excerpt(string text, bool whole)
    {
        var flat = whole ? text : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return whole || flat.Length <= ExcerptLength ? flat : flat[..ExcerptLength] + "…";
    }
}
