using System.Diagnostics;
using OpenTelemetry;

namespace Aeo.Grains.Telemetry;

/// <summary>
/// Takes query strings off the URLs spans record before any exporter sees them: a query can carry a key (a provider's
/// <c>?key=</c>, a webhook's token), and what a span needs is where the call went. Drops the data source's connection
/// string Npgsql records, which can hold a password. Headers are never recorded.
/// </summary>
internal sealed class SecretRedaction : BaseProcessor<Activity>
{
    private static readonly string[] UrlTags = ["url.full", "http.url", "http.target"];

    // A query string, and the connection string Npgsql names its data source by (host, database and user are tags of their own).
    private static readonly string[] DroppedTags = ["url.query", "db.npgsql.data_source"];

    public override void OnEnd(Activity activity)
    {
        foreach (var tag in UrlTags)
        {
            if (activity.GetTagItem(tag) is string url && url.IndexOfAny(['?', '#']) is var cut and >= 0)
            {
                activity.SetTag(tag, url[..cut]);
            }
        }
        foreach (var tag in DroppedTags)
        {
            if (activity.GetTagItem(tag) is not null)
            {
                activity.SetTag(tag, null);
            }
        }
    }
}
