namespace Aeo.Api.Http;

/// <summary>The problem-details answers the endpoints share.</summary>
public static class Problems
{
    public static ValidationProblem Invalid(string field, string message) => Invalid(new Dictionary<string, string[]> { [field] = [message] });

    public static ValidationProblem Invalid(IDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, title: "The request is not valid.");

    public static NotFoundProblem NotFound(string what) => new($"No {what} with that id is visible to this key.");

    public static ConflictProblem Conflict(string detail) => new(detail);
}
