namespace Aeo.Api.Reports;

/// <summary>
/// <c>GET /api/v1/audits/{id}/report?format=html|csv|json</c>: the run report. A client key sees its own runs only
/// (another's is 404); a run that has not ended is 409 unless <c>partial=true</c>. CSV takes <c>table=responses</c>
/// (the default), <c>sources</c> or <c>questions</c>.
/// </summary>
public static class ReportEndpoints
{
    private static readonly string[] Formats = ["html", "csv", "json"];
    private static readonly string[] Tables = ["responses", "sources", "questions"];

    public static void MapReportEndpoints(this RouteGroupBuilder api) =>
        api.MapGet("/audits/{id:guid}/report", ReportAsync).WithTags("Audits");

    private static async Task<Results<RunReportResult, ValidationProblem, NotFoundProblem, ConflictProblem>> ReportAsync(
        Guid id,
        ClaimsPrincipal user,
        AuditRunRepository runs,
        ReportRepository reports,
        QuestionRepository questions,
        RunReportBuilder builder,
        string? format,
        string? table,
        string? partial,
        CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var wanted = format ?? "html";
        if (!Formats.Contains(wanted, StringComparer.Ordinal))
        {
            errors.Add("format", "One of html, csv or json.");
        }
        if (table is not null && wanted != "csv")
        {
            errors.Add("table", "Only a CSV report has tables; leave it out or ask for format=csv.");
        }
        else if (table is not null && !Tables.Contains(table, StringComparer.Ordinal))
        {
            errors.Add("table", "One of responses, sources or questions.");
        }
        var allowPartial = false;
        if (partial is not null && !bool.TryParse(partial, out allowPartial))
        {
            errors.Add("partial", "true or false.");
        }
        if (errors.Any)
        {
            return errors.ToResult();
        }

        if (await runs.GetAsync(id, ct) is not { } run || !user.MaySee(run.ClientId) || await runs.GetSpecAsync(id, ct) is not { } spec)
        {
            return Problems.NotFound("audit");
        }
        if (!run.Status.IsTerminal() && !allowPartial)
        {
            return Problems.Conflict($"The run is still {run.Status.ToWire()}; ask again when it has ended, or add partial=true for what it has so far.");
        }

        if (wanted == "csv")
        {
            var name = table ?? "responses";
            return RunReportResult.OfCsv($"audit-{id}-{name}.csv", name switch
            {
                "sources" => (writer, token) => CsvReportWriter.WriteSourcesAsync(writer, id, spec, reports.StreamAnswersAsync(id, token), token),
                "questions" => async (writer, token) => await CsvReportWriter.WriteQuestionsAsync(writer, id, await questions.ListAsync(id, token)),
                _ => (writer, token) => CsvReportWriter.WriteResponsesAsync(writer, id, spec, reports.StreamAnswersAsync(id, token), token),
            });
        }
        if (await builder.BuildAsync(run, ct) is not { } report)
        {
            return Problems.NotFound("audit");
        }
        return wanted == "json" ? RunReportResult.OfJson(report) : RunReportResult.OfHtml(HtmlReportWriter.Render(report));
    }
}
