using System.Reflection;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Http.Metadata;

namespace Aeo.Api.Reports;

/// <summary>
/// A run report in one of its formats: the JSON document, the HTML page, or a CSV table written as it streams from
/// the database. Declares all three media types for the OpenAPI document.
/// </summary>
public sealed class RunReportResult : IResult, IEndpointMetadataProvider
{
    public const string Html = "text/html; charset=utf-8";
    public const string Csv = "text/csv; charset=utf-8";
    public const string Json = "application/json; charset=utf-8";

    /// <summary>UTF-8 without a byte order mark; the CSV gets one explicitly, so that spreadsheets read it as UTF-8.</summary>
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly string contentType;
    private readonly string? attachment;
    private readonly Func<HttpContext, TextWriter, Task> write;

    private RunReportResult(string contentType, string? attachment, Func<HttpContext, TextWriter, Task> write)
    {
        this.contentType = contentType;
        this.attachment = attachment;
        this.write = write;
    }

    public static RunReportResult OfHtml(string page) => new(Html, null, (_, writer) => writer.WriteAsync(page));

    public static RunReportResult OfJson(RunReport report) => new(Json, null, async (context, writer) =>
    {
        var options = context.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        await writer.WriteAsync(JsonSerializer.Serialize(report, options));
    });

    /// <param name="fileName">What a browser saves the table as.</param>
    public static RunReportResult OfCsv(string fileName, Func<TextWriter, CancellationToken, Task> writeTable) => new(Csv, fileName, async (context, writer) =>
    {
        await writer.WriteAsync('\uFEFF');
        await writeTable(writer, context.RequestAborted);
    });

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = StatusCodes.Status200OK;
        httpContext.Response.ContentType = contentType;
        httpContext.Response.Headers.XContentTypeOptions = "nosniff";
        if (attachment is not null)
        {
            httpContext.Response.Headers.ContentDisposition = $"attachment; filename=\"{attachment}\"";
        }
        await using var writer = new StreamWriter(httpContext.Response.Body, Utf8, bufferSize: 64 * 1024);
        try
        {
            await write(httpContext, writer);
        }
        catch (OperationCanceledException) when (httpContext.RequestAborted.IsCancellationRequested)
        {
            // The reader went away mid-table.
        }
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(RunReport), ["application/json", "text/html", "text/csv"]));
}
