namespace Aeo.Api.Web.Forms;

/// <summary>
/// How the web app's forms read their text fields (numbers, amounts, one entry per line) and find the messages a
/// field's validation left, under the API's field names.
/// </summary>
public static class FormFields
{
    /// <summary>The messages for a field and the entries under it (<c>platforms</c>, <c>platforms[1]</c>, <c>audit.platforms</c>).</summary>
    public static IReadOnlyList<string> MessagesFor(ValidationErrors? errors, string field) => errors is null
        ? []
        : errors.Fields
            .Where(e => e.Key == field || e.Key.StartsWith(field + "[", StringComparison.Ordinal) || e.Key.StartsWith(field + ".", StringComparison.Ordinal))
            .SelectMany(e => e.Value)
            .Distinct()
            .ToList();

    public static int? WholeNumber(string field, string text, ValidationErrors errors)
    {
        if (text.Length == 0)
        {
            return null;
        }
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }
        errors.Add(field, "Not a whole number.");
        return null;
    }

    public static decimal? Money(string field, string text, ValidationErrors errors)
    {
        if (text.Length == 0)
        {
            return null;
        }
        if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }
        errors.Add(field, "Not an amount: US dollars, such as 2.50.");
        return null;
    }

    /// <summary>One entry per non-blank line, trimmed; null when there is none.</summary>
    public static List<string?>? Lines(string text)
    {
        var lines = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Cast<string?>().ToList();
        return lines.Count == 0 ? null : lines;
    }
}
