namespace Aeo.Api.Admin;

/// <summary>Checks the operator's recovery and cleanup requests; every field is optional, and given ones must be in range.</summary>
public static class AdminRequestValidator
{
    public const int MaxStalledAfterMinutes = 7 * 24 * 60;
    public const int MaxRetentionDays = 36_500;

    public static ValidationErrors Validate(RecoveryRequest request)
    {
        var errors = new ValidationErrors();
        if (request.MaxRetries is < 1 or > 10)
        {
            errors.Add("maxRetries", "Must be between 1 and 10.");
        }
        if (request.StalledAfterMinutes is < 1 or > MaxStalledAfterMinutes)
        {
            errors.Add("stalledAfterMinutes", $"Must be between 1 and {MaxStalledAfterMinutes}.");
        }
        return errors;
    }

    public static ValidationErrors Validate(CleanupRequest request)
    {
        var errors = new ValidationErrors();
        if (request.OlderThanDays is < 1 or > MaxRetentionDays)
        {
            errors.Add("olderThanDays", $"Must be between 1 and {MaxRetentionDays}.");
        }
        return errors;
    }
}
