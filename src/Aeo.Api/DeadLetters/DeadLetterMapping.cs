namespace Aeo.Api.DeadLetters;

public static class DeadLetterMapping
{
    public static DeadLetterResponse ToResponse(DeadLetterView d) => new(
        d.Id, d.RunId, d.QuestionId, d.QuestionText, d.Platform, d.Sample, d.ErrorClass, d.Message, d.Attempts, d.FirstFailedAt,
        d.LastFailedAt);
}
