namespace Aeo.Api.Reports;

/// <summary>
/// RFC 4180 cells. A text cell is quoted when it holds a comma, quote, CR or LF (quotes doubled); one that a
/// spreadsheet would run as a formula (it starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or CR) gets a leading
/// apostrophe first, so it shows as the text it is. Numbers are written by this code, invariant, never neutralised,
/// so a negative score stays a number.
/// </summary>
internal static class CsvCells
{
    public static string Text(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }
        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }
        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Number(int? value) => value is { } v ? Number(v) : "";

    public static string Number(double? value) => value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : "";

    public static string Number(decimal? value) => value is { } v ? v.ToString(CultureInfo.InvariantCulture) : "";

    public static string Boolean(bool value) => value ? "true" : "false";
}
