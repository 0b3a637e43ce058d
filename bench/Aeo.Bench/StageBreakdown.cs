using System.Diagnostics.Metrics;
using Aeo.Abstractions.Grains;
using Aeo.Analysis.Answers;
using Aeo.Abstractions.Platforms;
using Aeo.Analysis.Brands;
using Aeo.Analysis.Citations;
using Aeo.Analysis.Questions;
using Aeo.Analysis.Sentiment;
using Aeo.Grains.Analysis;
using Aeo.Grains.Questions;
using Aeo.Platforms;

namespace Aeo.Bench;

/// <summary>
/// Where scenario B's time goes: each stage of a work item timed on its own over the same items, one at a time on one
/// thread (so a stage's figure is its cost per item, not its share of a contended wall), plus the grain round trips a
/// work item makes, timed with the run's in-flight cap. The stages add up to roughly what one core spends per item.
/// </summary>
internal static class StageBreakdown
{
    public sealed record Stage(string Name, double MicrosPerItem, string Note);

    public static async Task<IReadOnlyList<Stage>> MeasureAsync(BenchHost host, AuditSpec spec, int items)
    {
        var services = host.Services;
        var registry = services.GetRequiredService<IAnswerEngineRegistry>();
        var brands = spec.TrackedBrands.ToArray();
        var definitions = brands.Select(b => new BrandDefinition(b.Name, b.Aliases, b.Domains)).ToArray();
        var detector = new BrandDetector(definitions);
        var owners = new PreparedDomainOwners(definitions.Select(b => new TrackedDomainOwner(b.Name, b.Domains ?? [])).ToArray());
        var lexicon = new LexiconSentimentProvider();
        var analyzer = new AnswerAnalyzer(definitions, lexicon);
        var questions = new QuestionGenerator().Generate(QuestionPlanner.RequestFor(spec)).Select(q => q.Text).ToArray();
        var platforms = spec.Platforms.ToArray();

        // The inputs, composed once, so each later stage sees exactly the same answers.
        var inputs = new List<(string Question, string Platform, int Sample, EngineAnswer Answer)>(items);
        var compose = Stopwatch.StartNew();
        for (var i = 0; i < items; i++)
        {
            var platform = platforms[i % platforms.Length];
            registry.TryGet(platform, out var engine);
            var question = questions[i / platforms.Length % questions.Length];
            var sample = i / (platforms.Length * questions.Length) + 1;
            inputs.Add((question, platform, sample, await engine!.AskAsync(AnswerRequests.For(question, sample, brands), CancellationToken.None)));
        }
        var stages = new List<Stage> { new("engine: compose the simulated answer", Micros(compose.Elapsed, items), "SimulatedAnswerEngine.AskAsync") };

        var detections = new List<IReadOnlyList<BrandMention>>(items);
        stages.Add(Time("analysis: brand detection", items, "BrandDetector.Detect (matching, contexts, flags, prominence)", () =>
        {
            foreach (var input in inputs)
            {
                detections.Add(detector.Detect(input.Answer.Text, input.Question));
            }
        }));
        stages.Add(Time("analysis: citations", items, "CitationAnalysis.For over the engine's sources, the brands' domains prepared once", () =>
        {
            foreach (var input in inputs)
            {
                var sources = input.Answer.Citations
                    .Select(c => new Citation(c.Url, c.Title, c.Cited ? CitationKind.Cited : CitationKind.Retrieved, c.Position)).ToArray();
                CitationAnalysis.For(sources, owners);
            }
        }));
        var targets = new List<IReadOnlyList<SentimentTarget>>(items);
        stages.Add(Time("analysis: sentiment targets", items, "SentimentTarget.ForAnswer (sentences and scopes per brand)", () =>
        {
            for (var i = 0; i < items; i++)
            {
                var spans = detections[i].SelectMany(m => m.Spans.Select(s => new BrandSpan(s.Start, s.Length, m.Brand))).OrderBy(s => s.Start).ToList();
                targets.Add(spans.Count == 0 ? [] : SentimentTarget.ForAnswer(inputs[i].Answer.Text, spans, inputs[i].Question));
            }
        }));
        stages.Add(Time("analysis: stance per brand", items, "LexiconSentimentProvider.AnalyzeMany (the answer's stance)", () =>
        {
            foreach (var t in targets)
            {
                lexicon.AnalyzeMany(t);
            }
        }));
        stages.Add(Time("analysis: reading at each mention", items, "LexiconSentimentProvider.AnalyzeMentions", () =>
        {
            foreach (var t in targets)
            {
                foreach (var target in t)
                {
                    lexicon.AnalyzeMentions(target);
                }
            }
        }));
        stages.Add(Time("analysis: stance + readings, one pass", items, "LexiconSentimentProvider.AnalyzeWithReadings (what the analyzer runs)", () =>
        {
            foreach (var t in targets)
            {
                lexicon.AnalyzeWithReadings(t);
            }
        }));

        var records = new List<ResponseRecord>(items);
        var runId = Guid.CreateVersion7();
        var questionIds = questions.Select(_ => Guid.CreateVersion7()).ToArray();
        stages.Add(await TimeAsync("analysis: whole AnswerAnalyzer + record", items, "AnswerRecords.AnalyzeAsync: all of the above plus AnswerReport.From", async () =>
        {
            for (var i = 0; i < items; i++)
            {
                var input = inputs[i];
                records.Add(await AnswerRecords.AnalyzeAsync(analyzer, runId, questionIds[i / platforms.Length % questions.Length], input.Platform,
                    input.Sample, input.Answer, DateTimeOffset.UtcNow, TimeSpan.Zero, CancellationToken.None, input.Question));
            }
        }));

        await PrepareRunAsync(services, runId, spec, questions, questionIds);
        var writer = services.GetRequiredService<ResponseBatchWriter>();
        var writes = new List<Task<bool>>(items);
        stages.Add(Time("storage: jsonb documents", items, "ResponseBatchWriter.WriteAsync's synchronous part (serialising the documents)", () =>
        {
            foreach (var record in records)
            {
                writes.Add(writer.WriteAsync(record));
            }
        }));
        var write = Stopwatch.StartNew();
        await Task.WhenAll(writes);
        stages.Add(new("storage: batched insert", Micros(write.Elapsed, items), $"the writer's batches into responses, {writes.Count(w => w.Result)} rows new (wall per item)"));

        stages.Add(await GateAsync(host, platforms, items));
        stages.AddRange(await FinalizationAsync(services, runId, spec, items));
        return stages;
    }

