namespace Aeo.Api.Http;

/// <summary>Collects errors per field (JSON paths such as <c>competitors[2].name</c>).</summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> errors = [];

    public bool Any => errors.Count > 0;

    /// <summary>Each field at fault with its messages, for callers that report errors other than as a 400.</summary>
    public IReadOnlyDictionary<string, List<string>> Fields => errors;

    public void Add(string field, string message)
    {
        if (!errors.TryGetValue(field, out var list))
        {
            errors[field] = list = [];
        }
        list.Add(message);
    }

    public void Required(string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, "Required.");
        }
        else if (value.Length > maxLength)
        {
            Add(field, $"At most {maxLength} characters.");
        }
    }

    public void Texts(string field, IReadOnlyList<string?>? values, int maxCount, int maxLength)
    {
        if (values is null)
        {
            return;
        }
        if (values.Count > maxCount)
        {
            Add(field, $"At most {maxCount} entries.");
        }
        for (var i = 0; i < values.Count; i++)
        {
            Required($"{field}[{i}]", values[i], maxLength);
        }
    }

    /// <summary>Adds <paramref name="other"/>'s errors with their fields under <paramref name="prefix"/> (<c>audit.platforms[0]</c>).</summary>
    public void AddNested(string prefix, ValidationErrors other)
    {
        foreach (var (field, messages) in other.errors)
        {
            messages.ForEach(message => Add($"{prefix}.{field}", message));
        }
    }

    public ValidationProblem ToResult() => Problems.Invalid(errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
}
