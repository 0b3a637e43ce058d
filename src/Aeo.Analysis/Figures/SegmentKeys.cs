namespace Aeo.Analysis.Figures;

/// <summary>How segments are named in <see cref="SegmentFigures.Key"/>.</summary>
public static class SegmentKeys
{
    public const string Overall = "overall";

    public static string ForPlatform(string platform) => "platform:" + platform;

    public static string ForCategory(string category) => "category:" + category;

    public static string ForQuestionType(string questionType) => "question_type:" + questionType;

    public static string ForPlatformAndQuestionType(string platform, string questionType) =>
        ForPlatform(platform) + "|" + ForQuestionType(questionType);
}
