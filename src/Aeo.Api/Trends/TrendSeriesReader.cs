using Aeo.Storage.Trends;

namespace Aeo.Api.Trends;

/// <summary>
/// A client's series of one metric, from the figures each run stored when it ended (a run that ended without them,
/// such as a cancelled one, is stored the first time it is asked for), never from the answers on every request. The
/// trends endpoint and the web app's overview read them here.
/// </summary>
public sealed class TrendSeriesReader(RunFiguresRecorder recorder, RunFiguresRepository figures)
{
    public async Task<IReadOnlyList<TrendSeries>> ReadAsync(Guid clientId, TrendQuery query, CancellationToken ct)
    {
        await recorder.RecordMissingAsync(clientId, ct);
        var observations = await figures.TrendAsync(
            new TrendFilter(clientId, query.Metric, query.QuestionType, query.Platform, query.Brand, query.From, query.To, query.ScheduleId), ct);
        return TrendBuilder.Build(observations);
    }
}