    /// <summary>What a run's end does with its stored answers, step by step as <c>RunFinalizer</c> takes them (wall per item).</summary>
    private static async Task<IReadOnlyList<Stage>> FinalizationAsync(IServiceProvider services, Guid runId, AuditSpec spec, int items)
    {
        var responses = services.GetRequiredService<ResponseRepository>();
        var stages = new List<Stage>();
        stages.Add(await TimeAsync("finalisation: settled items", items, "ResponseRepository.SettledItemsAsync (the check against the tables)",
            () => responses.SettledItemsAsync(runId, CancellationToken.None)));
        stages.Add(await TimeAsync("finalisation: aggregates", items, "ResponseRepository.AggregateAsync", () => responses.AggregateAsync(runId, CancellationToken.None)));
        IReadOnlyList<AnalyzedAnswerRow> rows = [];
        stages.Add(await TimeAsync("finalisation: read the analysed answers", items, "ResponseRepository.AnalyzedAnswersAsync",
            async () => rows = await responses.AnalyzedAnswersAsync(runId, CancellationToken.None)));
        var answers = new RunAnswers(spec, rows);
        Aeo.Analysis.Figures.RunFigures? figures = null;
        stages.Add(Time("finalisation: figures", items, "RunAnswers.Figures", () => figures = answers.Figures(plannedCount: null)));
        stages.Add(await TimeAsync("finalisation: store figures and observations", items, "RunFiguresRecorder.RecordAsync",
            () => services.GetRequiredService<Aeo.Storage.Trends.RunFiguresRecorder>().RecordAsync(
                runId, spec, figures!, answers.Answers.Select(a => new ObservedAnswer(a.QuestionId, a.Observation())).ToList(), CancellationToken.None)));
        stages.Add(await TimeAsync("finalisation: competitor discovery", items, "DiscoveryRecorder.RecordAtEndAsync",
            () => services.GetRequiredService<Aeo.Storage.Discovery.DiscoveryRecorder>().RecordAtEndAsync(runId, spec, CancellationToken.None)));
        return stages;
    }

