using Aeo.Analysis.Answers;
using Aeo.Analysis.Answers.Reports;
using Aeo.Analysis.Brands;
using Aeo.Analysis.Citations;
using Aeo.Analysis.Sentiment;

namespace Aeo.Cli.Commands;

/// <summary>
/// <c>aeo analyze FILE|-</c>: the audit's own analysis (detection, the lexicon's sentiment, sources) on a pasted
/// answer, run here with no server; <c>--json</c> prints what <c>POST /api/v1/analysis/mentions</c> answers.
/// </summary>
public static class AnalyzeCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "A file holding the answer's text, or - to read standard input." };
        var brand = new Option<string>("--brand") { Description = $"The client's brand: {BrandSpec.Syntax}.", Required = true };
        var aliases = new Option<string[]>("--alias") { Description = "Another name of the brand (repeatable)." };
        var competitors = new Option<string[]>("--competitor") { Description = $"A competitor: {BrandSpec.Syntax} (repeatable)." };
        var sources = new Option<string[]>("--source") { Description = "A URL the engine cited with the answer (repeatable); without any, the links in the text count as cited." };
        var command = new Command("analyze", CliContext.Describe(
            "Find the brands in a pasted answer: mentions, rank, list place, sentiment and sources. Works offline.",
            "aeo analyze answer.md --brand \"Northwind CRM=northwindcrm.com\" --competitor HubSpot=hubspot.com --competitor Salesforce",
            "pbpaste | aeo analyze - --brand HubSpot --competitor Salesforce --json"))
        {
            file, brand, aliases, competitors, sources,
        };
        context.Offline(command, async (parse, ct) =>
        {
            var text = await ReadTextAsync(context.Host, parse.GetValue(file)!, ct);
            var client = BrandSpec.Parse(parse.GetValue(brand)!);
            var tracked = new[] { new BrandDefinition(client.Name, parse.GetValue(aliases) ?? [], client.Domains) }
                .Concat((parse.GetValue(competitors) ?? []).Select(BrandSpec.Parse).Select(c => new BrandDefinition(c.Name, [], c.Domains)))
                .ToArray();
            var duplicate = tracked.GroupBy(b => b.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
            if (duplicate is not null)
            {
                throw new CliUsageException($"'{duplicate.Key}' is named twice.");
            }
            var cited = (parse.GetValue(sources) ?? []).Select((url, i) => new Citation(url, null, CitationKind.Cited, i + 1)).ToArray();
            var sentiment = new LexiconSentimentProvider();
            var analyzed = await new AnswerAnalyzer(tracked, sentiment).AnalyzeAsync(text, cited, ct);
            var report = AnswerReport.From(text, analyzed);
            if (parse.GetValue(context.Json))
            {
                var json = JsonSerializer.SerializeToNode(report, JsonOutput.Indented)!.AsObject();
                json["sentimentProvider"] = sentiment.Name;
                context.WriteJson(json);
            }
            else
            {
                Render(context.Host.Console, report);
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static async Task<string> ReadTextAsync(CliHost host, string file, CancellationToken ct)
    {
        if (file == "-")
        {
            return await host.Input.ReadToEndAsync(ct);
        }
        return File.Exists(file) ? await File.ReadAllTextAsync(file, ct) : throw new CliUsageException($"No such file: {file}");
    }

    private static void Render(IAnsiConsole console, AnswerReport report)
    {
        if (report.Mentions.Count == 0)
        {
            console.MarkupLine("No tracked brand is mentioned.");
        }
        else
        {
            var mentions = new Table().Border(TableBorder.Rounded)
                .AddColumns("Brand", "Mentions", "Rank", "List place", "First at", "Sentiment", "Confidence");
            foreach (var mention in report.Mentions)
            {
                var stance = mention.Sentiment;
                mentions.AddRow(
                    mention.Brand.EscapeMarkup(),
                    Invariant(mention.Count),
                    Invariant(mention.Rank),
                    mention.ListPosition is { } place ? Invariant(place) : "–",
                    Invariant(mention.FirstOffset),
                    $"{stance.Label}{(stance.Mixed ? " (mixed)" : "")} {stance.Score.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture)}",
                    mention.Confidence.ToString("0.00", CultureInfo.InvariantCulture));
            }
            console.Write(mentions);
        }
        if (report.Citations.Count > 0)
        {
            var citations = new Table().Border(TableBorder.Rounded).AddColumns("#", "Source", "Kind", "Domain");
            foreach (var citation in report.Citations)
            {
                citations.AddRow(Invariant(citation.Position), citation.Url.EscapeMarkup(), citation.Kind, citation.RegistrableDomain.EscapeMarkup());
            }
            console.Write(citations);
        }
        foreach (var brand in report.BrandCitations)
        {
            console.MarkupLineInterpolated($"{brand.Brand}: sources {brand.Status} ({brand.CitedCount} cited, {brand.RetrievedCount} retrieved only)");
        }
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
