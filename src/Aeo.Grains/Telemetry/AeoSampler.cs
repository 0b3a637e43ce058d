using System.Diagnostics;
using OpenTelemetry.Trace;

namespace Aeo.Grains.Telemetry;

/// <summary>
/// Decides which spans are recorded. Not recording, every span is dropped, which still creates it with its ids (what
/// the logs and problem details show, and what grain calls pass on). Recording, a span follows its parent's decision;
/// a span with no parent is kept unless it is an outgoing call (<see cref="ActivityKind.Client"/>): those are the
/// background polls of membership, reminders and the response writer, which would drown the traces of requests and runs.
/// </summary>
internal sealed class AeoSampler(bool record) : Sampler
{
    private static readonly SamplingResult Keep = new(SamplingDecision.RecordAndSample);
    private static readonly SamplingResult Drop = new(SamplingDecision.Drop);

    public override SamplingResult ShouldSample(in SamplingParameters samplingParameters)
    {
        if (!record)
        {
            return Drop;
        }
        var parent = samplingParameters.ParentContext;
        if (parent.TraceId != default)
        {
            return parent.TraceFlags.HasFlag(ActivityTraceFlags.Recorded) ? Keep : Drop;
        }
        return samplingParameters.Kind == ActivityKind.Client ? Drop : Keep;
    }
}