    /// <summary>A lease and its outcome report per item, as a work item asks its platform's gate, 64 callers at once.</summary>
    private static async Task<Stage> GateAsync(BenchHost host, string[] platforms, int items)
    {
        var watch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, items), new ParallelOptions { MaxDegreeOfParallelism = 64 }, async (i, _) =>
        {
            var gate = host.Grains.GetGrain<IPlatformGrain>(platforms[i % platforms.Length]);
            var lease = await gate.AcquireAsync(100);
            await gate.ReportAsync(new CallOutcome(lease.Id, CallResult.Succeeded, 100, TimeSpan.Zero, null, null, false, null, null));
        });
        return new("gate: lease + outcome, straight to the grain", Micros(watch.Elapsed, items), "IPlatformGrain.AcquireAsync + ReportAsync, 64 at once (wall per item)");
    }

    private static async Task PrepareRunAsync(IServiceProvider services, Guid runId, AuditSpec spec, string[] questions, Guid[] ids)
    {
        await services.GetRequiredService<AuditRunRepository>().InsertAsync(runId, spec, DateTimeOffset.UtcNow, CancellationToken.None);
        await services.GetRequiredService<QuestionRepository>().InsertManyAsync(runId,
            questions.Select((q, i) => new QuestionRecord(ids[i], i, q, "bench", "bench", 1, null, "template", "")).ToList(), CancellationToken.None);
    }

    private static Stage Time(string name, int items, string note, Action body)
    {
        var watch = Stopwatch.StartNew();
        body();
        return new(name, Micros(watch.Elapsed, items), note);
    }

    private static async Task<Stage> TimeAsync(string name, int items, string note, Func<Task> body)
    {
        var watch = Stopwatch.StartNew();
        await body();
        return new(name, Micros(watch.Elapsed, items), note);
    }

    private static double Micros(TimeSpan elapsed, int items) => elapsed.TotalMicroseconds / items;

    /// <summary>
    /// Counts what Orleans and Npgsql report through their meters while a grains run goes on: messages sent and
    /// received, database commands; shown per work item.
    /// </summary>
    public sealed class MeterTally : IDisposable
    {
        private readonly MeterListener listener = new();
        private readonly Dictionary<string, double> sums = new(StringComparer.Ordinal);
        private readonly Lock gate = new();

        public MeterTally()
        {
            listener.InstrumentPublished = (instrument, l) =>
            {
                if ((instrument.Meter.Name.StartsWith("Microsoft.Orleans", StringComparison.Ordinal) || instrument.Meter.Name.StartsWith("Npgsql", StringComparison.Ordinal))
                    && instrument.GetType().Name.StartsWith("Counter", StringComparison.Ordinal))
                {
                    l.EnableMeasurementEvents(instrument);
                }
            };
            listener.SetMeasurementEventCallback<long>((instrument, value, _, _) => Add(instrument.Name, value));
            listener.SetMeasurementEventCallback<int>((instrument, value, _, _) => Add(instrument.Name, value));
            listener.SetMeasurementEventCallback<double>((instrument, value, _, _) => Add(instrument.Name, value));
            listener.Start();
        }

        private void Add(string name, double value)
        {
            lock (gate)
            {
                sums[name] = sums.GetValueOrDefault(name) + value;
            }
        }

        public IReadOnlyList<(string Name, double Sum)> Snapshot()
        {
            lock (gate)
            {
                return sums.Where(s => s.Value > 0).OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => (s.Key, s.Value)).ToList();
            }
        }

        public void Dispose() => listener.Dispose();
    }
}
