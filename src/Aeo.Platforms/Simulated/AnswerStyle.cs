namespace Aeo.Platforms.Simulated;

internal enum AnswerStyle
{
    List,
    Prose,
    Comparison,
    Table,
}

internal static class AnswerStyles
{
    public const string Mixed = "mixed";

    public static IReadOnlyList<string> ConfigurationValues { get; } = [Mixed, "list", "prose", "comparison", "table"];

    public static bool IsValid(string? configured)
        => configured is not null && ConfigurationValues.Contains(configured, StringComparer.OrdinalIgnoreCase);

    /// <summary>The configured style, or a random one per answer when the platform is <c>mixed</c>.</summary>
    public static AnswerStyle Choose(string configured, Random random)
        => configured.ToLowerInvariant() switch
        {
            "list" => AnswerStyle.List,
            "prose" => AnswerStyle.Prose,
            "comparison" => AnswerStyle.Comparison,
            "table" => AnswerStyle.Table,
            _ => (AnswerStyle)random.Next(4),
        };

    public static string Name(AnswerStyle style) => style.ToString().ToLowerInvariant();
}
