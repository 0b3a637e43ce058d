using System.ComponentModel.DataAnnotations;

namespace Aeo.Api.Http;

/// <summary>The HTTP front door's limits, bound from <c>Aeo:Http</c>.</summary>
public sealed class HttpOptions
{
    public const string Section = "Aeo:Http";

    /// <summary>The largest request body an <c>/api</c> route reads; larger is a 413 before anything is read.</summary>
    [Range(1024, 100 * 1024 * 1024)]
    public long MaxBodyBytes { get; set; } = 256 * 1024;

    /// <summary>The largest body of <c>POST /api/v1/analysis/mentions</c> (a pasted answer of up to 100,000 characters).</summary>
    [Range(1024, 100 * 1024 * 1024)]
    public long MaxAnalysisBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Event streams one key may hold open at once on one API process; one more is a 429.</summary>
    [Range(1, 10_000)]
    public int MaxEventStreamsPerKey { get; set; } = 10;
}
