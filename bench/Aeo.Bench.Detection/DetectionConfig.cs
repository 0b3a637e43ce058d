using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Aeo.Bench.Detection;

/// <summary>
/// A short job run in process (no separate build), so all nine cases finish in a few minutes on a busy machine,
/// with throughput and speed-up columns beside BenchmarkDotNet's own.
/// </summary>
public sealed class DetectionConfig : ManualConfig
{
    public DetectionConfig()
    {
        AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance).WithId("ShortRun-InProcess"));
        AddColumn(ThroughputColumn.MegabytesPerSecond, ThroughputColumn.TimesFasterThanBaseline);
        AddDiagnoser(MemoryDiagnoser.Default);
        HideColumns(Column.Error, Column.StdDev);
    }
}
