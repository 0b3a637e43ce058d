using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Aeo.Web.Tests.Support;

/// <summary>
/// What a browser does with the web app, over plain HTTP: keeps its cookies, follows no redirect by itself (tests look
/// at them), reads pages into a DOM and posts forms with the antiforgery token the page gave it.
/// </summary>
public sealed class WebBrowserSession : IDisposable
{
    private readonly HttpClient http;

    public WebBrowserSession(WebServer server)
    {
        Cookies = new CookieContainer();
        http = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false, UseCookies = true })
        {
            BaseAddress = server.BaseAddress,
            Timeout = TimeSpan.FromSeconds(60),
        };
        BaseAddress = server.BaseAddress;
    }

    public CookieContainer Cookies { get; }

    public Uri BaseAddress { get; }

    public HttpClient Http => http;

    /// <summary>Signs in through the form; returns the form's answer (a redirect when the key was good).</summary>
    public async Task<HttpResponseMessage> SignInAsync(string key, string path = "/signin")
    {
        var (_, page) = await GetAsync(path);
        return await SubmitAsync(page, "form[method=post]:has(input[name=key])", new() { ["key"] = key });
    }

    public async Task<(HttpResponseMessage Response, IDocument Page)> GetAsync(string path)
    {
        var response = await http.GetAsync(path);
        return (response, await ParseAsync(response));
    }

    /// <summary>Follows redirects (as a browser would) and reads the last page.</summary>
    public async Task<(HttpResponseMessage Response, IDocument Page)> FollowAsync(HttpResponseMessage response)
    {
        for (var hops = 0; hops < 5 && (int)response.StatusCode is >= 300 and < 400; hops++)
        {
            response = await http.GetAsync(response.Headers.Location!.IsAbsoluteUri ? response.Headers.Location : new Uri(BaseAddress, response.Headers.Location));
        }
        return (response, await ParseAsync(response));
    }

    /// <summary>Posts the form <paramref name="selector"/> of <paramref name="page"/> with its hidden fields and <paramref name="fields"/>.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(
        IDocument page, string selector, Dictionary<string, string> fields, IEnumerable<KeyValuePair<string, string>>? extra = null, bool withToken = true)
    {
        var form = page.QuerySelector<IHtmlFormElement>(selector) ?? throw new InvalidOperationException($"No form {selector} on {page.Url}");
        var values = form.QuerySelectorAll<IHtmlInputElement>("input[type=hidden]")
            .Where(input => withToken || input.Name != "__RequestVerificationToken")
            .Select(input => new KeyValuePair<string, string>(input.Name!, input.Value))
            .Concat(fields)
            .Concat(extra ?? [])
            .ToList();
        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? new Uri(page.Url).PathAndQuery : form.GetAttribute("action")!;
        return await http.PostAsync(action, new FormUrlEncodedContent(values));
    }

    public static async Task<IDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var context = BrowsingContext.New(Configuration.Default);
        return await context.OpenAsync(request => request.Content(html).Address(response.RequestMessage!.RequestUri!));
    }

    public void Dispose() => http.Dispose();
}
