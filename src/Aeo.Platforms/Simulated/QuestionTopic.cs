namespace Aeo.Platforms.Simulated;

/// <summary>Turns "What is the best CRM for a small agency?" into "CRM for a small agency" for use inside sentences.</summary>
internal static class QuestionTopic
{
    private static readonly string[] LeadingPhrases =
    [
        "what is the best ", "what are the best ", "what's the best ", "which is the best ", "which are the best ",
        "how do i choose ", "how to choose ", "can you recommend ", "recommend ", "what is ", "what are ", "which ",
        "best ", "top ",
    ];

    public static string Extract(string question)
    {
        var topic = question.Trim().TrimEnd('?', '.', '!', ' ');
        var prefix = LeadingPhrases.FirstOrDefault(p => topic.StartsWith(p, StringComparison.OrdinalIgnoreCase));
        if (prefix is not null)
        {
            topic = topic[prefix.Length..].TrimStart();
        }

        return topic.Length == 0 ? "this" : topic;
    }
}
