using Aeo.Storage.Trends;

namespace Aeo.Api.Reports;

/// <summary>
/// Builds a run's <see cref="RunReport"/> from the tables, reading only what the report shows: the run's row and
/// snapshot, its figures as stored when it ended (computed from its answers' observations only for a run still under way,
/// <see cref="RunFiguresSource"/>), its cited sources aggregated by the database, a sample of answers per platform, its
/// questions, and what changed since the previous comparable run (<see cref="ReportRunChanges"/>).
/// </summary>
public sealed class RunReportBuilder(
    AuditRunRepository runs,
    ClientRepository clients,
    QuestionRepository questions,
    ResponseRepository responses,
    ReportRepository reports,
    RunFiguresSource figures,
    ReportRunChanges changes)
{
    /// <summary>How many cited domains the report lists.</summary>
    public const int TopDomains = 15;

    /// <summary>How many answers per platform the report shows in full.</summary>
    public const int SampleAnswersPerPlatform = 2;

    public async Task<RunReport?> BuildAsync(AuditRunRecord run, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (await runs.GetSpecAsync(run.Id, ct) is not { } spec)
        {
            return null;
        }
        var current = await figures.ForAsync(run, spec, answers: null, ct);
        var sources = CitationShare.ByDomain(
            await reports.CitedSourcesAsync(run.Id, ct), spec.TrackedBrands.Select(b => new TrackedDomainOwner(b.Name, b.Domains)).ToArray());
        var client = await clients.GetAsync(run.ClientId, ct);
        var aggregates = (await responses.AggregateAsync(run.Id, ct)).ToDictionary(a => a.Platform, StringComparer.Ordinal);
        var models = await reports.ModelsAsync(run.Id, ct);
        var platforms = spec.Platforms.Concat(aggregates.Keys.Except(spec.Platforms, StringComparer.Ordinal).Order(StringComparer.Ordinal))
            .Select(name => Platform(name, aggregates.GetValueOrDefault(name), models))
            .ToList();
        var samples = await reports.SampleAnswersAsync(run.Id, SampleAnswersPerPlatform, ct);
        var asked = await questions.ListAsync(run.Id, ct);

        var reportRun = new ReportRun(
            run.Id,
            run.Status.ToWire(),
            run.Status.IsTerminal(),
            platforms.Any(p => p.Simulated),
            run.CreatedAt,
            run.StartedAt,
            run.CompletedAt,
            asked.Count,
            spec.SamplesPerQuestion,
            run.TotalWorkItems,
            current.AnsweredCount,
            run.FailedWorkItems,
            aggregates.Values.Sum(a => a.CostUsd),
            aggregates.Values.Sum(a => a.UnknownCostAnswers));
        var matrix = current.ByPlatformAndQuestionType
            .Where(p => p.Value.ContainsKey(QuestionTypes.NonBranded))
            .ToDictionary(p => p.Key, p => p.Value[QuestionTypes.NonBranded], StringComparer.Ordinal);

        return new RunReport(
            RunReport.CurrentSchemaVersion,
            reportRun,
            new ReportClient(run.ClientId, client?.Name ?? spec.Brand.Name, spec.Industry, spec.Brand.Name, spec.Competitors.Select(c => c.Name).ToList()),
            platforms,
            spec.TrackedBrands.Select(b => new ReportBrand(b.Name, ReferenceEquals(b, spec.Brand), b.Domains)).ToList(),
            current.Headline,
            matrix,
            current.ByCategory,
            current.Overall,
            new ReportSources(sources.TotalCited, sources.Domains.Take(TopDomains).ToList()),
            await changes.SincePreviousAsync(run, ct),
            samples.Select(Sample).ToList(),
            asked.Select(q => new ReportQuestion(q.Ordinal, q.Text, q.Category, q.Type, q.TargetBrand)).ToList());
    }

    private static ReportPlatform Platform(string name, PlatformAggregate? aggregate, IReadOnlyList<PlatformModel> models) => new(
        name,
        models.Where(m => m.Platform == name).Select(m => m.Model).ToList(),
        aggregate?.IsSimulated ?? false,
        aggregate?.Succeeded ?? 0,
        aggregate?.Failed ?? 0,
        aggregate?.CostUsd ?? 0,
        aggregate?.AvgProcessingTimeMs ?? 0);

    private static ReportSampleAnswer Sample(ReportAnswerRow row) => new(
        row.Platform,
        row.Model,
        row.IsSimulated,
        row.Ordinal,
        row.Question,
        row.Category,
        row.Sample,
        row.Text,
        row.Mentions
            .OrderBy(m => m.Rank)
            .Select(m => new ReportMention(
                m.Brand, m.Count, m.Rank, m.ListPosition, m.Sentiment.Label, m.Sentiment.Score,
                m.Positions.Select(p => new ReportSpan(p.Start, p.Length)).ToList()))
            .ToList());
}
