namespace Aeo.Api.Web.Endpoints;

/// <summary>
/// <c>GET /app/runs/{id}/report?format=html|csv&amp;table=…</c>: the run report of the API (<see cref="Reports.RunReportBuilder"/>,
/// <see cref="Reports.HtmlReportWriter"/>, <see cref="Reports.CsvReportWriter"/>) on the session cookie, for the run page's links.
/// Another client's run is a 404; a run that has not ended gets what it has so far, marked partial.
/// </summary>
public static class WebRunReports
{
    public static void MapRunReports(this RouteGroupBuilder web) => web.MapGet("/runs/{id:guid}/report", ReportAsync);

    private static async Task<IResult> ReportAsync(
        Guid id, string? format, string? table, ClaimsPrincipal user, AuditRunRepository runs, ReportRepository reports,
        QuestionRepository questions, Reports.RunReportBuilder builder, CancellationToken ct)
    {
        if (await runs.GetAsync(id, ct) is not { } run || !user.MaySee(run.ClientId) || await runs.GetSpecAsync(id, ct) is not { } spec)
        {
            return TypedResults.NotFound();
        }
        switch (format ?? "html")
        {
            case "csv":
                var name = table ?? "responses";
                Func<TextWriter, CancellationToken, Task>? write = name switch
                {
                    "responses" => (writer, token) => Reports.CsvReportWriter.WriteResponsesAsync(writer, id, spec, reports.StreamAnswersAsync(id, token), token),
                    "sources" => (writer, token) => Reports.CsvReportWriter.WriteSourcesAsync(writer, id, spec, reports.StreamAnswersAsync(id, token), token),
                    "questions" => async (writer, token) => await Reports.CsvReportWriter.WriteQuestionsAsync(writer, id, await questions.ListAsync(id, token)),
                    _ => null,
                };
                return write is null ? TypedResults.NotFound() : Reports.RunReportResult.OfCsv($"audit-{id}-{name}.csv", write);
            case "html":
                return await builder.BuildAsync(run, ct) is { } report
                    ? Reports.RunReportResult.OfHtml(Reports.HtmlReportWriter.Render(report))
                    : TypedResults.NotFound();
            default:
                return TypedResults.NotFound();
        }
    }
}
