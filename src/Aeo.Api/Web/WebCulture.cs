using System.Net.Http.Headers;

namespace Aeo.Api.Web;

/// <summary>
/// Sets the culture a page's numbers and dates are formatted in from the browser's <c>Accept-Language</c>, its most
/// preferred language that this process knows (the invariant culture when none is, or when the process runs without
/// culture data).
/// </summary>
public sealed class WebCulture(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var culture = FromAcceptLanguage(context.Request.Headers.AcceptLanguage.ToString());
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
        return next(context);
    }

    public static CultureInfo FromAcceptLanguage(string header)
    {
        var ranked = header.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part => StringWithQualityHeaderValue.TryParse(part, out var value) ? value : null)
            .OfType<StringWithQualityHeaderValue>()
            .Where(value => value.Value != "*" && value.Quality is not <= 0)
            .OrderByDescending(value => value.Quality ?? 1)
            .Take(5);
        foreach (var language in ranked)
        {
            try
            {
                var culture = CultureInfo.GetCultureInfo(language.Value);
                if (!culture.Equals(CultureInfo.InvariantCulture))
                {
                    return culture;
                }
            }
            catch (CultureNotFoundException)
            {
                // Not a culture this process knows (or it runs with invariant globalization): try the next one.
            }
        }
        return CultureInfo.InvariantCulture;
    }
}
