using System.ComponentModel.DataAnnotations;

namespace Aeo.Abstractions.Maintenance;

/// <summary>Retention, bound from <c>Aeo:Retention</c>.</summary>
public sealed class RetentionOptions
{
    public const string Section = "Aeo:Retention";

    /// <summary>Ended runs older than this many days are deleted with their questions and answers; 0 keeps everything.</summary>
    [Range(0, 36_500)]
    public int Days { get; set; } = 90;

    /// <summary>Access-log rows older than this many days are deleted by the same pass; 0 keeps them all.</summary>
    [Range(0, 36_500)]
    public int AccessLogDays { get; set; } = 90;

    /// <summary>How often retention runs (its reminder's period; never below the silos' reminder minimum).</summary>
    public TimeSpan Period { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Runs deleted per statement, so one pass never holds a long lock.</summary>
    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 100;
}
