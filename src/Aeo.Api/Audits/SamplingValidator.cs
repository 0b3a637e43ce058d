namespace Aeo.Api.Audits;

/// <summary>Checks an audit request's <c>sampling</c>: fixed (the default) or adaptive with a target and a maximum.</summary>
public static class SamplingValidator
{
    public const string Fixed = "fixed";
    public const string Adaptive = "adaptive";

    /// <summary>A half-width above this is wider than any rate's whole range on one side of one half.</summary>
    private const double MaxHalfWidth = 0.5;

    public static void Validate(ValidationErrors errors, CreateAuditRequest request, AuditOptions bounds)
    {
        if (request.Sampling is not { } sampling)
        {
            return;
        }
        if (IsAdaptive(sampling))
        {
            if (sampling.TargetHalfWidth is not { } target)
            {
                errors.Add("sampling.targetHalfWidth", "Required with adaptive sampling: the 95 % interval's half-width to reach, e.g. 0.05.");
            }
            else if (!(target > 0 && target <= MaxHalfWidth))
            {
                errors.Add("sampling.targetHalfWidth", FormattableString.Invariant($"Must be more than 0 and at most {MaxHalfWidth}."));
            }
            if (sampling.MaxSamplesPerQuestion is not { } max)
            {
                errors.Add("sampling.maxSamplesPerQuestion", "Required with adaptive sampling: the most samples one question may get on one platform.");
            }
            else if (max < 2 || max > bounds.MaxSamplesPerQuestion)
            {
                errors.Add("sampling.maxSamplesPerQuestion", $"Must be between 2 and {bounds.MaxSamplesPerQuestion}.");
            }
            if (request.SamplesPerQuestion is not (null or 1))
            {
                errors.Add("samplesPerQuestion", "Leave it out with adaptive sampling: the first pass asks one sample, and sampling.maxSamplesPerQuestion bounds the rest.");
            }
        }
        else if (string.Equals(sampling.Mode?.Trim(), Fixed, StringComparison.OrdinalIgnoreCase))
        {
            if (sampling.TargetHalfWidth is not null)
            {
                errors.Add("sampling.targetHalfWidth", "Only with adaptive sampling.");
            }
            if (sampling.MaxSamplesPerQuestion is not null)
            {
                errors.Add("sampling.maxSamplesPerQuestion", "Only with adaptive sampling; fixed sampling asks samplesPerQuestion.");
            }
        }
        else
        {
            errors.Add("sampling.mode", $"Must be '{Fixed}' or '{Adaptive}'.");
        }
    }

    /// <summary>The adaptive sampling a validated request asks for; null for fixed sampling.</summary>
    public static AdaptiveSamplingSpec? SpecOf(SamplingInput? sampling) =>
        sampling is not null && IsAdaptive(sampling)
            ? new AdaptiveSamplingSpec(sampling.TargetHalfWidth!.Value, sampling.MaxSamplesPerQuestion!.Value)
            : null;

    private static bool IsAdaptive(SamplingInput sampling) =>
        string.Equals(sampling.Mode?.Trim(), Adaptive, StringComparison.OrdinalIgnoreCase);
}
