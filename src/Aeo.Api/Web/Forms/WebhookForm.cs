using Aeo.Abstractions.Webhooks;
using Aeo.Api.Webhooks;
using Aeo.Storage.Webhooks;

namespace Aeo.Api.Web.Forms;

/// <summary>
/// The webhook form (create and edit): url, events as checkboxes and format, read into the API's
/// <see cref="WebhookRequest"/> and checked by <see cref="WebhookRequestValidator"/>, so a field at fault gets the API's
/// message under the API's field name (<c>url</c>, <c>events</c>, <c>format</c>).
/// </summary>
public sealed class WebhookForm
{
    public const string FormName = "webhook";

    public string Url { get; private init; } = "";

    public IReadOnlyList<string> Events { get; private init; } = [];

    public string Format { get; private init; } = WebhookFormats.Standard;

    public static WebhookForm Empty { get; } = new();

    public static WebhookForm Of(WebhookSubscription subscription) =>
        new() { Url = subscription.Url, Events = subscription.Events, Format = subscription.Format };

    public static WebhookForm Read(IFormCollection form) => new()
    {
        Url = form["url"].ToString(),
        Events = form["events"].Where(e => !string.IsNullOrEmpty(e)).Select(e => e!).ToList(),
        Format = form["format"].ToString(),
    };

    /// <returns>The settings the API would store, or null with <paramref name="errors"/> saying why.</returns>
    public Task<WebhookSettings?> ValidateAsync(WebhookUrlPolicy policy, ValidationErrors errors, CancellationToken ct) =>
        WebhookRequestValidator.ValidateAsync(
            new WebhookRequest(null, Url, Events.Select(e => (string?)e).ToList(), Format.Length == 0 ? null : Format), policy, errors, ct);
}
