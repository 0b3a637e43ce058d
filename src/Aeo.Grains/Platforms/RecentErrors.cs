namespace Aeo.Grains.Platforms;

/// <summary>Keeps the latest failed calls of a platform for display.</summary>
internal static class RecentErrors
{
    public const int Capacity = 20;
    private const int MaxMessageLength = 300;

    public static void Add(List<PlatformErrorView> errors, DateTimeOffset at, string errorClass, string? message, Guid? clientId)
    {
        var text = message ?? "";
        errors.Add(new PlatformErrorView(at, errorClass, text.Length > MaxMessageLength ? text[..MaxMessageLength] + "…" : text, clientId));
        if (errors.Count > Capacity)
        {
            errors.RemoveRange(0, errors.Count - Capacity);
        }
    }
}
