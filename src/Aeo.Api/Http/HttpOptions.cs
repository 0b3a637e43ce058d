namespace Aeo.Api.Http;

/// <summary>The HTTP front door's limits, headers and where the operational endpoints are served, bound from <c>Aeo:Http</c>.</summary>
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

    /// <summary>
    /// A second port serving <c>/metrics</c> and <c>/openapi</c> without a key (for Prometheus and tooling inside the
    /// cluster); they are then not served on the public port at all. Unset: they are served on the public port, behind
    /// the operator key unless <see cref="ProtectOperationalEndpoints"/> is false.
    /// </summary>
    [Range(1, 65535)]
    public int? InternalPort { get; set; }

    /// <summary>Without an <see cref="InternalPort"/>: whether the operational endpoints need the operator key.</summary>
    public bool ProtectOperationalEndpoints { get; set; } = true;

    /// <summary>
    /// How long <c>GET /api/v1/audits/{id}</c> answers from the run's last status read on this process instead of asking
    /// its grain again (<see cref="Audits.RunStatusCache"/>); 0 asks the grain on every request.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:10")]
    public TimeSpan StatusCacheDuration { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>The <c>Strict-Transport-Security</c> max-age sent on responses served over https.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "730.00:00:00")]
    public TimeSpan HstsMaxAge { get; set; } = TimeSpan.FromDays(365);
}
