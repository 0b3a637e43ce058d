using Aeo.Abstractions.Grains;
using Aeo.Analysis.Questions;

namespace Aeo.Bench;

/// <summary>Builds audit specs with an exact question count and runs them through <see cref="IAuditRunGrain"/>.</summary>
internal static class Audits
{
    /// <summary>
    /// A spec that yields exactly <paramref name="questions"/> questions: the generator's templates first, topped up
    /// with numbered custom questions when the templates run out.
    /// </summary>
    public static AuditSpec Spec(Guid clientId, string[] platforms, int questions, int samples)
    {
        var generator = new QuestionGenerator();
        string[] custom = [];
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var count = generator.Generate(Request(questions, custom)).Count;
            if (count >= questions)
            {
                break;
            }
            custom = [.. custom, .. Enumerable.Range(custom.Length + 1, questions - count)
                .Select(i => $"Which {BenchHost.Industry} would you pick for team number {i}?")];
        }
        var spec = new AuditSpec(clientId, BenchHost.Brand, BenchHost.Competitors, BenchHost.Industry, [], platforms,
            questions, samples, custom, []);
        var produced = generator.Generate(Request(questions, custom)).Count;
        if (produced != questions)
        {
            throw new InvalidOperationException($"Asked for {questions} questions, the generator yields {produced}.");
        }
        return spec;
    }

    public static IReadOnlyList<string> QuestionTexts(AuditSpec spec) =>
        new QuestionGenerator().Generate(Request(spec.MaxQuestions, spec.CustomQuestions)).Select(q => q.Text).ToList();

    private static QuestionRequest Request(int questions, string[] custom) => new(
        BenchHost.Brand.Name, BenchHost.Competitors.Select(c => c.Name).ToArray(), BenchHost.Industry, [], questions, custom, []);

    /// <summary>Starts a run and polls it until it is terminal; the wall time runs from StartAsync to the poll that sees the end.</summary>
    public sealed record RunResult(TimeSpan Wall, AuditRunView View, DateTimeOffset ClientStart, TimeSpan StartCall);

    public static async Task<RunResult> RunAsync(
        IGrainFactory grains, AuditSpec spec, TimeSpan poll, TimeSpan timeout)
    {
        var run = grains.GetGrain<IAuditRunGrain>(Guid.CreateVersion7());
        var clientStart = DateTimeOffset.UtcNow;
        var watch = Stopwatch.StartNew();
        await run.StartAsync(spec);
        var startCall = watch.Elapsed;
        while (true)
        {
            var view = await run.GetStatusAsync() ?? throw new InvalidOperationException("The run vanished.");
            if (view.Status.IsTerminal())
            {
                return new RunResult(watch.Elapsed, view, clientStart, startCall);
            }
            if (watch.Elapsed > timeout)
            {
                throw new TimeoutException($"Run {view.RunId} is still {view.Status} after {timeout}: {view.CurrentOperation}");
            }
            await Task.Delay(poll);
        }
    }
}
